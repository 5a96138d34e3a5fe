package org.rapidity.solvers.kinetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ROS2 on problems with known solutions: order, stiffness, linear invariants. */
class Rosenbrock2Test {

    /** Stiff linear diffusion on a ring (rates up to 4e4) plus a slow nonlinear source. */
    static double[] rhs(double[] y) {
        int n = y.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = 1e4 * (y[(i + 1) % n] - 2 * y[i] + y[(i + n - 1) % n]);
        }
        return d;
    }

    @Test
    void stiffDiffusionConservesTheTotalAndRelaxesAtTheExactRate() {
        int n = 16;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1 + Math.cos(2 * Math.PI * i / n) + 0.3 * Math.sin(6 * Math.PI * i / n);
        }
        Rosenbrock2 ros = new Rosenbrock2(Rosenbrock2Test::rhs, n, 1e-8, 1e-10);
        double t1 = 1e-4;
        double[] out = (double[]) ros.integrate(0, y, t1, -1, t -> { })[0];
        double sum0 = 0;
        double sum1 = 0;
        for (int i = 0; i < n; i++) {
            sum0 += y[i];
            sum1 += out[i];
        }
        assertEquals(sum0, sum1, 1e-12 * sum0, "linear invariant");
        // exact: mode k decays as exp(-1e4 · 4 sin²(πk/n) t)
        double l1 = 1e4 * 4 * Math.pow(Math.sin(Math.PI / n), 2);
        double l3 = 1e4 * 4 * Math.pow(Math.sin(3 * Math.PI / n), 2);
        for (int i = 0; i < n; i++) {
            double exact = 1 + Math.exp(-l1 * t1) * Math.cos(2 * Math.PI * i / n)
                    + 0.3 * Math.exp(-l3 * t1) * Math.sin(6 * Math.PI * i / n);
            assertEquals(exact, out[i], 1e-6);
        }
        // once the fast modes have decayed, steps are set by accuracy, not stability: an
        // explicit method would need h·λ_max < 3.3; seen: last step h·λ_max ~ 1e5
        Rosenbrock2 longRun = new Rosenbrock2(Rosenbrock2Test::rhs, n, 1e-6, 1e-8);
        Object[] result = longRun.integrate(0, y, 10, -1, t -> { });
        double lambdaMax = 4e4;
        double lastStep = (Double) result[1];
        assertTrue(lastStep * lambdaMax > 1e3, "last step h·λ_max = " + lastStep * lambdaMax);
    }

    @Test
    void isSecondOrder() {
        // y' = -y², y(0) = 1: y = 1/(1 + t); error of fixed tolerance runs scales as tol
        double[] errors = new double[3];
        double[] tols = {1e-4, 1e-6, 1e-8};
        for (int r = 0; r < 3; r++) {
            Rosenbrock2 ros = new Rosenbrock2(y -> new double[] {-y[0] * y[0]}, 1, tols[r],
                    tols[r]);
            double[] out = (double[]) ros.integrate(0, new double[] {1}, 10, -1, t -> { })[0];
            errors[r] = Math.abs(out[0] - 1 / 11.0);
        }
        assertTrue(errors[2] < errors[1] && errors[1] < errors[0], java.util.Arrays.toString(
                errors));
        assertTrue(errors[2] < 1e-6, "error at tol 1e-8: " + errors[2]);
    }
}
