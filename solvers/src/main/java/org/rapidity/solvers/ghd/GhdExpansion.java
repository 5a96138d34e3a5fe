package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.TrapRelease;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The 1D expansion of a {@code ghd} snapshot ({@link TrapRelease}): the trap switched off at the
 * snapshot's time and the coupling held, Euler GHD (S9) with no force,
 * {@code ∂_t ϑ_n + v^eff_n ∂_x ϑ_n = 0}, on a wider box. Without a force every mode's
 * {@code ∫dx ρ_n(x, λ)} is a constant of the motion, so each string's atom number, the energy
 * {@code U = ∫dx Σ∫E_nρ_n} (kinetic plus interaction; {@code E_V = 0} without the trap) and every
 * other charge are; the densities are carried conservatively ({@link ReleasedCloud}) and keep
 * them to rounding. A run with the Navier-Stokes term ({@code solver.diffusion}) expands by the
 * run's own time stepping ({@link GhdEvolution}, semi-Lagrangian on the fillings, with the
 * diffusion; not conservative: the long strings' narrow ridges drift, docs/experiment.md, "The
 * 1D expansion of long strings").
 *
 * <p>The box keeps the cell width {@code Δx} of the run and is widened on both sides by the
 * distance {@code 1.25 max|v^eff| t_max} (the largest effective velocity of any mode filled above
 * {@code 10⁻⁸}) plus four cells, so the cloud stays inside it; the new cells are empty. CFL
 * number, fixed time step, diffusion and dressing are the run's. The expansion is computed when
 * asked; the last one is kept (the observables of one snapshot ask for the same times).
 */
final class GhdExpansion implements TrapRelease {

    /** Fillings below this do not set the widening of the box. */
    private static final double FILLED = 1e-8;
    private static final int SPARE_CELLS = 4;

    private final GhdSolver.Settings run;
    private final Profile profile;
    /** The last expansion asked for (observers of one snapshot ask for the same times). */
    private double[] lastTimes;
    private List<Profile> last;

    GhdExpansion(GhdSolver.Settings run, Profile profile) {
        this.run = run;
        this.profile = profile;
    }

    @Override
    public synchronized List<Profile> expand(double[] times) {
        if (times.length == 0) {
            return List.of();
        }
        if (last != null && java.util.Arrays.equals(times, lastTimes)) {
            return last;
        }
        double tMax = times[times.length - 1];
        QuadratureGrid x = profile.positions();
        int nx = x.size();
        double dx = x.weight(0);
        double vMax = 0;
        for (TbaState s : profile.states()) {
            double[] v = s.effectiveVelocity();
            double[] f = s.filling();
            for (int k = 0; k < v.length; k++) {
                if (f[k] > FILLED) {
                    vMax = Math.max(vMax, Math.abs(v[k]));
                }
            }
        }
        int extra = (int) Math.ceil(1.25 * vMax * tMax / dx) + SPARE_CELLS;
        int wide = nx + 2 * extra;
        QuadratureGrid positions = QuadratureGrid.uniform(x.min() - extra * dx,
                x.max() + extra * dx, wide);
        int modes = profile.space().size();
        double[][] fill = new double[wide][];
        double[][] inside = profile.fillings();
        for (int i = 0; i < wide; i++) {
            int j = i - extra;
            fill[i] = j >= 0 && j < nx ? inside[j].clone() : new double[modes];
        }
        List<Profile> out = new ArrayList<>();
        if (!run.diffusion()) {
            ReleasedCloud cloud = new ReleasedCloud(positions, profile.space(), fill, run.cfl(),
                    run.dt());
            for (double t : times) {
                cloud.advance(t);
                out.add(cloud.profile());
            }
            lastTimes = times.clone();
            last = List.copyOf(out);
            return last;
        }
        double[] none = new double[wide];
        GhdSolver.Settings free = new GhdSolver.Settings(positions, Boundary.OPEN, none, none,
                none, Double.NaN, Double.NaN, 0, Double.POSITIVE_INFINITY, Double.NaN, 0,
                run.dt(), run.cfl(), run.conservation(), false, "filling", run.diffusion(),
                run.iterativeDressing(), false);
        Problem problem = new Problem(profile.state(0), List.of(), List.of(), null, times);
        GhdEvolution evolution = new GhdEvolution(free, problem, fill);
        for (double t : times) {
            evolution.advance(t, null);
            out.add(evolution.snapshot().view(Profile.class).orElseThrow());
        }
        lastTimes = times.clone();
        last = List.copyOf(out);
        return last;
    }
}
