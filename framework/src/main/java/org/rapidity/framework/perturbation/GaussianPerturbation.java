package org.rapidity.framework.perturbation;

import org.rapidity.framework.param.Parameters;

/**
 * A Gaussian long-range potential {@code V(x) = (V0/ξ) exp(-(x/ξ)²)}, with the closed-form
 * transform {@code V̂(k) = V0 √π exp(-(kξ)²/4)}.
 */
public final class GaussianPerturbation extends ScaledPerturbation {

    /** @see ScaledPerturbation#ScaledPerturbation */
    public GaussianPerturbation(double strength, double range, Parameters parameters) {
        super(strength, range, parameters);
    }

    @Override
    public String name() {
        return "gaussian";
    }

    @Override
    public double profile(double u) {
        return Math.exp(-u * u);
    }

    @Override
    public double profileDerivative(double u) {
        return -2 * u * Math.exp(-u * u);
    }

    @Override
    public double profileFourierTransform(double q) {
        return Math.sqrt(Math.PI) * Math.exp(-q * q / 4);
    }

    /** Provides {@code gaussian}. */
    public static final class Provider extends ScaledProvider {

        /** The provider. */
        public Provider() {
            super("gaussian",
                    "V(x) = (V0/ξ) exp(-(x/ξ)²), a Gaussian long-range potential",
                    GaussianPerturbation::new);
        }
    }
}
