package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The Euler-GHD solution without force at any time {@code t}, directly, with no time steps:
 * the free coordinate of Doyon, Spohn and Yoshimura (Nucl. Phys. B 926, 570 (2018)), scheme
 * {@code free-coordinate}.
 *
 * <p>Derivation (for any model, any species {@code a}, scattering kernel {@code T_ab =
 * φ_ab/2π}). Without force {@code T} and the bare {@code p', E'} do not depend on
 * {@code (t, x)}, and the density of states {@code 2πρ^t = (p')^dr = p' + 2πTρ} is itself
 * conserved with current {@code (E')^dr = E' + 2πT(v^eff ρ) = v^eff (p')^dr}, because
 * {@code ρ} is ({@code ∂_tρ + ∂_x(v^eff ρ) = 0}). So the height
 * <pre>
 *   F(t, x, θ) = ∫_{x_0}^x dy (p')^dr(t, y, θ) - ∫_0^t ds (E')^dr(s, x_0, θ)
 * </pre>
 * has {@code ∂_xF = (p')^dr}, {@code ∂_tF = -v^eff (p')^dr}: {@code (∂_t + v^eff∂_x)F = 0},
 * it is constant along every characteristic (in it the quasiparticles move freely). With the
 * initial filling carried along the characteristic, {@code n(t, x, θ) = n_0(X_0, θ)} at the
 * foot {@code X_0} that solves
 * <pre>
 *   ∫_{x_0}^{X_0} dy (p')^dr(0, y, θ) = ∫_{x_0}^x dy (p')^dr(t, y, θ) - t (E')^dr(0, x_0, θ),
 * </pre>
 * (the left side {@code G_0(X_0, θ)}, the right side {@code G_t(x, θ)}), where the reference
 * {@code x_0} (the first cell) keeps its initial state (the box holds
 * everything that moves; checked). The right side depends on {@code n(t)}: a fixed point over
 * the whole profile at time {@code t}, solved by Anderson-accelerated iteration. Hard rods
 * ({@code p' = 1}, {@code 2πT = -a}): {@code (p')^dr = 1 - aρ̄} and both sides are the
 * contraction {@code x̂ = ∫(1 - aρ̄)} of the hard-rod map (Boldrighini, Dobrushin, Suhov), with
 * {@code x̂_t(x) = x̂_0(X_0) + t(E')^dr}: rods are free in {@code x̂}.
 *
 * <p>Discretisation: {@code (p')^dr(t)} is the dressing of each cell (the model's own);
 * {@code ∫dy} the trapezoidal rule between cell centres with its end correction (fourth order
 * where smooth; {@link #cumulative}). For a piecewise-homogeneous initial
 * state (a bipartition) the left side is exact (piecewise linear in {@code X_0}), {@code n_0}
 * is exact on each side, and a rapidity cell that a front crosses gets the exact fraction of
 * each side, located where the right side crosses {@code G_0} of the jump (smooth in
 * {@code θ}, unlike {@code X_0}: see {@link #pieceFillings}): the errors are second order in
 * both spacings however sharp the front. Otherwise the left side is the same rule on the
 * initial cells, inverted by cubic Hermite interpolation of its values and slopes (linearly
 * beyond the ends: open boundaries), and {@code n_0}
 * is interpolated at the foot ({@link CharacteristicFeet}). Positions: model length unit;
 * times: model time unit.
 */
final class FreeCoordinate {

    private static final double TOLERANCE = 1e-12;
    private static final int MAX_ITERATIONS = 400;
    private static final int HISTORY = 6;

    private final ModeSpace space;
    private final QuadratureGrid xg;
    private final PhaseSpaceInterpolation in;
    private final CharacteristicFeet feet;
    private final double[][] initial;
    /** {@code (E')^dr(0, x_0, θ)}. */
    private final double[] reference;
    /** Piecewise-homogeneous: the jumps, {@code (p')^dr} of each piece, {@code G_0} at jumps. */
    private final double[] jumps;
    private final double[][] pieceSlope;
    private final double[][] atJump;
    private final double[][] pieceFilling;
    /** Otherwise: {@code G_0(x_i, θ)} and {@code (p')^dr(0, x_i, θ)} on the grid. */
    private final double[][] g0;
    private final double[][] slope0;

    /** The solver of {@code problem} from the initial fillings {@code initial} on the grid. */
    FreeCoordinate(Problem problem, QuadratureGrid xg, PhaseSpaceInterpolation in,
            double[][] initial) {
        this.space = problem.space();
        this.xg = xg;
        this.in = in;
        int nx = initial.length;
        this.initial = new double[nx][];
        for (int i = 0; i < nx; i++) {
            this.initial[i] = initial[i].clone();
        }
        InhomogeneousState state = problem.initialProfile().orElse(null);
        TbaState left = TbaState.fromFilling(space, initial[0]);
        this.reference = left.dress(space.energyDerivative());
        int m = space.size();
        double x0 = xg.node(0);
        if (state != null && state.piecewiseHomogeneous() && state.jumps().length > 0) {
            jumps = state.jumps().clone();
            pieceSlope = new double[jumps.length + 1][];
            pieceFilling = new double[jumps.length + 1][];
            for (int p = 0; p <= jumps.length; p++) {
                double x = p == 0 ? jumps[0] - 1 : p == jumps.length ? jumps[p - 1] + 1
                        : 0.5 * (jumps[p - 1] + jumps[p]);
                pieceFilling[p] = state.filling(x).clone();
                pieceSlope[p] = slopes(TbaState.fromFilling(space, pieceFilling[p]));
            }
            atJump = new double[jumps.length][m];
            for (int q = 0; q < jumps.length; q++) {
                for (int k = 0; k < m; k++) {
                    atJump[q][k] = pieceIntegral(x0, jumps[q], k);
                }
            }
            g0 = null;
            slope0 = null;
            feet = null;
            for (int k = 0; k < m; k++) {
                for (int p = 0; p <= jumps.length; p++) {
                    checkSign(pieceSlope[0][k], pieceSlope[p][k], k);
                }
            }
        } else {
            jumps = null;
            pieceSlope = null;
            atJump = null;
            pieceFilling = null;
            slope0 = new double[nx][];
            IntStream.range(0, nx).parallel().forEach(i -> slope0[i] = slopes(
                    TbaState.fromFilling(space, initial[i])));
            g0 = cumulative(slope0);
            feet = CharacteristicFeet.of(this.initial);
            for (int k = 0; k < m; k++) {
                for (int i = 0; i < nx; i++) {
                    checkSign(slope0[0][k], slope0[i][k], k);
                }
            }
        }
    }

    /** The initial fillings on the grid (for checkpoints). */
    double[][] initial() {
        return initial;
    }

    /**
     * The fillings at time {@code t}: the fixed point {@code n = n_0(X_0[n])} of the equation
     * above, started from {@code guess} (e.g. the fillings of the previous output).
     */
    double[][] solve(double t, double[][] guess) {
        int nx = guess.length;
        int m = space.size();
        int size = nx * m;
        double[] x = flatten(guess);
        AndersonMixing mixing = new AndersonMixing(HISTORY);
        for (int iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
            double[] g = flatten(map(t, unflatten(x, nx, m)));
            double change = 0;
            for (int q = 0; q < size; q++) {
                change = Math.max(change, Math.abs(g[q] - x[q]));
            }
            if (change < TOLERANCE) {
                return unflatten(g, nx, m);
            }
            x = mixing.next(x, g);
            for (int q = 0; q < size; q++) {
                x[q] = Math.max(0, x[q]); // (classical fillings may exceed 1)
            }
        }
        throw new IllegalStateException("the free-coordinate fixed point did not settle at t = "
                + t + " in " + MAX_ITERATIONS + " iterations");
    }

    /** One application of the map {@code n ↦ n_0(X_0[n])} at time {@code t}. */
    double[][] map(double t, double[][] n) {
        int nx = n.length;
        int m = space.size();
        double[][] slope = new double[nx][];
        IntStream.range(0, nx).parallel().forEach(i -> slope[i] = slopes(
                TbaState.fromFilling(space, n[i])));
        double[][] gt = cumulative(slope);
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < m; k++) {
                gt[i][k] -= t * reference[k];
            }
        }
        if (jumps != null) {
            double[][] out = new double[nx][];
            IntStream.range(0, nx).parallel().forEach(i -> out[i] = pieceFillings(gt[i]));
            return out;
        }
        double[][] dx = new double[nx][m];
        IntStream.range(0, nx).parallel().forEach(i -> {
            for (int k = 0; k < m; k++) {
                dx[i][k] = foot(gt[i][k], k) - xg.node(i);
            }
        });
        return feet.fillingsAtFeet(dx, in, xg, space);
    }

    /**
     * The fillings of one position of a piecewise-homogeneous state from {@code G[k]}, the
     * right side of the foot's equation: the foot lies beyond jump {@code q} where
     * {@code d_q = ±(G - G_0(jump_q))} is positive (the sign of {@code (p')^dr}). A rapidity cell
     * (its halves up to the midpoints between nodes) gets the mean of {@code n_0} over it with
     * {@code d_q} linear between nodes. {@code d_q} is smooth in {@code θ} across the front,
     * where {@code X_0} has a kink ({@code (p')^dr(0)} jumps there), so the fraction of each
     * side is exact to {@code O(h²)}.
     */
    private double[] pieceFillings(double[] g) {
        int m = g.length;
        int nj = jumps.length;
        double[][] d = new double[m][nj];
        for (int k = 0; k < m; k++) {
            double sign = Math.signum(pieceSlope[0][k]);
            for (int q = 0; q < nj; q++) {
                d[k][q] = sign * (g[k] - atJump[q][k]);
            }
        }
        double[] out = new double[m];
        double[] mid = new double[nj];
        for (int k = 0; k < m; k++) {
            int a = space.species(k);
            double[] t = in.nodes(a);
            int j = k - in.offset(a);
            int mm = t.length;
            double hl = j > 0 ? 0.5 * (t[j] - t[j - 1]) : 0.5 * (t[1] - t[0]);
            double hr = j < mm - 1 ? 0.5 * (t[j + 1] - t[j]) : 0.5 * (t[mm - 1] - t[mm - 2]);
            double sum = 0;
            for (int side = -1; side <= 1; side += 2) {
                boolean inside = side < 0 ? j > 0 : j < mm - 1;
                for (int q = 0; q < nj; q++) {
                    mid[q] = inside ? 0.5 * (d[k][q] + d[k + side][q]) : d[k][q];
                }
                sum += (side < 0 ? hl : hr) * halfCell(d[k], mid, k);
            }
            out[k] = sum / (hl + hr);
        }
        return out;
    }

    /** The mean of {@code n_0} of mode {@code k} over a half cell, {@code d} linear from → to. */
    private double halfCell(double[] from, double[] to, int k) {
        int nj = from.length;
        double[] s = new double[nj + 2];
        int count = 0;
        s[count++] = 0;
        for (int q = 0; q < nj; q++) {
            if ((from[q] >= 0) != (to[q] >= 0)) {
                s[count++] = from[q] / (from[q] - to[q]);
            }
        }
        s[count++] = 1;
        java.util.Arrays.sort(s, 0, count);
        double mean = 0;
        for (int c = 1; c < count; c++) {
            double u = 0.5 * (s[c - 1] + s[c]);
            int piece = 0;
            for (int q = 0; q < nj; q++) {
                if (from[q] + u * (to[q] - from[q]) >= 0) {
                    piece++;
                }
            }
            mean += (s[c] - s[c - 1]) * pieceFilling[piece][k];
        }
        return mean;
    }

    /** {@code X_0} with {@code G_0(X_0, θ_k) = value} (initial state sampled on the grid). */
    private double foot(double value, int k) {
        int nx = g0.length;
        double sign = Math.signum(slope0[0][k]);
        double s = sign * value;
        if (s <= sign * g0[0][k]) {
            return xg.node(0) + (value - g0[0][k]) / slope0[0][k];
        }
        if (s >= sign * g0[nx - 1][k]) {
            return xg.node(nx - 1) + (value - g0[nx - 1][k]) / slope0[nx - 1][k];
        }
        int lo = 0;
        int hi = nx - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (sign * g0[mid][k] <= s) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // G_0 between the nodes: the cubic Hermite of its values and slopes (p')^dr (fourth
        // order; a linear one would bias every foot by h²G''/8), inverted by safeguarded Newton
        double h = xg.node(hi) - xg.node(lo);
        double ga = g0[lo][k];
        double gb = g0[hi][k];
        double sa = h * slope0[lo][k];
        double sb = h * slope0[hi][k];
        double a = 0;
        double b = 1;
        double u = (value - ga) / (gb - ga);
        for (int it = 0; it < 60; it++) {
            double u2 = u * u;
            double u3 = u2 * u;
            double f = (2 * u3 - 3 * u2 + 1) * ga + (u3 - 2 * u2 + u) * sa
                    + (-2 * u3 + 3 * u2) * gb + (u3 - u2) * sb - value;
            if (sign * f > 0) {
                b = u;
            } else {
                a = u;
            }
            double df = (6 * u2 - 6 * u) * ga + (3 * u2 - 4 * u + 1) * sa
                    + (-6 * u2 + 6 * u) * gb + (3 * u2 - 2 * u) * sb;
            double next = u - f / df;
            if (!(next > a && next < b)) {
                next = 0.5 * (a + b);
            }
            if (Math.abs(next - u) < 1e-15) {
                u = next;
                break;
            }
            u = next;
        }
        return xg.node(lo) + u * h;
    }

    /** {@code ∫_from^to dy (p')^dr(0, y, θ_k)} of the pieces. */
    private double pieceIntegral(double from, double to, int k) {
        double sign = 1;
        if (to < from) {
            double swap = from;
            from = to;
            to = swap;
            sign = -1;
        }
        double sum = 0;
        double at = from;
        for (int p = 0; p <= jumps.length && at < to; p++) {
            double end = p < jumps.length ? Math.min(jumps[p], to) : to;
            if (end > at) {
                sum += (end - at) * pieceSlope[p][k];
                at = end;
            }
        }
        return sign * sum;
    }

    /**
     * {@code ∫_{x_0}^{x_i} dy s(y)} by the trapezoidal rule on the cells with its end
     * correction {@code -h²(s'(x_i) - s'(x_0))/12} (Euler-Maclaurin; {@code s'} by central
     * differences, one-sided at the ends): fourth order where {@code s} is smooth.
     */
    private double[][] cumulative(double[][] s) {
        int nx = s.length;
        int m = s[0].length;
        double[][] g = new double[nx][m];
        for (int i = 1; i < nx; i++) {
            double h = xg.node(i) - xg.node(i - 1);
            for (int k = 0; k < m; k++) {
                g[i][k] = g[i - 1][k] + 0.5 * h * (s[i - 1][k] + s[i][k]);
            }
        }
        if (nx < 3) {
            return g;
        }
        double h = xg.node(1) - xg.node(0);
        for (int k = 0; k < m; k++) {
            double d0 = (s[1][k] - s[0][k]) / h;
            for (int i = 1; i < nx; i++) {
                double d = i < nx - 1 ? 0.5 * (s[i + 1][k] - s[i - 1][k]) / h
                        : (s[i][k] - s[i - 1][k]) / h;
                g[i][k] -= h * h / 12 * (d - d0);
            }
        }
        return g;
    }

    /** {@code (p')^dr = 2πρ^t}. */
    private static double[] slopes(TbaState s) {
        double[] r = s.totalDensity();
        for (int k = 0; k < r.length; k++) {
            r[k] *= 2 * Math.PI;
        }
        return r;
    }

    private void checkSign(double first, double here, int k) {
        if (!(first * here > 0)) {
            throw new InvalidInputException("solver.scheme", "'free-coordinate' needs a"
                    + " density of states of one sign in x for every mode; mode " + k + " (θ = "
                    + space.theta(k) + ") has (p')^dr = " + first + " and " + here
                    + " in the initial state; use 'filling'");
        }
    }

    /**
     * Checks that the reference cell kept its initial state (the premise of the reference
     * {@code x_0}); {@code fill} at time {@code t}.
     */
    void checkReference(double t, double[][] fill) {
        double worst = 0;
        for (int k = 0; k < fill[0].length; k++) {
            worst = Math.max(worst, Math.abs(fill[0][k] - initial[0][k]));
        }
        if (worst > 1e-6) {
            throw new InvalidInputException("solver.x_min", "by t = " + t + " the state at the"
                    + " left end of the box has changed (filling by " + worst + "), which"
                    + " scheme 'free-coordinate' takes as its reference; widen the box");
        }
    }

    private static double[] flatten(double[][] a) {
        return FieldArrays.flatten(a);
    }

    private static double[][] unflatten(double[] a, int nx, int m) {
        return FieldArrays.unflatten(a, nx, m);
    }
}
