package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code lieb-ground-state}: the ground state of the repulsive gas at a given density, the
 * Fermi sea of the Lieb equation ({@link LiebGroundState}). It places its own Gauss–Legendre
 * nodes on {@code [-q, q]} ({@link #placesOwnNodes()}): the descriptor's {@code grid.points}
 * sets their number, {@code grid.min}/{@code grid.max} are not used.
 */
public final class GroundStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public GroundStateProvider() {
        super("lieb-ground-state",
                "ground state (T = 0) of the repulsive gas: Lieb equation on grid.points"
                        + " Gauss-Legendre nodes filling [-q, q], q from the density",
                StateInputs.density(""), StateInputs.densityPerMicrometre(""));
    }

    @Override
    public boolean placesOwnNodes() {
        return true;
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        LiebLiniger m = StateInputs.model(space.model(), name());
        if (!(m instanceof RepulsiveLiebLiniger)) {
            throw new InvalidInputException("state.name", "lieb-ground-state is the ground state"
                    + " of the repulsive gas (c > 0); the attractive gas collapses");
        }
        String which = StateInputs.exactlyOne(p, "density", "density_per_um");
        return LiebGroundState.atDensity((RepulsiveLiebLiniger) m,
                StateInputs.density(m, p, which), space.grid(0).size());
    }
}
