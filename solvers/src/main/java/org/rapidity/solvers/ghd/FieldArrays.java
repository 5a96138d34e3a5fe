package org.rapidity.solvers.ghd;

import org.rapidity.framework.param.InvalidInputException;

/**
 * Arrays of fields per position cell ({@code [x][mode]}): the linear extrapolation of the
 * midpoint rule, and the flat layout checkpoints store them in.
 */
final class FieldArrays {

    private FieldArrays() {
    }

    /** {@code now + r (now − before)}, cell by cell. */
    static double[][] extrapolate(double[][] now, double[][] before, double r) {
        double[][] out = new double[now.length][];
        for (int i = 0; i < now.length; i++) {
            double[] a = now[i];
            double[] b = before[i];
            double[] o = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                o[k] = a[k] + r * (a[k] - b[k]);
            }
            out[i] = o;
        }
        return out;
    }

    static double[] flatten(double[][] a) {
        int n = a[0].length;
        double[] out = new double[a.length * n];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, out, i * n, n);
        }
        return out;
    }

    static double[][] unflatten(double[] a, int rows, int cols) {
        if (a.length != rows * cols) {
            throw new IllegalStateException("checkpoint array of " + a.length + " values does"
                    + " not fit " + rows + " × " + cols);
        }
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /** Refuses fillings that are not finite (at {@code t}), naming the time step. */
    static void checkFinite(double[][] fill, double t) {
        for (double[] row : fill) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException("solver.dt", "the evolution produced a"
                            + " non-finite filling at t = " + t + "; reduce dt or cfl");
                }
            }
        }
    }
}
