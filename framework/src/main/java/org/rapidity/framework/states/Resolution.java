package org.rapidity.framework.states;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.RapidityDomain;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Checks that a rapidity grid resolves a state: the state must be negligible at both ends of the
 * interval (unless its provider places its own nodes,
 * {@link InitialStateProvider#placesOwnNodes}), and its particle and energy densities must not
 * change under doubling of the number of points. A grid that fails gets an error naming the grid
 * field and what to change, instead of a silently inaccurate answer.
 */
public final class Resolution {

    private Resolution() {
    }

    /**
     * Builds the state with {@code provider} on {@code space} and checks it is resolved.
     *
     * @param tolerance largest relative change of the densities under grid doubling
     * @return the state on {@code space}
     * @throws InvalidInputException naming {@code grid.…} if the grid is too narrow or too coarse
     */
    public static TbaState buildResolved(InitialStateProvider provider, ModeSpace space,
            Parameters parameters, double tolerance) {
        TbaState state = provider.create(space, parameters);
        if (!provider.placesOwnNodes()) {
            // a provider that places its own nodes (a Fermi sea on [-q, q]) ends where it must
            checkEdges(state, 1e-6);
        }
        List<QuadratureGrid> fine = new ArrayList<>();
        for (QuadratureGrid g : space.grids()) {
            fine.add(g.withPoints(2 * g.size()));
        }
        TbaState refined = provider.create(ModeSpace.of(space.model(), fine), parameters);
        double dn = relative(state.particleDensity(), refined.particleDensity());
        double de = relative(state.energyDensity(), refined.energyDensity());
        double worst = Math.max(dn, de);
        if (worst > tolerance) {
            int points = space.grid(0).size();
            throw new InvalidInputException("grid.points", String.format(Locale.ROOT,
                    "%d points are too coarse for this state: doubling them changes the %s"
                            + " density by %.2e (tolerance %.0e); use more points",
                    points, dn >= de ? "particle" : "energy", worst, tolerance));
        }
        return state;
    }

    /**
     * Rejects states that are not negligible at the ends of the rapidity interval, for each
     * species whose grid ends inside an open domain ({@link RapidityDomain#coveredBy}): a grid
     * that spans a circle (a Brillouin zone) or a whole interval has no ends to widen.
     */
    public static void checkEdges(TbaState state, double threshold) {
        ModeSpace space = state.space();
        double[] rho = state.density();
        double max = 0;
        for (double r : rho) {
            max = Math.max(max, r);
        }
        for (int a = 0; a < space.speciesCount(); a++) {
            if (space.model().rapidityDomain(a).coveredBy(space.grid(a))) {
                continue;
            }
            int first = space.offset(a);
            int last = first + space.grid(a).size() - 1;
            double edge = Math.max(rho[first], rho[last]);
            if (max > 0 && edge > threshold * max) {
                QuadratureGrid g = space.grid(a);
                throw new InvalidInputException("grid", String.format(Locale.ROOT,
                        "the state is not negligible at the ends of the rapidity interval"
                                + " [%g, %g]: ρ there is %.2e of its maximum (threshold %.0e);"
                                + " widen grid.min/grid.max",
                        g.min(), g.max(), edge / max, threshold));
            }
        }
    }

    private static double relative(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
