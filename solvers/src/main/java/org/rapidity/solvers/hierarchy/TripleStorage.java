package org.rapidity.solvers.hierarchy;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;

/**
 * Which rapidity triples {@code (a, b, c)} of {@code g̃3_{abc}(s1, s2)} are stored. The three-point
 * function is symmetric under the simultaneous exchange of the particles' labels and positions,
 * {@code g3_{abc}(x1, x2, x3) = g3_{π(abc)}(π(x1, x2, x3))} (gBBGKY (14): the correlation
 * functions are symmetric), so one ordering per unordered triple determines the others:
 * <ul>
 *   <li>{@code full}: every ordered triple, {@code N³} planes (stored leg {@code j} of triple
 *       {@code t} is leg {@code j} of the only ordering it represents);</li>
 *   <li>{@code symmetric}: the sorted triples {@code a <= b <= c}, {@code N(N+1)(N+2)/6} planes,
 *       each representing its distinct orderings (six, three or one).</li>
 * </ul>
 * An ordering is a permutation {@code π}: its leg {@code j} is stored leg {@code π[j]}. In
 * Fourier space leg {@code j} of a stored plane carries the wavenumber {@code p_0 = k1},
 * {@code p_1 = k2}, {@code p_2 = -(k1 + k2)} (translation invariance: they sum to 0), and the
 * plane of an ordering is the stored plane read at its legs' wavenumbers.
 */
final class TripleStorage {

    /** The six permutations of three legs. */
    static final int[][] PERMUTATIONS = {{0, 1, 2}, {1, 0, 2}, {0, 2, 1}, {2, 1, 0}, {1, 2, 0},
        {2, 0, 1}};

    private final String name;
    private final int n;
    private final int[][] legs;
    private final int[][] orderings;

    private TripleStorage(String name, int n, int[][] legs, int[][] orderings) {
        this.name = name;
        this.n = n;
        this.legs = legs;
        this.orderings = orderings;
    }

    /** Every ordered triple. */
    static TripleStorage full(int n) {
        int n3 = n * n * n;
        int[][] legs = new int[n3][];
        int[][] orderings = new int[n3][];
        for (int t = 0; t < n3; t++) {
            legs[t] = new int[] {t / (n * n), (t / n) % n, t % n};
            orderings[t] = new int[] {0};
        }
        return new TripleStorage("full", n, legs, orderings);
    }

    /** The sorted triples, each with its distinct orderings. */
    static TripleStorage symmetric(int n) {
        List<int[]> legs = new ArrayList<>();
        List<int[]> orderings = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                for (int c = b; c < n; c++) {
                    int[] l = {a, b, c};
                    legs.add(l);
                    List<Integer> distinct = new ArrayList<>();
                    List<Integer> seen = new ArrayList<>();
                    for (int p = 0; p < PERMUTATIONS.length; p++) {
                        int[] pi = PERMUTATIONS[p];
                        int key = (l[pi[0]] * n + l[pi[1]]) * n + l[pi[2]];
                        if (!seen.contains(key)) {
                            seen.add(key);
                            distinct.add(p);
                        }
                    }
                    orderings.add(distinct.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return new TripleStorage("symmetric", n, legs.toArray(new int[0][]),
                orderings.toArray(new int[0][]));
    }

    /** {@code full} or {@code symmetric}, for the descriptor field {@code solver.g3_storage}. */
    static TripleStorage of(String name, int n) {
        switch (name) {
            case "full":
                return full(n);
            case "symmetric":
                return symmetric(n);
            default:
                throw new InvalidInputException("solver.g3_storage", "unknown storage '" + name
                        + "'; use symmetric (one ordering per rapidity triple) or full");
        }
    }

    /** Stored triples for {@code n} rapidities. */
    static long count(String name, int n) {
        return "full".equals(name) ? (long) n * n * n : (long) n * (n + 1) * (n + 2) / 6;
    }

    String name() {
        return name;
    }

    /** Rapidity modes {@code N}. */
    int modes() {
        return n;
    }

    /** Stored triples. */
    int count() {
        return legs.length;
    }

    /** The rapidity modes of the stored legs of triple {@code t} (do not modify). */
    int[] legs(int t) {
        return legs[t];
    }

    /** Indices into {@link #PERMUTATIONS} of the distinct orderings {@code t} represents. */
    int[] orderings(int t) {
        return orderings[t];
    }

    /** The ordered triple {@code (a N + b) N + c} of ordering {@code p} of stored triple {@code t}. */
    int ordered(int t, int p) {
        int[] pi = PERMUTATIONS[p];
        int[] l = legs[t];
        return (l[pi[0]] * n + l[pi[1]]) * n + l[pi[2]];
    }

    /**
     * For an ordered triple {@code (a, b, c)}: the stored triple that holds it and the
     * permutation {@code π} with leg {@code j} of the ordering = stored leg {@code π[j]}, as
     * {@code {t, π0, π1, π2}}.
     */
    int[] locate(int a, int b, int c) {
        if ("full".equals(name)) {
            return new int[] {(a * n + b) * n + c, 0, 1, 2};
        }
        int[] v = {a, b, c};
        int[] order = {0, 1, 2};
        // sort the legs by mode (stable): order[k] = ordering leg that is stored leg k
        for (int i = 1; i < 3; i++) {
            for (int j = i; j > 0 && v[order[j]] < v[order[j - 1]]; j--) {
                int tmp = order[j];
                order[j] = order[j - 1];
                order[j - 1] = tmp;
            }
        }
        int s0 = v[order[0]];
        int s1 = v[order[1]];
        int s2 = v[order[2]];
        // index of the sorted triple (s0 <= s1 <= s2) in the enumeration of symmetric()
        long before = 0;
        for (int x = 0; x < s0; x++) {
            long m = n - x;
            before += m * (m + 1) / 2;
        }
        long inner = 0;
        for (int y = s0; y < s1; y++) {
            inner += n - y;
        }
        int t = (int) (before + inner + (s2 - s1));
        int[] out = {t, 0, 0, 0};
        for (int k = 0; k < 3; k++) {
            out[1 + order[k]] = k;
        }
        return out;
    }
}
