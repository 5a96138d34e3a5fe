package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * Moves {@code ĝ3} to another mode basis, {@code ĝ3'_{a'b'c'} = Σ P_{a'a} P_{b'b} P_{c'c}
 * ĝ3_{abc}} (the change of basis {@code P} of {@link NormalModes#changeTo} on each leg), for either
 * {@link TripleStorage}: leg by leg for {@code full} ({@code 3 N⁴} planes), and for
 * {@code symmetric} one input mode {@code c} at a time (its {@code N²} orderings gathered from
 * the stored planes, the two other legs transformed, then {@code P_{c'c}} added into the sorted
 * output triples, {@code b' >= a'} only: {@code (1 + 1/2 + 1/6) N⁴} planes, with two
 * {@code N²}-plane work arrays instead of a full copy).
 */
final class ThreePointRebase {

    private ThreePointRebase() {
    }

    /** {@code g3 ← (P⊗P⊗P) g3} in place. */
    static void rebase(ThreePointLayer layer, double[] g3, DMatrixRMaj p) {
        if ("full".equals(layer.storage().name())) {
            full(layer.modes(), layer.points(), layer.halfPoints(), g3, p);
        } else {
            symmetric(layer, g3, p);
        }
    }

    private static void full(int n, int ns, int nh, double[] g3, DMatrixRMaj p) {
        int plane = ns * nh * 2;
        for (int leg = 0; leg < 3; leg++) {
            final int l = leg;
            double[] out = new double[g3.length];
            IntStream.range(0, n * n).parallel().forEach(pair -> {
                // the two other legs fixed (pair), the transformed leg running
                for (int ip = 0; ip < n; ip++) {
                    for (int i = 0; i < n; i++) {
                        double w = p.data[ip * n + i];
                        if (w == 0) {
                            continue;
                        }
                        int src = legIndex(n, l, pair, i) * plane;
                        int dst = legIndex(n, l, pair, ip) * plane;
                        for (int k = 0; k < plane; k++) {
                            out[dst + k] += w * g3[src + k];
                        }
                    }
                }
            });
            System.arraycopy(out, 0, g3, 0, g3.length);
        }
    }

    private static int legIndex(int n, int leg, int pair, int i) {
        int x = pair / n;
        int y = pair % n;
        switch (leg) {
            case 0:
                return (i * n + x) * n + y;
            case 1:
                return (x * n + i) * n + y;
            default:
                return (x * n + y) * n + i;
        }
    }

    private static void symmetric(ThreePointLayer layer, double[] g3, DMatrixRMaj p) {
        TripleStorage storage = layer.storage();
        int n = layer.modes();
        int ns = layer.points();
        int nh = layer.halfPoints();
        int plane = ns * nh * 2;
        double[] out = new double[g3.length];
        double[] gathered = new double[n * n * plane];
        double[] once = new double[n * n * plane];
        for (int c = 0; c < n; c++) {
            final int cc = c;
            // ĝ_{abc} for every (a, b): the stored plane read at the ordering's wavenumbers
            IntStream.range(0, n * n).parallel().forEach(ab -> plane(layer, g3, ab / n, ab % n,
                    cc, gathered, ab * plane));
            // first leg, then second leg
            IntStream.range(0, n).parallel().forEach(ap -> {
                java.util.Arrays.fill(once, ap * n * plane, (ap + 1) * n * plane, 0);
                for (int a = 0; a < n; a++) {
                    double w = p.data[ap * n + a];
                    if (w == 0) {
                        continue;
                    }
                    for (int b = 0; b < n; b++) {
                        int src = (a * n + b) * plane;
                        int dst = (ap * n + b) * plane;
                        for (int k = 0; k < plane; k++) {
                            once[dst + k] += w * gathered[src + k];
                        }
                    }
                }
            });
            IntStream.range(0, n).parallel().forEach(ap -> {
                java.util.Arrays.fill(gathered, ap * n * plane, (ap + 1) * n * plane, 0);
                // only b' >= a': the sorted output triples read no other pair
                for (int bp = ap; bp < n; bp++) {
                    int dst = (ap * n + bp) * plane;
                    for (int b = 0; b < n; b++) {
                        double w = p.data[bp * n + b];
                        if (w == 0) {
                            continue;
                        }
                        int src = (ap * n + b) * plane;
                        for (int k = 0; k < plane; k++) {
                            gathered[dst + k] += w * once[src + k];
                        }
                    }
                }
            });
            // third leg into the sorted output triples
            IntStream.range(0, storage.count()).parallel().forEach(t -> {
                int[] l = storage.legs(t);
                double w = p.data[l[2] * n + cc];
                if (w == 0) {
                    return;
                }
                int src = (l[0] * n + l[1]) * plane;
                int dst = t * plane;
                for (int k = 0; k < plane; k++) {
                    out[dst + k] += w * gathered[src + k];
                }
            });
        }
        System.arraycopy(out, 0, g3, 0, g3.length);
    }

    /**
     * The plane {@code ĝ3_{abc}(k1, k2)} of any ordered triple, read from the stored plane of its
     * triple at its legs' wavenumbers (conjugated where they fall outside the stored half plane),
     * into {@code out[offset …]} (layout of one stored plane).
     */
    static void plane(ThreePointLayer layer, double[] g3, int a, int b, int c, double[] out,
            int offset) {
        int ns = layer.points();
        int nh = layer.halfPoints();
        int[] loc = layer.storage().locate(a, b, c);
        int src = loc[0] * ns * nh * 2;
        int[] q = new int[3];
        for (int k1 = 0; k1 < ns; k1++) {
            for (int k2 = 0; k2 < nh; k2++) {
                q[loc[1]] = k1;
                q[loc[2]] = k2;
                q[loc[3]] = (2 * ns - k1 - k2) % ns;
                int to = offset + (k1 * nh + k2) * 2;
                if (q[1] < nh) {
                    int from = src + (q[0] * nh + q[1]) * 2;
                    out[to] = g3[from];
                    out[to + 1] = g3[from + 1];
                } else {
                    int from = src + (((ns - q[0]) % ns) * nh + (ns - q[1])) * 2;
                    out[to] = g3[from];
                    out[to + 1] = -g3[from + 1];
                }
            }
        }
    }
}
