package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code lieb-ground-state}: the ground state of the repulsive gas at a given density, the
 * Fermi sea of the Lieb equation ({@link LiebGroundState}). It places its own Gauss–Legendre
 * nodes on {@code [-q, q]} ({@link #placesOwnNodes()}): the descriptor's {@code grid.points}
 * sets their number, {@code grid.min}/{@code grid.max} are not used.
 */
public final class GroundStateProvider implements InitialStateProvider {

    @Override
    public String name() {
        return "lieb-ground-state";
    }

    @Override
    public String description() {
        return "ground state (T = 0) of the repulsive gas: Lieb equation on grid.points"
                + " Gauss-Legendre nodes filling [-q, q], q from the density";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(StateInputs.density(""), StateInputs.densityPerMicrometre(""));
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
