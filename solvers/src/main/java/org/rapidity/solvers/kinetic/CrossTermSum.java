package org.rapidity.solvers.kinetic;

import java.util.stream.IntStream;

/**
 * The discrete cross term of the Landau integral (the {@code K0} part of (67), see
 * {@link LandauCollisionIntegral}), summed once per unordered triple of nodes instead of over all
 * {@code N³} ordered ones: the same arithmetic up to the order of the additions, six times fewer
 * integrand evaluations. It is the integral's cost in the Fig. 8 evolutions (inter-tube cross
 * term alone, {@link InterTubeCollisionIntegral}).
 *
 * <h2>Why the unordered sum is the same sum</h2>
 * {@code ρ^t_i I_0^cross(i) ∝ Σ_{j,k} v_kj A_ijk} with {@code A = PĎ · C}, {@code PĎ_ijk} the
 * symmetric divided difference and
 * <pre>
 *   C_123 = Σ_cyclic ρ^t_c² T^dr_{de}² |v_d - v_e| (K_cd - K_ce)     ((c, d, e) cyclic),
 * </pre>
 * {@code K_ab} the odd-offset principal-value kernel ({@code 2/(v_a - v_b)} for odd
 * {@code a - b}, else 0), which is exactly antisymmetric. An exchange of two labels reverses the
 * cyclic order, so {@code C} and {@code A} are exactly antisymmetric, and:
 * <ul>
 *   <li>at coincident nodes {@code C = 0} exactly (the two non-zero terms are {@code ±} the same
 *       product), so those nodes add nothing (the self term's limits of {@code PĎ} are not
 *       needed here);</li>
 *   <li>for {@code a < b < c} the six orderings give
 *       {@code 2 v_cb A_abc} to node a, {@code -2 v_ca A_abc} to node b and {@code 2 v_ba A_abc}
 *       to node c, whose sum and first moment in {@code v} vanish identically: particle number
 *       and momentum ({@code Σ h ρ^t I_0}, {@code Σ h ρ^t v I_0}) are conserved triple by
 *       triple.</li>
 * </ul>
 * {@code T^dr_{de}} is read from the upper triangle ({@code d < e}) so that the discrete
 * antisymmetry is exact even though the computed {@code T^dr} is symmetric only to rounding.
 * Parallel over the smallest index; each index accumulates into its own row and the rows are
 * added in a fixed order, so the result does not depend on the thread schedule (a resumed run
 * steps bit for bit as the uninterrupted one).
 */
final class CrossTermSum {

    private CrossTermSum() {
    }

    /**
     * {@code Σ_{j,k} v_kj PĎ_ijk C_ijk} for every node i (the sum that
     * {@link LandauCollisionIntegral} multiplies by {@code -π K0 h²/(2ρ^t_i)}).
     *
     * @param v effective velocities, strictly monotone in the node index
     * @param rt densities of states {@code ρ^t}
     * @param td dressed scattering shift {@code T^dr}, row-major {@code n × n}
     * @param p {@code ρ f}
     * @param y {@code Y = p X}
     */
    static double[] sum(double[] v, double[] rt, double[] td, double[] p, double[] y) {
        int n = v.length;
        // pair tables, upper triangle a < b, row-major: G = T^dr² |v_a - v_b|, the odd-offset
        // kernel K and 1/(v_a - v_b)
        double[] g = new double[n * n];
        double[] k = new double[n * n];
        double[] inv = new double[n * n];
        double[] r2 = new double[n];
        for (int a = 0; a < n; a++) {
            r2[a] = rt[a] * rt[a];
            for (int b = a + 1; b < n; b++) {
                double t = td[a * n + b];
                g[a * n + b] = t * t * Math.abs(v[a] - v[b]);
                k[a * n + b] = ((b - a) & 1) != 0 ? 2 / (v[a] - v[b]) : 0;
                inv[a * n + b] = 1 / (v[a] - v[b]);
            }
        }
        double[][] rows = new double[n][];
        IntStream.range(0, n).parallel().forEach(a -> {
            double[] out = new double[n];
            double va = v[a];
            double pa = p[a];
            double ya = y[a];
            double ra = r2[a];
            int ra0 = a * n;
            double sumA = 0;
            for (int b = a + 1; b < n; b++) {
                double vb = v[b];
                double pb = p[b];
                double yb = y[b];
                double rb = r2[b];
                double vba = vb - va;
                double kab = k[ra0 + b];
                double gab = g[ra0 + b];
                double invab = inv[ra0 + b];
                double papb = pa * pb;
                int rb0 = b * n;
                double sumB = 0;
                for (int c = b + 1; c < n; c++) {
                    double kac = k[ra0 + c];
                    double kbc = k[rb0 + c];
                    if (kab == 0 && kac == 0 && kbc == 0) {
                        continue;
                    }
                    double vc = v[c];
                    double pc = p[c];
                    // PĎ_abc = B_abc/(v_ab v_bc v_ca), v_ca = -(v_a - v_c)
                    double bAbc = (vc - vb) * ya * pb * pc + (va - vc) * pa * yb * pc
                            + (vb - va) * papb * y[c];
                    double pd = -bAbc * invab * inv[rb0 + c] * inv[ra0 + c];
                    // C_abc: c = a with (d, e) = (b, c); c = b with (c, a); c = c with (a, b)
                    double cross = ra * g[rb0 + c] * (kab - kac) + rb * g[ra0 + c] * (kbc + kab)
                            + r2[c] * gab * (kbc - kac);
                    double w = 2 * pd * cross;
                    sumA += (vc - vb) * w;
                    sumB -= (vc - va) * w;
                    out[c] += vba * w;
                }
                out[b] += sumB;
            }
            out[a] += sumA;
            rows[a] = out;
        });
        double[] total = new double[n];
        for (double[] row : rows) {
            for (int i = 0; i < n; i++) {
                total[i] += row[i];
            }
        }
        return total;
    }
}
