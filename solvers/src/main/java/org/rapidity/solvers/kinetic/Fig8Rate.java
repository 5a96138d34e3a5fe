package org.rapidity.solvers.kinetic;

import org.rapidity.framework.observables.DistanceToGaussian;
import org.rapidity.framework.tba.ModeSpace;

/**
 * One Fig. 8 rate of the gBBGKY paper (§VI, (83)-(84)) outside the runner, for the bench: the
 * inter-tube Landau evolution of a state with the solver's defaults for the Fig. 8 descriptor
 * ({@code examples/dy-newtons-cradle.json}: ROS2, relative tolerance {@code tol}, absolute
 * {@code tol × max ρ}, N, P, E projected out of the Jacobian) to {@code end} in {@code outputs}
 * equal intervals, then the least-squares slope of {@code log DT} over the second half
 * ({@link DistanceToGaussian}, the same fit as {@code summary.json}'s
 * {@code thermalisation_time}). Returns {@code t_therm} in the model's time unit.
 */
final class Fig8Rate {

    private Fig8Rate() {
    }

    static double thermalisationTime(ModeSpace space, InterTubeCollisionIntegral integral,
            double[] rho0, double end, int outputs, double tol) {
        double max = 0;
        for (double r : rho0) {
            max = Math.max(max, Math.abs(r));
        }
        double[] weights = space.weights();
        Rosenbrock2 ros = Rosenbrock2.conserving(integral, space, tol, tol * max);
        double[] theta = new double[space.size()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = space.theta(i);
        }
        double[] times = new double[outputs + 1];
        double[][] dt = new double[1][outputs + 1];
        double[] rho = rho0.clone();
        double step = -1;
        dt[0][0] = DistanceToGaussian.distance(theta, weights, rho);
        for (int o = 1; o <= outputs; o++) {
            times[o] = end * o / outputs;
            Object[] r = ros.integrate(times[o - 1], rho, times[o],
                    step > 0 ? Math.min(step, times[o] - times[o - 1]) : -1, t -> { });
            rho = (double[]) r[0];
            step = (Double) r[1];
            dt[0][o] = DistanceToGaussian.distance(theta, weights, rho);
        }
        return new DistanceToGaussian().summarize(times, dt).get("thermalisation_time");
    }
}
