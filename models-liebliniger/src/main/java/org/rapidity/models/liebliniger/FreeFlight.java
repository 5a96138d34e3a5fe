package org.rapidity.models.liebliniger;

import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;

/**
 * The 3D expansion stage of the strings paper (Supplementary note 2, (S2) with (S12)-(S13)): when
 * the transverse confinement is released the interactions vanish, each n-string of rapidity
 * {@code λ} breaks into its n atoms with momenta {@code λ + |c| y}, {@code y} distributed as
 * {@code C_n(y)/n} ({@link StringMomentum}; {@code C_1 = δ}), and every atom flies freely for
 * {@code t_3D}. A string at {@code x} after the 1D expansion puts its atoms at
 * <pre>
 *   z = x + 2 t_3D (λ + |c| y)            (ħ = 2m = 1: velocity 2p),
 *   d(z) = Σ_n ∫dx ∫dλ ρ_n(x, λ) C_n((z - x - 2t_3Dλ)/(2t_3D|c|)) / (2t_3D|c|),
 * </pre>
 * (S2) with the initial width of the 1D-expanded cloud kept, and {@code ∫dz d = Σ_n n∫∫ρ_n}
 * (the paper's extra factor {@code n} in (S2) double-counts, see PHYSICS.md). Its second moment
 * is exact from the sum rules {@code ∫C_n = n}, {@code ∫yC_n = 0}, {@code ∫y²C_n = n(n²-1)/12}
 * (S14):
 * <pre>
 *   ∫dz z² d = Σ_n ∫dx ∫dλ ρ_n n [(x + 2t_3Dλ)² + 4t_3D²c²(n²-1)/12].
 * </pre>
 * The profile {@code d(z)} is binned: each phase-space cell ({@code Δx × Δλ}, uniform inside)
 * of the 1-strings deposits its exact trapezoid (box {@code Δx} convolved with box
 * {@code 2t_3DΔλ}) into the bins, so atoms are kept to rounding; a longer string deposits
 * {@code C_n} at the bin centres (its width {@code 2t_3D|c|σ_n} exceeds the cells'), on a window
 * as wide as the {@code C_n} table ({@code |y| ≤ 10 + 12σ_n}, {@code σ_n² = (n²-1)/12}), beyond
 * which its {@code y⁻⁴} tail holds less than {@code 10⁻⁴} of its atoms. Units: the model's
 * (positions in its length unit, times in its time unit).
 */
public final class FreeFlight {

    private FreeFlight() {
    }

    /** The axial profile {@code d(z)}: bin centres {@code z} and atoms per length. */
    public record AxialProfile(double[] z, double[] density) {
    }

    /**
     * The cloud's phase space: positions {@code x_i} with widths {@code Δx_i}, modes
     * {@code (n_k, λ_k, Δλ_k)} and string densities {@code ρ[i][k]} (strings per length per
     * rapidity), at coupling {@code |c|}.
     */
    public record PhaseSpace(double[] x, double[] dx, int[] strings, double[] lambda,
            double[] dLambda, double[][] rho, double absC) {

        /** Atoms {@code Σ_n n ∫∫ρ_n}. */
        public double atoms() {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < lambda.length; k++) {
                    s += dx[i] * dLambda[k] * rho[i][k] * strings[k];
                }
            }
            return s;
        }
    }

    /** The phase space of a Lieb-Liniger profile (1-strings for the repulsive gas). */
    public static PhaseSpace of(Profile p) {
        ModeSpace space = p.space();
        IntegrableModel m = space.model();
        boolean attractive = m instanceof AttractiveLiebLiniger;
        int modes = space.size();
        int[] n = new int[modes];
        double[] l = new double[modes];
        double[] w = new double[modes];
        for (int k = 0; k < modes; k++) {
            n[k] = attractive ? space.species(k) + 1 : 1;
            l[k] = space.theta(k);
            w[k] = space.weight(k);
        }
        int nx = p.size();
        double[] x = new double[nx];
        double[] dx = new double[nx];
        double[][] rho = new double[nx][];
        for (int i = 0; i < nx; i++) {
            x[i] = p.position(i);
            dx[i] = p.weight(i);
            rho[i] = p.state(i).density();
        }
        return new PhaseSpace(x, dx, n, l, w, rho, Math.abs(((LiebLiniger) m).coupling()));
    }

    /** {@code ∫dz z^j d(z)} for {@code j = 0, 1, 2} after {@code t3} of free flight (exact). */
    public static double[] moments(PhaseSpace ps, double t3) {
        double m0 = 0;
        double m1 = 0;
        double m2 = 0;
        double s2 = 4 * t3 * t3 * ps.absC() * ps.absC();
        for (int i = 0; i < ps.x().length; i++) {
            for (int k = 0; k < ps.lambda().length; k++) {
                double atoms = ps.dx()[i] * ps.dLambda()[k] * ps.rho()[i][k] * ps.strings()[k];
                if (atoms == 0) {
                    continue;
                }
                int n = ps.strings()[k];
                double z = ps.x()[i] + 2 * t3 * ps.lambda()[k];
                m0 += atoms;
                m1 += atoms * z;
                m2 += atoms * (z * z + s2 * (n * (double) n - 1) / 12);
            }
        }
        return new double[] {m0, m1, m2};
    }

    /**
     * {@code d(z)} after {@code t3} on {@code points} bins covering the cloud (the centres
     * returned; atoms per length).
     */
    public static AxialProfile profile(PhaseSpace ps, double t3, int points) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int nx = ps.x().length;
        int modes = ps.lambda().length;
        double total = ps.atoms();
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < modes; k++) {
                double atoms = ps.dx()[i] * ps.dLambda()[k] * ps.rho()[i][k] * ps.strings()[k];
                if (!(atoms > 1e-14 * total)) {
                    continue;
                }
                int n = ps.strings()[k];
                double half = 0.5 * ps.dx()[i] + t3 * ps.dLambda()[k]
                        + (n > 1 ? 2 * t3 * ps.absC() * MomentumDistribution.halfWidth(n) : 0);
                double z = ps.x()[i] + 2 * t3 * ps.lambda()[k];
                lo = Math.min(lo, z - half);
                hi = Math.max(hi, z + half);
            }
        }
        double h = (hi - lo) / points;
        double[] zc = new double[points];
        for (int j = 0; j < points; j++) {
            zc[j] = lo + (j + 0.5) * h;
        }
        double[] d = new double[points];
        double scale = 2 * t3 * ps.absC();
        for (int k = 0; k < modes; k++) {
            int n = ps.strings()[k];
            double[] table = n > 1 ? MomentumDistribution.table(n) : null;
            double tableHalf = n > 1 ? MomentumDistribution.halfWidth(n) : 0;
            double b = 2 * t3 * ps.dLambda()[k];
            for (int i = 0; i < nx; i++) {
                double atoms = ps.dx()[i] * ps.dLambda()[k] * ps.rho()[i][k] * n;
                if (atoms == 0) {
                    continue;
                }
                double z0 = ps.x()[i] + 2 * t3 * ps.lambda()[k];
                if (n == 1 || scale == 0) {
                    depositTrapezoid(d, lo, h, z0, ps.dx()[i], b, atoms);
                } else {
                    double strings = atoms / n;
                    for (int j = 0; j < points; j++) {
                        d[j] += strings * MomentumDistribution.lookup(n, table, tableHalf,
                                (zc[j] - z0) / scale) / scale;
                    }
                }
            }
        }
        return new AxialProfile(zc, d);
    }

    /**
     * Adds {@code atoms} spread as the convolution of boxes of widths {@code a} and {@code b}
     * about {@code z0}, integrated exactly over each bin {@code [lo + jh, lo + (j+1)h]} and
     * divided by {@code h}.
     */
    static void depositTrapezoid(double[] d, double lo, double h, double z0, double a, double b,
            double atoms) {
        double half = 0.5 * (a + b);
        int first = Math.max(0, (int) Math.floor((z0 - half - lo) / h));
        int last = Math.min(d.length - 1, (int) Math.floor((z0 + half - lo) / h));
        double below = cumulative(lo + first * h - z0, a, b);
        for (int j = first; j <= last; j++) {
            double above = cumulative(lo + (j + 1) * h - z0, a, b);
            d[j] += atoms * (above - below) / h;
            below = above;
        }
    }

    /**
     * The distribution function of the sum of two centred uniform variables of widths {@code a}
     * and {@code b}: {@code [Q(u+s) - Q(u+r) - Q(u-r) + Q(u-s)]/(ab)}, {@code Q(v) = max(v,0)²/2},
     * {@code s = (a+b)/2}, {@code r = (a-b)/2}.
     */
    static double cumulative(double u, double a, double b) {
        if (a <= 0 || b <= 0) {
            double w = Math.max(a, b);
            return w <= 0 ? (u >= 0 ? 1 : 0) : Math.min(1, Math.max(0, u / w + 0.5));
        }
        double s = 0.5 * (a + b);
        double r = 0.5 * (a - b);
        return (q(u + s) - q(u + r) - q(u - r) + q(u - s)) / (a * b);
    }

    private static double q(double v) {
        return v > 0 ? 0.5 * v * v : 0;
    }
}
