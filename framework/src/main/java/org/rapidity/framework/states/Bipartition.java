package org.rapidity.framework.states;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The partitioning protocol's initial state: two homogeneous states joined at {@code x = at},
 * <pre>
 *   n(x, θ) = n_L(θ) Θ(at - x) + n_R(θ) Θ(x - at)
 * </pre>
 * (Castro-Alvaredo, Doyon and Yoshimura, PRX 6, 041065 (2016); Bertini, Collura, De Nardis and
 * Fagotti, PRL 117, 207201 (2016)); either side may be the vacuum. Both states must live on the
 * same modes of the same model. At {@code x = at} itself the right state is returned.
 */
public final class Bipartition implements InhomogeneousState {

    private final TbaState left;
    private final TbaState right;
    private final double at;

    /**
     * @param left the state at {@code x < at}
     * @param right the state at {@code x > at}
     * @param at the junction (model length unit)
     * @param field descriptor path of the state, for errors (e.g. {@code state})
     * @throws InvalidInputException naming {@code field.right} if the two states are of
     *     different models or on different rapidity grids
     */
    public Bipartition(TbaState left, TbaState right, double at, String field) {
        if (!Double.isFinite(at)) {
            throw new InvalidInputException(field + ".at", "must be finite, got " + at);
        }
        ModeSpace a = left.space();
        ModeSpace b = right.space();
        if (!a.model().name().equals(b.model().name())
                || !a.model().getClass().equals(b.model().getClass())) {
            throw new InvalidInputException(field + ".right", "the two sides of a bipartition"
                    + " must be states of the same model; left is of model '" + a.model().name()
                    + "', right of model '" + b.model().name() + "'");
        }
        if (a.model() != b.model() && !a.model().toString().equals(b.model().toString())) {
            throw new InvalidInputException(field + ".right", "the two sides of a bipartition"
                    + " must be states of the same model; they are of model '" + a.model()
                    .name() + "' with different parameters (" + a.model() + " and " + b.model()
                    + ")");
        }
        if (!sameGrids(a, b)) {
            throw new InvalidInputException(field + ".right", "the two sides of a bipartition"
                    + " must be on the same rapidity grid (a state that places its own nodes,"
                    + " such as a zero-temperature Fermi sea, cannot be a side; use a thermal"
                    + " state)");
        }
        this.left = left;
        this.right = right;
        this.at = at;
    }

    private static boolean sameGrids(ModeSpace a, ModeSpace b) {
        if (a.speciesCount() != b.speciesCount()) {
            return false;
        }
        for (int s = 0; s < a.speciesCount(); s++) {
            QuadratureGrid ga = a.grid(s);
            QuadratureGrid gb = b.grid(s);
            if (!java.util.Arrays.equals(ga.nodes(), gb.nodes())
                    || !java.util.Arrays.equals(ga.weights(), gb.weights())) {
                return false;
            }
        }
        return true;
    }

    /** The state at {@code x < at}. */
    public TbaState left() {
        return left;
    }

    /** The state at {@code x > at}. */
    public TbaState right() {
        return right;
    }

    /** The junction. */
    public double at() {
        return at;
    }

    @Override
    public ModeSpace space() {
        return left.space();
    }

    @Override
    public TbaState reference() {
        return left;
    }

    @Override
    public double[] filling(double x) {
        return (x < at ? left : right).filling();
    }

    @Override
    public double[] jumps() {
        return new double[] {at};
    }

    @Override
    public boolean piecewiseHomogeneous() {
        return true;
    }
}
