package org.rapidity.solvers.ghd;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Sharp fronts without numerical diffusion: instead of the filling, which jumps, the solver
 * carries the foot of each characteristic, the Lagrangian labels {@code (X_0, Θ_0)(t, x, θ)}
 * (the point at {@code t = 0} that flows to {@code (x, θ)}), and evaluates the initial filling
 * there exactly,
 * <pre>
 *   n(t, x, θ) = n_0(X_0(t, x, θ), Θ_0(t, x, θ)),
 * </pre>
 * since Euler GHD {@code ∂_t n + v^eff ∂_x n + F^eff ∂_θ n = 0} carries {@code n} unchanged
 * along {@code ẋ = v^eff, θ̇ = F^eff}. The labels obey the same equation and are continuous even
 * where {@code n} is not; they are stored as displacements {@code X_0 - x}, {@code Θ_0 - θ}
 * (constant beyond an open end for a reservoir's flow) and advanced with the solver's
 * second-order midpoint feet and unlimited cubic interpolation (no limiter: nothing jumps).
 *
 * <p>For a piecewise-homogeneous initial state (a bipartition, {@link
 * InhomogeneousState#piecewiseHomogeneous()}) {@code n_0} is exact on each side, and a rapidity
 * cell that a front crosses gets the average of {@code n_0} over the cell: with {@code X_0}
 * linear in {@code θ} between nodes, the fraction of the cell on each side of the jump is
 * exact to {@code O(h²)}, so every quadrature {@code Σ_k w_k f(θ_k) n_k} the dressing makes is
 * second order instead of first. Otherwise {@code n_0} is interpolated (cubic, limited) from
 * the initial fillings sampled on the solver's grid, at the foot.
 */
final class CharacteristicFeet {

    private final double[] jumps;
    /** The fillings of the pieces between jumps (piecewise homogeneous), else null. */
    private final double[][] pieces;
    /** The initial fillings on the grid (when not piecewise homogeneous), else null. */
    private final double[][] table;
    private double[][] dx;
    private double[][] dtheta;

    private CharacteristicFeet(double[] jumps, double[][] pieces, double[][] table,
            double[][] dx, double[][] dtheta) {
        this.jumps = jumps;
        this.pieces = pieces;
        this.table = table;
        this.dx = dx;
        this.dtheta = dtheta;
    }

    /**
     * Feet at {@code t = 0} for a problem: exact pieces for a piecewise-homogeneous state with
     * jumps, else the initial fillings {@code initial} on the grid.
     */
    static CharacteristicFeet of(Problem problem, double[][] initial) {
        InhomogeneousState state = problem.initialProfile().orElse(null);
        return state != null && state.piecewiseHomogeneous() && state.jumps().length > 0
                ? of(state, initial.length) : of(initial);
    }

    /** Feet at {@code t = 0} ({@code X_0 = x}, {@code Θ_0 = θ}) of a piecewise-homogeneous state. */
    static CharacteristicFeet of(InhomogeneousState state, int nx) {
        double[] j = state.jumps().clone();
        double[][] p = new double[j.length + 1][];
        for (int q = 0; q <= j.length; q++) {
            double x = q == 0 ? j[0] - 1 : q == j.length ? j[q - 1] + 1
                    : 0.5 * (j[q - 1] + j[q]);
            p[q] = state.filling(x).clone();
        }
        int n = p[0].length;
        return new CharacteristicFeet(j, p, null, new double[nx][n], new double[nx][n]);
    }

    /** Feet at {@code t = 0} of initial fillings sampled on the grid. */
    static CharacteristicFeet of(double[][] initial) {
        int nx = initial.length;
        int n = initial[0].length;
        double[][] t = new double[nx][];
        for (int i = 0; i < nx; i++) {
            t[i] = initial[i].clone();
        }
        return new CharacteristicFeet(new double[0], null, t, new double[nx][n],
                new double[nx][n]);
    }

    /** Feet restored from {@link #save}; {@code state} as at the start. */
    static CharacteristicFeet restore(InhomogeneousState state, double[][] table, double[][] dx,
            double[][] dtheta) {
        CharacteristicFeet f = state != null && state.piecewiseHomogeneous()
                && state.jumps().length > 0 ? of(state, dx.length) : of(table);
        f.dx = dx;
        f.dtheta = dtheta;
        return f;
    }

    /** The displacements {@code X_0 - x} (for checkpoints). */
    double[][] positionDisplacement() {
        return dx;
    }

    /** The displacements {@code Θ_0 - θ} (for checkpoints). */
    double[][] rapidityDisplacement() {
        return dtheta;
    }

    /** The sampled initial fillings, or null for a piecewise-homogeneous state. */
    double[][] table() {
        return table;
    }

    /**
     * Moves the feet by one step {@code dt} in the fields {@code v, F} at {@code t + dt/2}:
     * {@code (X_0, Θ_0)(t + dt, x, θ) = (X_0, Θ_0)(t, x*, θ*)} at the midpoint-rule foot
     * {@code (x*, θ*)} of the step, and returns the fillings there.
     */
    double[][] advance(PhaseSpaceInterpolation in, QuadratureGrid xg, ModeSpace modes,
            double[][] v, double[][] force, double dt) {
        int nx = dx.length;
        int n = dx[0].length;
        double[][] nx0 = new double[nx][];
        double[][] nt0 = new double[nx][];
        double[][] oldX = dx;
        double[][] oldT = dtheta;
        IntStream.range(0, nx).parallel().forEach(i -> {
            double x = xg.node(i);
            double[] ox = new double[n];
            double[] ot = new double[n];
            double[] foot = new double[2];
            for (int k = 0; k < n; k++) {
                int a = modes.species(k);
                double th = modes.theta(k);
                Characteristics.midpointFoot(in, v, force, i, k, a, x, th, dt, foot);
                double xf = foot[0];
                double tf = foot[1];
                ox[k] = (xf - x) + in.at(oldX, a, xf, tf, false);
                ot[k] = (tf - th) + in.at(oldT, a, xf, tf, false);
            }
            nx0[i] = ox;
            nt0[i] = ot;
        });
        dx = nx0;
        dtheta = nt0;
        return fillings(in, xg, modes);
    }

    /**
     * The fillings {@code n_0(X_0, θ)} at feet {@code X_0 = x + displacement} with
     * {@code Θ_0 = θ} (no force; {@link FreeCoordinate}); the feet are kept.
     */
    double[][] fillingsAtFeet(double[][] positionDisplacement, PhaseSpaceInterpolation in,
            QuadratureGrid xg, ModeSpace modes) {
        dx = positionDisplacement;
        return fillings(in, xg, modes);
    }

    /** The fillings {@code n_0(X_0, Θ_0)} on the grid (cell averages across a front). */
    double[][] fillings(PhaseSpaceInterpolation in, QuadratureGrid xg, ModeSpace modes) {
        return Characteristics.onGrid(xg, modes, dx.length, dx[0].length, (i, x, k, a) ->
                pieces == null
                        ? in.at(table, a, x + dx[i][k], modes.theta(k) + dtheta[i][k], true)
                        : cellAverage(in, modes, i, k, a, x));
    }

    /**
     * The average of {@code n_0(X_0(θ), Θ_0)} over the rapidity cell of mode {@code k} (its
     * halves up to the midpoints between nodes), {@code X_0} linear between nodes.
     */
    private double cellAverage(PhaseSpaceInterpolation in, ModeSpace modes, int i, int k, int a,
            double x) {
        double[] t = in.nodes(a);
        int j = k - in.offset(a);
        int m = t.length;
        double here = x + dx[i][k];
        double lo = j > 0 ? x + 0.5 * (dx[i][k] + dx[i][k - 1]) : here;
        double hi = j < m - 1 ? x + 0.5 * (dx[i][k] + dx[i][k + 1]) : here;
        double min = Math.min(here, Math.min(lo, hi));
        double max = Math.max(here, Math.max(lo, hi));
        int p0 = piece(here);
        if (piece(min) == p0 && piece(max) == p0 && !onJump(min) && !onJump(max)) {
            return value(in, p0, i, k, a);
        }
        double hl = j > 0 ? 0.5 * (t[j] - t[j - 1]) : 0.5 * (t[1] - t[0]);
        double hr = j < m - 1 ? 0.5 * (t[j + 1] - t[j]) : 0.5 * (t[m - 1] - t[m - 2]);
        double sum = hl * halfCell(in, i, k, a, here, lo) + hr * halfCell(in, i, k, a, here, hi);
        return sum / (hl + hr);
    }

    /** The mean of {@code n_0} over a half cell where {@code X_0} runs linearly from → to. */
    private double halfCell(PhaseSpaceInterpolation in, int i, int k, int a, double from,
            double to) {
        if (from == to) {
            return value(in, piece(from), i, k, a);
        }
        double[] s = new double[jumps.length + 2];
        int count = 0;
        s[count++] = 0;
        for (double jump : jumps) {
            double f = (jump - from) / (to - from);
            if (f > 0 && f < 1) {
                s[count++] = f;
            }
        }
        s[count++] = 1;
        Arrays.sort(s, 0, count);
        double mean = 0;
        for (int q = 1; q < count; q++) {
            double mid = from + 0.5 * (s[q - 1] + s[q]) * (to - from);
            mean += (s[q] - s[q - 1]) * value(in, piece(mid), i, k, a);
        }
        return mean;
    }

    /** {@code n_0} of piece {@code p} at {@code Θ_0} of mode k (exact at a node). */
    private double value(PhaseSpaceInterpolation in, int p, int i, int k, int a) {
        double shift = dtheta[i][k];
        if (shift == 0) {
            return pieces[p][k];
        }
        return RapidityInterpolation.filling(pieces[p], in.offset(a), in.nodes(a),
                in.nodes(a)[k - in.offset(a)] + shift);
    }

    /** The piece holding {@code x}: the number of jumps at or left of it. */
    private int piece(double x) {
        int p = 0;
        while (p < jumps.length && jumps[p] <= x) {
            p++;
        }
        return p;
    }

    private boolean onJump(double x) {
        for (double jump : jumps) {
            if (jump == x) {
                return true;
            }
        }
        return false;
    }
}
