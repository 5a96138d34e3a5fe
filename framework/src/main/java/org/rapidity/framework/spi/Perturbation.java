package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/**
 * A long-range two-body potential that breaks integrability, {@code V(x) = (V0/ξ) φ(x/ξ)}
 * (gBBGKY paper, eqs. (1), (3), (73)). Lengths and energies in the units of the model it
 * perturbs. Implementations must be even in {@code x}, so that {@code V̂} is real and even.
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

    /** {@code V̂(k) = ∫dx e^{ikx} V(x)} (energy × length), real for even {@code V}. */
    double fourierTransform(double k);
}
