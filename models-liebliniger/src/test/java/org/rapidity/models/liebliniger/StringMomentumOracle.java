package org.rapidity.models.liebliniger;

/**
 * The test oracle for {@link StringMomentum}: the direct sum over the {@code (n+1)n} cones
 * (orderings of {@code 0} and {@code z_1} among {@code z_2 < … < z_n}), each the unrolled
 * recursion {@code I_j[q_1…q_j] = (i/q_j) I_{j-1}[q_1…q_{j-1}+q_j]} of the strings paper (S13),
 * with the exponent coefficients built slot by slot and no use of the cut sums. Cost
 * {@code O(n³)} per point: this was the production code before the {@code O(n)} recurrence.
 */
final class StringMomentumOracle {

    private StringMomentumOracle() {
    }

    /** {@code C_n(x) = n ĝ(x)/(2π g(0))} from the direct cone sums. */
    static double value(int n, double x) {
        return n * fourierOverlap(n, x) / (2 * Math.PI * overlapAtZero(n));
    }

    /**
     * {@code ĝ(x) = ∫dz_1 e^{-ixz_1} g(z_1)} with {@code g(z_1) = ∫_{z_2<…<z_n}
     * ψ̄(0,z_2…) ψ̄(z_1,z_2…)}. Pair weights in the exponent {@code -Σ w|y - y'|}: 1 between two
     * of {@code z_2…z_n} (½ from each wave function), ½ between {@code z_1} and any of them,
     * ½ between {@code 0} and any of them, 0 between {@code z_1} and {@code 0}.
     */
    static double fourierOverlap(int n, double x) {
        int others = n - 1;
        int slots = n + 1;
        double[] bre = new double[slots];
        double[] bim = new double[slots];
        double sum = 0;
        for (int p0 = 0; p0 < slots; p0++) {
            for (int p1 = 0; p1 < slots; p1++) {
                if (p1 == p0) {
                    continue;
                }
                for (int k = 0; k < slots; k++) {
                    bim[k] = 0;
                    if (k == p0) {
                        bre[k] = 0;
                    } else if (k == p1) {
                        int below = p1 - (p0 < p1 ? 1 : 0);
                        int above = others - below;
                        bre[k] = 0.5 * (above - below);
                        bim[k] = -x;
                    } else {
                        int below = k - (p0 < k ? 1 : 0) - (p1 < k ? 1 : 0);
                        int above = others - 1 - below;
                        bre[k] = (above - below) + (p0 > k ? 0.5 : -0.5) + (p1 > k ? 0.5 : -0.5);
                    }
                }
                // product over the points below 0 of 1/(prefix sums), above 0 of 1/(-suffix sums)
                double pr = 1;
                double pi = 0;
                double sr = 0;
                double si = 0;
                for (int k = 0; k < p0; k++) {
                    sr += bre[k];
                    si += bim[k];
                    double d = sr * sr + si * si;
                    double nr = (pr * sr + pi * si) / d;
                    double ni = (pi * sr - pr * si) / d;
                    pr = nr;
                    pi = ni;
                }
                sr = 0;
                si = 0;
                for (int k = slots - 1; k > p0; k--) {
                    sr -= bre[k];
                    si -= bim[k];
                    double d = sr * sr + si * si;
                    double nr = (pr * sr + pi * si) / d;
                    double ni = (pi * sr - pr * si) / d;
                    pr = nr;
                    pi = ni;
                }
                sum += pr; // ĝ is real: the imaginary parts cancel between mirror orderings
            }
        }
        return sum;
    }

    /** {@code g(0) = ∫_{z_2<…<z_n} ψ̄(0, z_2…)²}: all pair weights 1. */
    static double overlapAtZero(int n) {
        int others = n - 1;
        int slots = n;
        double sum = 0;
        double[] b = new double[slots];
        for (int p0 = 0; p0 < slots; p0++) {
            for (int k = 0; k < slots; k++) {
                if (k == p0) {
                    b[k] = 0;
                } else {
                    int below = k - (p0 < k ? 1 : 0);
                    int above = others - 1 - below;
                    b[k] = (above - below) + (p0 > k ? 1 : -1);
                }
            }
            double prod = 1;
            double s = 0;
            for (int k = 0; k < p0; k++) {
                s += b[k];
                prod /= s;
            }
            s = 0;
            for (int k = slots - 1; k > p0; k--) {
                s -= b[k];
                prod /= s;
            }
            sum += prod;
        }
        return sum;
    }
}
