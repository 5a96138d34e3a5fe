package org.rapidity.solvers.md;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The rapidity grid of a problem seen as cells: cell {@code i} is {@code [b_i, b_{i+1})} with
 * {@code b_0 = θ_min} and width equal to the quadrature weight {@code w_i}, so that it contains
 * node {@code θ_i} (true for the midpoint rule, and for Gauss–Legendre by the
 * Chebyshev–Markov–Stieltjes separation theorem; checked). Velocities are drawn from the
 * piecewise-constant density that equals {@code ρ(θ_i)} on cell {@code i}, and histograms are
 * counts per cell: then the histogram of the initial sample is an unbiased estimate of the
 * nodal values {@code ρ(θ_i)}, and every quadrature observable (kurtosis, kinetic energy) of the
 * ensemble-mean histogram compares one-to-one with a kinetic solver on the same grid.
 */
final class VelocityCells {

    private final double[] bounds;
    private final double[] cumulative;

    VelocityCells(ModeSpace space, double[] rho) {
        int m = space.size();
        bounds = new double[m + 1];
        bounds[0] = space.grid(0).min();
        for (int i = 0; i < m; i++) {
            bounds[i + 1] = bounds[i] + space.weight(i);
            double t = space.theta(i);
            double tol = 1e-9 * (Math.abs(bounds[i]) + Math.abs(bounds[i + 1]) + 1);
            if (t < bounds[i] - tol || t > bounds[i + 1] + tol) {
                throw new InvalidInputException("grid.quadrature", "the md solver bins"
                        + " velocities in cells whose widths are the quadrature weights, and node "
                        + t + " falls outside its cell [" + bounds[i] + ", " + bounds[i + 1]
                        + "]; use a uniform or gauss-legendre grid");
            }
        }
        bounds[m] = space.grid(0).max();
        cumulative = new double[m];
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += space.weight(i) * Math.max(rho[i], 0);
            cumulative[i] = s;
        }
        if (!(s > 0)) {
            throw new InvalidInputException("state", "the initial density is zero on the grid");
        }
        for (int i = 0; i < m; i++) {
            cumulative[i] /= s;
        }
        cumulative[m - 1] = 1;
    }

    /** Number of cells. */
    int size() {
        return cumulative.length;
    }

    /** Cell boundaries {@code b_0 … b_m} (copy). */
    double[] bounds() {
        return bounds.clone();
    }

    /** A velocity from the piecewise-constant density (two uniform draws). */
    double sample(SplittableRandom random) {
        double u = random.nextDouble();
        // the first cell whose cumulative probability exceeds u (it has positive mass)
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int i = lo;
        return bounds[i] + (bounds[i + 1] - bounds[i]) * random.nextDouble();
    }

    /** The cell of a velocity, or -1 outside the grid. */
    int cell(double v) {
        if (!(v >= bounds[0]) || !(v < bounds[bounds.length - 1])) {
            return -1;
        }
        int i = Arrays.binarySearch(bounds, v);
        i = i >= 0 ? i : -i - 2;
        return Math.min(i, cumulative.length - 1);
    }
}
