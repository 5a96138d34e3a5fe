package org.rapidity.solvers.hierarchy;

/**
 * The elements {@code (k1, k2)} of one stored plane of {@code ĝ3} ({@code k1 ∈ [0, Ns)},
 * {@code k2 ∈ [0, Ns/2]}, the half plane of {@link ThreePointLayer}) that the layer keeps: all of
 * them, or with the hexagonal truncation those with {@code |p_a|, |p_b|, |p_a + p_b| < Ns/2} for
 * the signed wavenumbers {@code p} (the others are zero at all times). Per kept element {@code e}:
 * its index {@code k1 (Ns/2+1) + k2}, the weight {@code c(k2)} of the half plane (1 on the lines
 * {@code k2 = 0, Ns/2}, else 2: the other half is the complex conjugate), and per leg {@code j}
 * the index of its wavenumber {@code p_0 = k1}, {@code p_1 = k2}, {@code p_2 = -(k1 + k2)} and of
 * {@code -p_j} (mod {@code Ns}).
 */
final class PlaneElements {

    final int[] index;
    final double[] halfPlaneWeight;
    final int[][] legMomentum;
    final int[][] legNegative;
    private final int ns;
    private final boolean hexagonal;

    PlaneElements(int ns, boolean hexagonal) {
        this.ns = ns;
        this.hexagonal = hexagonal;
        int nh = ns / 2 + 1;
        int count = 0;
        for (int k1 = 0; k1 < ns; k1++) {
            for (int k2 = 0; k2 < nh; k2++) {
                count += kept(k1, k2) ? 1 : 0;
            }
        }
        index = new int[count];
        halfPlaneWeight = new double[count];
        legMomentum = new int[3][count];
        legNegative = new int[3][count];
        int e = 0;
        for (int k1 = 0; k1 < ns; k1++) {
            for (int k2 = 0; k2 < nh; k2++) {
                if (!kept(k1, k2)) {
                    continue;
                }
                index[e] = k1 * nh + k2;
                halfPlaneWeight[e] = (k2 == 0 || k2 == ns / 2) ? 1 : 2;
                int[] mom = {k1, k2, (2 * ns - k1 - k2) % ns};
                for (int j = 0; j < 3; j++) {
                    legMomentum[j][e] = mom[j];
                    legNegative[j][e] = (ns - mom[j]) % ns;
                }
                e++;
            }
        }
    }

    /** Kept elements. */
    int count() {
        return index.length;
    }

    /** The signed wavenumber index of {@code k ∈ [0, Ns)}, {@code Ns/2} for the Nyquist one. */
    private int signed(int k) {
        return k < ns / 2 ? k : k == ns / 2 ? ns / 2 : k - ns;
    }

    /** Whether element {@code (k1, k2)} is kept: always, or inside the hexagon. */
    boolean kept(int k1, int k2) {
        if (!hexagonal) {
            return true;
        }
        int p1 = signed(k1);
        int p2 = signed(k2);
        return Math.abs(p1) < ns / 2 && Math.abs(p2) < ns / 2 && Math.abs(p1 + p2) < ns / 2;
    }
}
