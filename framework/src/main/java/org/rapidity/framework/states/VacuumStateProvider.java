package org.rapidity.framework.states;

import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/** The vacuum of any model: no quasiparticles, {@code n(θ) = 0} (e.g. one side of a bipartition). */
public final class VacuumStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public VacuumStateProvider() {
        super("vacuum",
                "the vacuum of any model: no quasiparticles, n = 0 (e.g. one side of a"
                        + " bipartition, expanding into it)");
    }

    @Override
    public TbaState create(ModeSpace space, Parameters parameters) {
        return TbaState.fromFilling(space, new double[space.size()]);
    }
}
