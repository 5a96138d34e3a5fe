package org.rapidity.solvers.ghd;

import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.spi.Problem;

/**
 * The fillings {@code n(x_i, θ)} a {@code ghd} run starts from, on its cells: the problem's
 * position-dependent state ({@link Problem#initialProfile()}: a bipartition, a thermal profile,
 * a table) sampled at the cell centres; else, in an external potential, the local-density
 * approximation of the problem's thermal state ({@link LocalDensityApproximation}, unchanged);
 * else the problem's homogeneous state everywhere.
 */
final class InitialFillings {

    private InitialFillings() {
    }

    static double[][] of(GhdSolver.Settings s, Problem problem) {
        int nx = s.positions().size();
        if (problem.initialProfile().isPresent()) {
            InhomogeneousState profile = problem.initialProfile().get();
            return profile.fillings(s.positions().nodes());
        }
        if (s.trapped()) {
            return LocalDensityApproximation.fillings(problem.initialState(),
                    s.initialPotential(), s.positions().weights(), s.atoms(), "solver.atoms");
        }
        double[][] fill = new double[nx][];
        double[] f = problem.initialState().filling();
        for (int i = 0; i < nx; i++) {
            fill[i] = f.clone();
        }
        return fill;
    }
}
