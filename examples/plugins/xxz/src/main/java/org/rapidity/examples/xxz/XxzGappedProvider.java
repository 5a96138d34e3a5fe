package org.rapidity.examples.xxz;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;

/** Provides the {@code xxz-gapped} model: give {@code eta} or {@code delta} = cosh η > 1. */
public final class XxzGappedProvider extends Described implements ModelProvider {

    /** The provider. */
    public XxzGappedProvider() {
        super("xxz-gapped",
                "gapped XXZ chain Δ = cosh η > 1 with Takahashi strings n = 1…n_max and a field h"
                        + " (Takahashi 1999, ch. 9)",
                ParameterSpec.real("eta", "anisotropy η, Δ = cosh η (exclusive with delta)", "")
                        .above(0),
                ParameterSpec.real("delta", "anisotropy Δ > 1 (exclusive with eta)", "")
                        .above(1),
                ParameterSpec.real("J", "exchange coupling J", "energy").above(0)
                        .withDefault(1.0),
                ParameterSpec.real("h", "magnetic field h (the term -h Σ S^z)", "energy")
                        .atLeast(0).withDefault(0.0),
                ParameterSpec.integer("strings", "longest string kept, n_max").atLeast(1)
                        .atMost(200).withDefault(8));
    }

    @Override
    public IntegrableModel create(Parameters p) {
        if (p.has("eta") == p.has("delta")) {
            throw new InvalidInputException(p.path(), "give exactly one of eta and delta");
        }
        double eta = p.has("eta") ? p.real("eta") : acosh(p.real("delta"));
        return new XxzGapped(eta, p.real("J"), p.real("h"), p.integer("strings"), p);
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
