package org.rapidity.models.hardrods;

import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;

/** Provides the {@code hardrods} model. */
public final class HardRodsProvider extends Described implements ModelProvider {

    /** The provider. */
    public HardRodsProvider() {
        super("hardrods",
                "classical hard rods of length a and unit mass, T = -a/2π (gBBGKY paper, app. B)",
                ParameterSpec.real("a", "rod length (a = 0: free particles)", "length")
                        .atLeast(0).required());
    }

    @Override
    public IntegrableModel create(Parameters parameters) {
        return new HardRods(parameters.real("a"), parameters);
    }
}
