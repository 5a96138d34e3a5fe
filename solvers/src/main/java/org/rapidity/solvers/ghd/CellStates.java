package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The TBA states of the cells of one time, each distinct filling dressed once. A cell whose
 * filling equals, bit for bit, that of another cell of this call or of any cell of the previous
 * call (same mode space) takes that state: the reservoirs of a bipartition away from the light
 * cone, and the empty cells outside a cloud, are dressed once instead of once per cell and
 * step. The dressing is a function of the filling alone, so this is bit-identical to dressing
 * every cell (tested).
 *
 * <p>The states are dressed by {@link CellDressing} (conjugate gradients, {@code O(M²)} per
 * iteration) when the method is {@code iterative} and the model's dressing is the generic dense
 * one with a positive-definite symmetrised operator (checked once per mode space on one cell),
 * else by the model's own dressing ({@code dense}, or hard rods' closed form, or the string
 * dressing of Bethe strings). Every quantity of a cell shares its one dressing.
 */
final class CellStates {

    private final boolean iterative;
    private final boolean reuse;
    private ModeSpace space;
    private boolean generic;
    private Map<Key, TbaState> previous = Map.of();
    private int dressedLast;

    /**
     * @param iterative dress by conjugate gradients where the model's dressing is generic
     * @param reuse take the state of an equal filling instead of dressing it again
     */
    CellStates(boolean iterative, boolean reuse) {
        this.iterative = iterative;
        this.reuse = reuse;
    }

    /** The states of the fillings {@code fill[i]} on {@code modes}. */
    TbaState[] of(ModeSpace modes, double[][] fill) {
        if (modes != space) {
            space = modes;
            previous = Map.of();
            generic = iterative && isGeneric(modes, fill[fill.length / 2]);
        }
        int nx = fill.length;
        TbaState[] states = new TbaState[nx];
        Map<Key, TbaState> now = new HashMap<>();
        Map<Key, Integer> group = new HashMap<>();
        List<Key> keys = new ArrayList<>();
        List<List<Integer>> cells = new ArrayList<>();
        for (int i = 0; i < nx; i++) {
            Key k = new Key(fill[i]);
            TbaState known = reuse ? previous.get(k) : null;
            if (known != null) {
                states[i] = known;
                now.put(k, known);
                continue;
            }
            Integer g = reuse ? group.get(k) : null;
            if (g == null) {
                g = keys.size();
                keys.add(k);
                cells.add(new ArrayList<>(1));
                if (reuse) {
                    group.put(k, g);
                }
            }
            cells.get(g).add(i);
        }
        TbaState[] fresh = new TbaState[keys.size()];
        IntStream.range(0, fresh.length).parallel().forEach(u -> fresh[u] = dress(
                keys.get(u).filling));
        for (int u = 0; u < fresh.length; u++) {
            for (int i : cells.get(u)) {
                states[i] = fresh[u];
            }
            now.put(keys.get(u), fresh[u]);
        }
        previous = reuse ? now : Map.of();
        dressedLast = fresh.length;
        return states;
    }

    /** How many distinct fillings the last call dressed (the rest were reused). */
    int dressedLast() {
        return dressedLast;
    }

    private TbaState dress(double[] n) {
        if (!generic) {
            return TbaState.fromFilling(space, n);
        }
        return TbaState.fromFilling(space, n, new CellDressing(space, n));
    }

    /** Whether the model's dressing is the generic one, symmetric positive definite here. */
    private static boolean isGeneric(ModeSpace modes, double[] n) {
        for (double v : n) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                return false;
            }
        }
        Dressing d = modes.model().dressing(modes, n);
        return d instanceof KernelDressing kd && kd.isCholesky();
    }

    /** A filling compared bit for bit. */
    private static final class Key {
        private final double[] filling;
        private final int hash;

        Key(double[] filling) {
            this.filling = filling.clone();
            this.hash = Arrays.hashCode(filling);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.filling, filling);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
