package org.rapidity.solvers.md;

import org.rapidity.framework.spi.BinnedTwoPointMoments;
import org.rapidity.framework.spi.EnergyBudget;

/**
 * Ensemble means of one set of samples (the whole ensemble or a jackknife replica) at one output
 * time: energies per unit length, the two-point moments and the diagnostics.
 *
 * <h2>The two-point moments</h2>
 * From the pairs {@code (i, j)} of every sample with {@code j} ahead of {@code i} at forward
 * distance {@code z} in bin {@code k},
 * <pre>
 *   G_{αβ}(z_k) = [ Σ v_i^α v_j^β / (S L) - μ_α μ_β n_k ] / Δz_k,
 * </pre>
 * where {@code μ_α} are the ensemble velocity moments ({@code μ_0 = 1}) and {@code n_k} the
 * number of ordered pairs per unit length in bin {@code k} of the model's GGE
 * ({@link org.rapidity.framework.spi.MicroscopicDynamics#pairCount}): the pair correlations
 * of the initial ensemble (contact scale, finite {@code N}) are subtracted, so
 * {@code G = 0} at {@code t = 0} in expectation, and what remains is the {@code g2} that the
 * long-range potential builds.
 */
final class EnsembleView extends BinnedTwoPointMoments
        implements EnergyBudget, MdDiagnostics {

    private final BlockSums sums;
    private final double length;
    private final int particles;
    private final double time;
    private final double[] baseline;

    EnsembleView(BlockSums sums, double length, int particles, double time,
            double[] separations, double[] widths, double[] baseline) {
        super(separations, widths);
        this.sums = sums;
        this.length = length;
        this.particles = particles;
        this.time = time;
        this.baseline = baseline;
    }

    private double volume() {
        return sums.samples * length;
    }

    @Override
    public double kineticEnergyDensity() {
        return 0.5 * sums.sumV2 / volume();
    }

    @Override
    public double interactionEnergyDensity() {
        return sums.potential / volume();
    }

    @Override
    protected double[] momentsAt(int alpha, int beta) {
        double count = sums.samples * particles;
        double[] mu = {1, sums.sumV / count, sums.sumV2 / count};
        int bins = bins();
        double[] g = new double[bins];
        int off = (3 * alpha + beta) * bins;
        for (int k = 0; k < bins; k++) {
            g[k] = (sums.pairs[off + k] / volume() - mu[alpha] * mu[beta] * baseline[k])
                    / width(k);
        }
        return g;
    }

    @Override
    public double energyDrift() {
        return sums.energyDrift;
    }

    @Override
    public double momentumDrift() {
        return sums.momentumDrift;
    }

    @Override
    public double collisionRate() {
        return time > 0 ? 2 * sums.collisions / (sums.samples * particles * time) : 0;
    }

    @Override
    public double outsideFraction() {
        return sums.outside / (sums.samples * particles);
    }

    @Override
    public double skippedCorrections() {
        return sums.skipped / sums.samples;
    }

    @Override
    public double exactKurtosis() {
        double count = sums.samples * particles;
        double m1 = sums.sumV / count;
        double m2 = sums.sumV2 / count;
        double m3 = sums.sumV3 / count;
        double m4 = sums.sumV4 / count;
        double c2 = m2 - m1 * m1;
        double c4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 * m1 * m1 * m1;
        return c4 / (c2 * c2) - 3;
    }

    @Override
    public double exactKineticEnergy() {
        return kineticEnergyDensity();
    }
}
