package org.rapidity.solvers.ghd;

import java.util.List;
import java.util.stream.IntStream;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Euler GHD (S9) of a cloud released from its trap with the coupling held ({@link GhdExpansion}):
 * no force, so each mode's density obeys its own continuity equation,
 * {@code ∂_tρ_a(x, θ) + ∂_x(v^eff_a(x, θ) ρ_a(x, θ)) = 0}, and every {@code ∫dx ρ_a(x, θ)} is a
 * constant of the motion (the rapidities are; with them the atoms, the energy and every charge).
 *
 * <p>The densities are the state, carried along {@code x} conservatively ({@link MassRemap}: a
 * cell's atoms after a step are those between the feet of its faces on the characteristics
 * {@code ẋ = v^eff}, not the fillings interpolated at the feet); the filling
 * follows from them without a dressing, {@code ϑ = ρ/ρ^t} with {@code ρ^t = p'/2π + Tρ}
 * ({@link TbaState#fromEvolvedDensity}), and the state so made is dressed for {@code v^eff}.
 * Why not the run's semi-Lagrangian step on the fillings: the long strings of a degenerate tube
 * after the crossing of {@code c = 0} are ridges in {@code x} narrower than a cell, which
 * interpolation at the feet does not carry conservatively (docs/experiment.md, "The 1D expansion
 * of long strings": the 16-atom member of {@code cs-fig2-attractive} gained 3.6% of its atoms in
 * 11 ms).
 *
 * <p>Time step: {@code cfl · Δx / max|v^eff|} (or the run's fixed {@code dt}); the velocity at
 * the half step extrapolated from the last two steps (the first one predicted by half a step),
 * each sub-cell's end point by the midpoint rule in it.
 */
final class ReleasedCloud {

    private final QuadratureGrid xg;
    private final ModeSpace space;
    private final PhaseSpaceInterpolation in;
    private final double cfl;
    private final double fixedStep;
    private double t;
    private double[][] rho;
    private TbaState[] states;
    private double[][] velocity;
    private double[][] previousVelocity;
    private double previousStep;
    /** The state of the empty cells (shared). */
    private TbaState vacuum;

    /**
     * @param xg the (widened, uniform) cells
     * @param space the modes
     * @param fill the fillings at release, per cell
     * @param cfl the CFL number
     * @param dt a fixed step (NaN: the CFL bound)
     */
    ReleasedCloud(QuadratureGrid xg, ModeSpace space, double[][] fill, double cfl, double dt) {
        this.xg = xg;
        this.space = space;
        this.in = new PhaseSpaceInterpolation(xg.node(0), xg.weight(0), xg.size(), Boundary.OPEN,
                space);
        this.cfl = cfl;
        this.fixedStep = dt;
        TbaState[] s = new TbaState[fill.length];
        IntStream.range(0, s.length).parallel().forEach(i -> s[i] = TbaState.fromFilling(space,
                fill[i]));
        rho = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            rho[i] = s[i].density();
        }
        setStates(s);
    }

    /** Steps to {@code until}. */
    void advance(double until) {
        while (t < until - 1e-12 * Math.max(1, Math.abs(until))) {
            double dt = Math.min(step(), until - t);
            double[][] half;
            if (previousVelocity != null) {
                half = FieldArrays.extrapolate(velocity, previousVelocity, 0.5 * dt / previousStep);
            } else { // the first step: the velocity half a step on
                ReleasedCloud probe = new ReleasedCloud(this, carry(velocity, 0.5 * dt, false));
                half = probe.velocity;
            }
            double[][] next = carry(half, dt, true);
            previousVelocity = velocity;
            previousStep = dt;
            rho = next;
            setStates(statesOf(next));
            t = t + dt >= until - 1e-12 * Math.max(1, Math.abs(until)) ? until : t + dt;
        }
    }

    /** The cloud now, on the cells. */
    Profile profile() {
        return Profile.of(xg, List.of(states), new double[xg.size()]);
    }

    private ReleasedCloud(ReleasedCloud from, double[][] density) {
        this.xg = from.xg;
        this.space = from.space;
        this.in = from.in;
        this.cfl = from.cfl;
        this.fixedStep = from.fixedStep;
        this.rho = density;
        setStates(statesOf(density));
    }

    /**
     * The states of the densities. Rounding leaves values of order {@code -10⁻³⁸} in empty tails;
     * they are set to zero (a negative filling would send the string dressing to its dense
     * fallback), and anything below {@code -10⁻⁹} of the largest density is refused.
     */
    private TbaState[] statesOf(double[][] density) {
        double max = 0;
        for (double[] r : density) {
            for (double v : r) {
                max = Math.max(max, Math.abs(v));
            }
        }
        double floor = 1e-9 * max;
        for (double[] r : density) {
            for (int k = 0; k < r.length; k++) {
                if (r[k] < 0 && r[k] >= -floor) {
                    r[k] = 0;
                }
            }
        }
        TbaState[] s = new TbaState[density.length];
        IntStream.range(0, s.length).parallel().forEach(i -> s[i] = isEmpty(density[i]) ? null
                : TbaState.fromEvolvedDensity(space, density[i], floor));
        for (int i = 0; i < s.length; i++) {
            if (s[i] == null) {
                if (vacuum == null) {
                    vacuum = TbaState.fromFilling(space, new double[space.size()]);
                }
                s[i] = vacuum;
            }
        }
        return s;
    }

    private static boolean isEmpty(double[] r) {
        for (double v : r) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private void setStates(TbaState[] s) {
        states = s;
        velocity = new double[s.length][];
        IntStream.range(0, s.length).parallel().forEach(i -> velocity[i] = s[i] == vacuum
                ? null : s[i].effectiveVelocity());
        double[] empty = vacuum == null ? null : vacuum.effectiveVelocity();
        for (int i = 0; i < s.length; i++) {
            if (velocity[i] == null) {
                velocity[i] = empty;
            }
        }
    }

    private double step() {
        if (!Double.isNaN(fixedStep)) {
            return fixedStep;
        }
        double vmax = 0;
        for (double[] v : velocity) {
            for (double w : v) {
                vmax = Math.max(vmax, Math.abs(w));
            }
        }
        return vmax > 0 ? cfl * xg.weight(0) / vmax : Double.POSITIVE_INFINITY;
    }

    /**
     * The densities carried by {@code dt} in the velocities {@code v} (frozen over the step),
     * each mode's line by {@link MassRemap}: the foot of each face by the midpoint rule
     * ({@code midpoint}) or by Euler's. Modes in parallel.
     */
    private double[][] carry(double[][] v, double dt, boolean midpoint) {
        int nx = xg.size();
        double dx = xg.weight(0);
        double first = xg.node(0) - 0.5 * dx;
        double[][] out = new double[nx][space.size()];
        IntStream.range(0, space.size()).parallel().forEach(k -> {
            int a = space.species(k);
            double theta = space.theta(k);
            double[] line = new double[nx];
            boolean empty = true;
            for (int i = 0; i < nx; i++) {
                line[i] = rho[i][k];
                empty &= line[i] == 0;
            }
            if (empty) {
                return;
            }
            double[] feet = new double[nx + 1];
            for (int j = 0; j <= nx; j++) {
                double x = first + j * dx;
                double u = in.at(v, a, x, theta, false);
                if (midpoint) {
                    u = in.at(v, a, x - 0.5 * dt * u, theta, false);
                }
                feet[j] = x - dt * u;
            }
            double[] moved = MassRemap.carry(line, first, dx, feet);
            for (int i = 0; i < nx; i++) {
                out[i][k] = moved[i];
            }
        });
        return out;
    }
}
