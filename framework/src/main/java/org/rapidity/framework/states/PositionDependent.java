package org.rapidity.framework.states;

import java.util.function.DoubleFunction;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * A state that varies smoothly in position, given as a function {@code x ↦ n(x, ·)} on the
 * modes (a profile of thermal parameters, a table); it has no jumps.
 */
final class PositionDependent implements InhomogeneousState {

    private final ModeSpace space;
    private final TbaState reference;
    private final DoubleFunction<double[]> filling;

    PositionDependent(ModeSpace space, double referenceAt, DoubleFunction<double[]> filling) {
        this.space = space;
        this.filling = filling;
        this.reference = TbaState.fromFilling(space, filling.apply(referenceAt));
    }

    @Override
    public ModeSpace space() {
        return space;
    }

    @Override
    public TbaState reference() {
        return reference;
    }

    @Override
    public double[] filling(double x) {
        return filling.apply(x);
    }

    /** The error of {@code create} for a state that varies in position. */
    static InvalidInputException notHomogeneous(Parameters p, String name) {
        return new InvalidInputException(p.path() + ".name", "'" + name + "' varies in"
                + " position; it is the initial state of a solver that evolves profiles (ghd),"
                + " not a homogeneous state");
    }
}
