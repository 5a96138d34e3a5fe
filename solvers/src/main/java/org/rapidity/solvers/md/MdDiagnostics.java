package org.rapidity.solvers.md;

/**
 * A snapshot view of the {@code md} solver: how well the integration went, for the
 * {@code md-diagnostics} observable.
 */
public interface MdDiagnostics {

    /**
     * Largest relative energy drift of any sample since {@code t = 0},
     * {@code |E(t) - E(0)| / (|K(0)| + |U(0)|)} with kinetic {@code K} and interaction {@code U}.
     */
    double energyDrift();

    /**
     * Largest momentum drift of any sample since {@code t = 0}, relative to the momentum scale
     * {@code sqrt(N Σv²)} of the sample at {@code t = 0}.
     */
    double momentumDrift();

    /**
     * Collisions a particle undergoes per unit time, averaged over the ensemble since
     * {@code t = 0} (each collision involves two particles). Free hard rods on a ring:
     * {@code (N-1)/(L - N a) ⟨|u - w|⟩} over pairs of velocities.
     */
    double collisionRate();

    /** Fraction of velocities outside the rapidity grid (not in the histogram). */
    double outsideFraction();

    /** Collision corrections skipped in grazing collisions, per sample, since {@code t = 0}. */
    double skippedCorrections();

    /**
     * Excess kurtosis of the velocities themselves, pooled over the ensemble (not binned: the
     * {@code kurtosis} observable reads the histogram on the grid, which differs by binning
     * terms of order {@code Δθ²}).
     */
    double exactKurtosis();

    /** Kinetic energy per unit length of the velocities themselves (not binned). */
    double exactKineticEnergy();
}
