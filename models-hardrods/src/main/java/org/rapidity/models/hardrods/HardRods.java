package org.rapidity.models.hardrods;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Beta;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.GalileanGas;
import org.rapidity.framework.spi.MicroscopicDynamics;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Statistics;

/**
 * Classical hard rods of length {@code a} and unit mass (gBBGKY paper, §V and appendix B). The
 * rapidity is the velocity: {@code p = θ}, {@code E = θ²/2}; statistics classical; the scattering
 * shift is the constant {@code T = -a/2π} (a rod jumps by {@code a} at each collision). The
 * kernel has rank one, so the dressing and the density of states have closed forms:
 * <pre>
 *   h^dr = h - a ∫dθ ρ h,        ρ^t = (1 - aρ̄)/2π,        n = 2πρ/(1 - aρ̄)
 * </pre>
 * (the paper's {@code ρ^t = (1 + aρ̄)/2π} is a typo; its own {@code n} says so).
 *
 * <p>Units: lengths in any unit (that of {@code a}), time such that the mass is one; rapidity =
 * velocity; densities per unit length.
 *
 * <p>Microscopic dynamics ({@link MicroscopicDynamics}, for the {@code md} solver): rods on a
 * ring, exact event-driven collisions ({@link HardRodFlow}), and the GGE positions: the free
 * lengths between neighbours uniform on the simplex of total {@code L - N a} (the contraction
 * map to point particles), rotated uniformly.
 */
public final class HardRods implements GalileanGas, MicroscopicDynamics {

    private static final double TWO_PI = 2 * Math.PI;

    private final double a;
    private final Parameters parameters;

    /**
     * @param a rod length, {@code >= 0}
     * @param parameters the validated parameters it came from (for reports)
     */
    public HardRods(double a, Parameters parameters) {
        if (!(a >= 0) || !Double.isFinite(a)) {
            throw new InvalidInputException("model.a", "rod length must be finite and >= 0, got "
                    + a);
        }
        this.a = a;
        this.parameters = parameters;
    }

    /** Rod length {@code a}. */
    public double rodLength() {
        return a;
    }

    @Override
    public String name() {
        return "hardrods";
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String units() {
        return "classical rods of unit mass; lengths in the unit of a, rapidity = velocity";
    }

    @Override
    public int speciesCount() {
        return 1;
    }

    @Override
    public Statistics statistics(int species) {
        return Statistics.CLASSICAL;
    }

    /** Unit mass: the rapidity is the velocity, {@code p = θ}, {@code E = θ²/2}. */
    @Override
    public double mass() {
        return 1.0;
    }

    /** Hard rods conserve every velocity moment: {@code h_k = θ^k/k!}. */
    @Override
    public int chargeCount() {
        return 32;
    }

    @Override
    public double charge(int k, int species, double theta) {
        if (k < 0 || k >= chargeCount()) {
            throw new IllegalArgumentException("charge index " + k + " not in 0.."
                    + (chargeCount() - 1));
        }
        double h = 1;
        for (int m = 1; m <= k; m++) {
            h *= theta / m;
        }
        return h;
    }

    @Override
    public double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime) {
        return -a / TWO_PI;
    }

    /** Rejects densities at or beyond close packing, {@code a ρ̄ >= 1}. */
    @Override
    public void checkDensity(ModeSpace space, double[] rho) {
        double density = space.integrate(rho);
        if (a * density >= 1) {
            throw new InvalidInputException("state.density", "density ρ̄ = "
                    + Parameters.format(density) + " with rod length model.a = "
                    + Parameters.format(a) + " gives a·ρ̄ = " + Parameters.format(a * density)
                    + " >= 1: beyond close packing (hard rods need a·ρ̄ < 1)");
        }
    }

    /** {@code (T f)(θ) = -(a/2π) ∫dθ' f(θ')}, in {@code O(N)}. */
    @Override
    public double[] applyScatteringShift(ModeSpace space, double[] f) {
        double v = -a / TWO_PI * space.integrate(f);
        double[] out = new double[f.length];
        Arrays.fill(out, v);
        return out;
    }

    /** The rank-one closed form of the dressing, {@code O(N)} per application. */
    @Override
    public Dressing dressing(ModeSpace space, double[] filling) {
        return new HardRodDressing(a, space.weights(), filling);
    }

    /** The rank-one dressing holds a few vectors of the modes, no matrix. */
    @Override
    public double dressingBytes(int modes) {
        return 8.0 * 8 * modes;
    }

    /** {@code O(M)}: two sums over the modes per application. */
    @Override
    public double dressingFlops(int modes) {
        return 10.0 * modes;
    }

    // ------------------------------------------------------------ microscopic dynamics

    /** The rod length {@code a}. */
    @Override
    public double contactLength() {
        return a;
    }

    /**
     * GGE positions on a ring: rod 0 uniform on {@code [0, L)}, then the {@code N} free lengths
     * (gaps minus {@code a}) uniform on the simplex of total {@code L - N a}, drawn as normalised
     * exponential variables.
     */
    @Override
    public void samplePositions(double[] x, double ringLength, SplittableRandom random) {
        int n = x.length;
        double free = ringLength - n * a;
        if (!(free > 0)) {
            throw new IllegalArgumentException("a ring of length " + ringLength + " cannot hold "
                    + n + " rods of length " + a);
        }
        double[] gaps = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            gaps[i] = -Math.log(1 - random.nextDouble());
            sum += gaps[i];
        }
        x[0] = random.nextDouble() * ringLength;
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + a + free * gaps[i - 1] / sum;
        }
    }

    /**
     * {@code (N/L) Σ_{k=1}^{N-1} P(d0 <= k a + (L - N a) B_k < d1)} with
     * {@code B_k ~ Beta(k, N - k)}: the distance to the {@code k}-th rod ahead is {@code k} rod
     * lengths plus the sum of {@code k} of the {@code N} exchangeable free lengths.
     */
    @Override
    public double pairCount(int particles, double ringLength, double d0, double d1) {
        int n = particles;
        double free = ringLength - n * a;
        if (n < 2 || !(free > 0) || !(d1 > d0)) {
            return 0;
        }
        double sum = 0;
        for (int k = 1; k < n; k++) {
            if (k * a >= d1) {
                break;
            }
            sum += betaCdf((d1 - k * a) / free, k, n - k) - betaCdf((d0 - k * a) / free, k, n - k);
        }
        return n / ringLength * sum;
    }

    private static double betaCdf(double u, int p, int q) {
        if (u <= 0) {
            return 0;
        }
        if (u >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(u, p, q, 1e-15, 100_000);
    }

    @Override
    public MicroscopicDynamics.Flow flow(int particles, double ringLength) {
        return new HardRodFlow(particles, ringLength, a);
    }

    @Override
    public String toString() {
        return "hardrods(a=" + a + ")";
    }
}
