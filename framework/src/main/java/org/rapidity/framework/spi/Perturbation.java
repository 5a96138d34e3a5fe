package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/**
 * A long-range two-body potential that breaks integrability, {@code V(x) = (V0/ξ) φ(x/ξ)}
 * (gBBGKY paper, eqs. (1), (3), (73)). Lengths and energies in the units of the model it
 * perturbs. A potential between atoms of one gas must be even in {@code x}, so that {@code V̂} is
 * real and even. A potential between atoms of two different tubes ({@link #interTube()}) need not
 * be: its transform may be complex ({@link #fourierTransformImaginary}).
 */
public interface Perturbation {

    /** Short lower-case name (of its provider). */
    String name();

    /** The validated parameters this instance was created with. */
    Parameters parameters();

    /** Strength {@code V0} (energy × length). */
    double strength();

    /** Range {@code ξ} (length). */
    double range();

    /** {@code V(x)} (energy). */
    double potential(double x);

    /** {@code V'(x) = dV/dx} (energy / length). */
    double potentialDerivative(double x);

    /**
     * {@code V̂(k) = ∫dx e^{ikx} V(x)} (energy × length), real for even {@code V}; for a
     * potential that is not even, its real part (the transform of the even part of {@code V}).
     */
    double fourierTransform(double k);

    /**
     * {@code Im V̂(k)} (energy × length), the transform of the odd part of {@code V} divided by
     * {@code i}: zero for even potentials (the default). Only an inter-tube potential may have
     * one (the gBBGKY paper's (78) for a tilted field); then only {@code |V̂|²} enters the
     * collision integrals.
     */
    default double fourierTransformImaginary(double k) {
        return 0;
    }

    /**
     * Whether the potential acts only between atoms of two different tubes of a lattice of
     * identically prepared gases (gBBGKY paper §VI, (78); supplement §3), not within one gas.
     * Collision integrals then keep only their cross terms, with {@code |V̂|²} summed over the
     * tubes. Default false: the potential acts within the gas.
     */
    default boolean interTube() {
        return false;
    }
}
