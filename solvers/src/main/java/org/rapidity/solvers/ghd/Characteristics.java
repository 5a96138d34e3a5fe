package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The characteristics of Euler GHD, {@code ẋ = v^eff, θ̇ = F^eff}, on the solver's phase-space
 * grid: the feet of one time step (midpoint rule), the advection of the fillings along them
 * ({@code ∂_t n + v^eff ∂_x n + F^eff ∂_θ n = 0} carries {@code n} unchanged), and the CFL bound
 * on the step. Positions and rapidities in the model's units, as the fields.
 */
final class Characteristics {

    private Characteristics() {
    }

    /** A value per grid point {@code (x_i, θ_k)}, {@code a} the species of mode {@code k}. */
    @FunctionalInterface
    interface ModeValue {
        double at(int i, double x, int k, int a);
    }

    /** The values {@code out[i][k] = value(i, x_i, k, a_k)} on {@code nx × n} points, positions in parallel. */
    static double[][] onGrid(QuadratureGrid xg, ModeSpace modes, int nx, int n, ModeValue value) {
        double[][] out = new double[nx][];
        IntStream.range(0, nx).parallel().forEach(i -> {
            double x = xg.node(i);
            double[] o = new double[n];
            for (int k = 0; k < n; k++) {
                o[k] = value.at(i, x, k, modes.species(k));
            }
            out[i] = o;
        });
        return out;
    }

    /**
     * The midpoint-rule foot {@code (x*, θ*)} of a step {@code dt} arriving at {@code (x, θ)}
     * (mode {@code k} of species {@code a} at position {@code i}): the fields at the arrival point
     * give the midpoint, those interpolated there the foot; written to {@code foot[0..1]}.
     */
    static void midpointFoot(PhaseSpaceInterpolation in, double[][] v, double[][] force, int i,
            int k, int a, double x, double th, double dt, double[] foot) {
        double xm = x - 0.5 * dt * v[i][k];
        double tm = th - 0.5 * dt * force[i][k];
        foot[0] = x - dt * in.at(v, a, xm, tm, false);
        foot[1] = th - dt * in.at(force, a, xm, tm, false);
    }

    /**
     * The fillings at {@code t + dt} along the characteristics of the fields {@code v, F}: the
     * foot by the midpoint rule (first order: the fields at the arrival point), the filling there
     * by {@link PhaseSpaceInterpolation}. Positions in parallel.
     */
    static double[][] advect(PhaseSpaceInterpolation interpolation, QuadratureGrid xg,
            ModeSpace modes, double[][] f, double[][] v, double[][] force, double dt,
            boolean firstOrder) {
        return onGrid(xg, modes, f.length, f[0].length, (i, x, k, a) -> {
            double th = modes.theta(k);
            double xf;
            double tf;
            if (firstOrder) {
                xf = x - dt * v[i][k];
                tf = th - dt * force[i][k];
            } else {
                double[] foot = new double[2];
                midpointFoot(interpolation, v, force, i, k, a, x, th, dt, foot);
                xf = foot[0];
                tf = foot[1];
            }
            return interpolation.at(f, a, xf, tf, true);
        });
    }

    /**
     * The step the CFL condition allows in the fields {@code f}: {@code cfl · min(Δx/max|v|,
     * Δθ/max|F|)} with {@code Δθ} the smallest rapidity spacing; a fixed {@code dt} (not NaN)
     * overrides it, and where nothing moves the step is {@code endTime / 100}.
     */
    static double maxStep(LocalHydrodynamics.Fields f, double dx,
            PhaseSpaceInterpolation interpolation, double cfl, double dt, double endTime) {
        return maxStep(f, dx, interpolation, cfl, dt, endTime, false);
    }

    /**
     * {@link #maxStep}, with {@code Δθ} the first species' smallest spacing if {@code atomsOnly}:
     * the strings on their own, finer grids ({@link StringGrids}) step as they would on the
     * atoms' grid, their feet moving by up to {@code √n} of their own nodes in a step (measured:
     * half the CPU and a smaller drift than the finest spacing's steps, docs/experiment.md).
     */
    static double maxStep(LocalHydrodynamics.Fields f, double dx,
            PhaseSpaceInterpolation interpolation, double cfl, double dt, double endTime,
            boolean atomsOnly) {
        int species = atomsOnly ? 1 : interpolation.species();
        double vmax = 0;
        double fmax = 0;
        for (int i = 0; i < f.velocity().length; i++) {
            for (int k = 0; k < f.velocity()[i].length; k++) {
                vmax = Math.max(vmax, Math.abs(f.velocity()[i][k]));
                fmax = Math.max(fmax, Math.abs(f.force()[i][k]));
            }
        }
        double dtheta = Double.POSITIVE_INFINITY;
        for (int a = 0; a < species; a++) {
            double[] th = interpolation.nodes(a);
            for (int k = 1; k < th.length; k++) {
                dtheta = Math.min(dtheta, th[k] - th[k - 1]);
            }
        }
        double cflStep = cfl * Math.min(vmax > 0 ? dx / vmax : Double.POSITIVE_INFINITY,
                fmax > 0 ? dtheta / fmax : Double.POSITIVE_INFINITY);
        double step = Double.isNaN(dt) ? cflStep : dt;
        if (!Double.isFinite(step)) {
            step = endTime / 100; // nothing moves
        }
        return step;
    }
}
