package org.rapidity.framework.perturbation;

import java.util.List;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.PerturbationProvider;

/**
 * A perturbation of the form {@code V(x) = (V0/ξ) φ(x/ξ)} (gBBGKY paper, eq. (1)) for a
 * dimensionless even profile {@code φ}: {@code V'(x) = (V0/ξ²) φ'(x/ξ)} and
 * {@code V̂(k) = V0 φ̂(kξ)} with {@code φ̂(q) = ∫du e^{iqu} φ(u)}. Subclasses give {@code φ},
 * {@code φ'} and {@code φ̂}; their providers extend {@link ScaledProvider}.
 */
public abstract class ScaledPerturbation implements Perturbation {

    private final double strength;
    private final double range;
    private final Parameters parameters;

    /**
     * @param strength {@code V0} (energy × length)
     * @param range {@code ξ > 0} (length)
     * @param parameters the validated parameters (for reports)
     */
    protected ScaledPerturbation(double strength, double range, Parameters parameters) {
        if (!Double.isFinite(strength)) {
            throw new IllegalArgumentException("V0 must be finite");
        }
        if (!(range > 0) || !Double.isFinite(range)) {
            throw new IllegalArgumentException("ξ must be finite and > 0");
        }
        this.strength = strength;
        this.range = range;
        this.parameters = parameters;
    }

    /** The parameters every scaled perturbation takes: {@code V0} and {@code xi}. */
    private static List<ParameterSpec> standardParameters() {
        return List.of(
                ParameterSpec.real("V0", "strength V0 of V(x) = (V0/ξ) φ(x/ξ)", "energy × length")
                        .required(),
                ParameterSpec.real("xi", "range ξ", "length").above(0).required());
    }

    /** The dimensionless profile {@code φ(u)}. */
    public abstract double profile(double u);

    /** {@code φ'(u)}. */
    public abstract double profileDerivative(double u);

    /** {@code φ̂(q) = ∫du e^{iqu} φ(u)} (real, even). */
    public abstract double profileFourierTransform(double q);

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public double strength() {
        return strength;
    }

    @Override
    public double range() {
        return range;
    }

    @Override
    public double potential(double x) {
        return strength / range * profile(x / range);
    }

    @Override
    public double potentialDerivative(double x) {
        return strength / (range * range) * profileDerivative(x / range);
    }

    @Override
    public double fourierTransform(double k) {
        return strength * profileFourierTransform(k * range);
    }

    /** Builds a scaled perturbation from {@code V0}, {@code ξ} and the validated parameters. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param strength {@code V0} (energy × length)
         * @param range {@code ξ > 0} (length)
         * @param parameters the validated parameters
         */
        ScaledPerturbation create(double strength, double range, Parameters parameters);
    }

    /**
     * Base of the provider of a scaled perturbation: the standard parameters {@code V0} and
     * {@code xi}, read into the perturbation's constructor.
     */
    public abstract static class ScaledProvider extends Described implements PerturbationProvider {

        private final Factory factory;

        /**
         * @param name the perturbation's name
         * @param description one line giving {@code V(x)}
         * @param factory its constructor, {@code (V0, ξ, parameters) -> perturbation}
         */
        protected ScaledProvider(String name, String description, Factory factory) {
            super(name, description, standardParameters());
            this.factory = factory;
        }

        @Override
        public final Perturbation create(Parameters p) {
            return factory.create(p.real("V0"), p.real("xi"), p);
        }
    }
}
