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
 * {@code N²}-plane work arrays, summed into a work copy of the integrator). The legs are
 * transformed as blocked products ({@link Batch#blockedProduct}).
 */
final class ThreePointRebase {

    private ThreePointRebase() {
    }

    /**
     * {@code g3 ← (P⊗P⊗P) g3} in place; {@code scratch} is a copy of {@code ĝ3}'s size whose
     * content may be overwritten (the symmetric storage sums into it; a work copy of the
     * integrator between steps), or null to allocate one.
     */
    static void rebase(ThreePointLayer layer, G3Spectrum g3, DMatrixRMaj p, G3Spectrum scratch) {
        if ("full".equals(layer.storage().name())) {
            full(layer, g3, p);
        } else {
            symmetric(layer, g3, p, scratch == null ? layer.newSpectrum() : scratch);
        }
    }

    /** {@code g3 ← (P⊗P⊗P) g3} in place for a double-precision array. */
    static void rebase(ThreePointLayer layer, double[] g3, DMatrixRMaj p) {
        rebase(layer, G3Spectrum.wrap(g3), p, null);
    }

    private static void full(ThreePointLayer layer, G3Spectrum g3, DMatrixRMaj p) {
        int n = layer.modes();
        int plane = layer.points() * layer.halfPoints() * 2;
        double[] in = new double[n * plane];
        double[] out = new double[n * plane];
        int nn = n * n;
        for (int leg = 0; leg < 3; leg++) {
            // the two other legs fixed (pair), the transformed leg running: one N-plane line at
            // a time, read, transformed, written back
            for (int pair = 0; pair < nn; pair++) {
                for (int i = 0; i < n; i++) {
                    g3.read(legIndex(n, leg, pair, i) * plane, in, i * plane, plane);
                }
                Batch.blockedProduct(p.data, n, n, in, 0, plane, out, 0, 0);
                for (int i = 0; i < n; i++) {
                    g3.write(legIndex(n, leg, pair, i) * plane, out, i * plane, plane);
                }
            }
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

    private static void symmetric(ThreePointLayer layer, G3Spectrum g3, DMatrixRMaj p,
            G3Spectrum out) {
        TripleStorage storage = layer.storage();
        int n = layer.modes();
        int ns = layer.points();
        int nh = layer.halfPoints();
        int plane = ns * nh * 2;
        out.clear();
        double[] gathered = new double[n * n * plane];
        double[] once = new double[n * n * plane];
        for (int c = 0; c < n; c++) {
            final int cc = c;
            // ĝ_{abc} for every (a, b): the stored plane read at the ordering's wavenumbers
            IntStream.range(0, n * n).parallel().forEach(ab -> plane(layer, g3, ab / n, ab % n,
                    cc, gathered, ab * plane));
            // first leg (a → a'), then second leg (b → b', only b' >= a': the sorted output
            // triples read no other pair)
            Batch.blockedProduct(p.data, n, n, gathered, 0, n * plane, once, 0, 0);
            for (int ap = 0; ap < n; ap++) {
                Batch.blockedProduct(p.data, n, n, once, ap * n * plane, plane, gathered,
                        ap * n * plane, ap);
            }
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
                    out.add(dst + k, w * gathered[src + k]);
                }
            });
        }
        g3.copyFrom(out);
    }

    /**
     * The plane {@code ĝ3_{abc}(k1, k2)} of any ordered triple, read from the stored plane of its
     * triple at its legs' wavenumbers (conjugated where they fall outside the stored half plane),
     * into {@code out[offset …]} (layout of one stored plane).
     */
    static void plane(ThreePointLayer layer, double[] g3, int a, int b, int c, double[] out,
            int offset) {
        plane(layer, G3Spectrum.wrap(g3), a, b, c, out, offset);
    }

    /** {@link #plane(ThreePointLayer, double[], int, int, int, double[], int)} of a copy. */
    static void plane(ThreePointLayer layer, G3Spectrum g3, int a, int b, int c, double[] out,
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
                    out[to] = g3.get(from);
                    out[to + 1] = g3.get(from + 1);
                } else {
                    int from = src + (((ns - q[0]) % ns) * nh + (ns - q[1])) * 2;
                    out[to] = g3.get(from);
                    out[to + 1] = -g3.get(from + 1);
                }
            }
        }
    }
}
