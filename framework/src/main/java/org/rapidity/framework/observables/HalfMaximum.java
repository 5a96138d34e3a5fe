package org.rapidity.framework.observables;

/**
 * The full width at half maximum of a sampled curve, as the strings paper quotes the widths of
 * its momentum distributions: the half maximum is found by linear interpolation between the
 * samples on either side of the peak. Shared by the one-tube {@code momentum-distribution}
 * observable and the tube-summed distribution of an ensemble, so that both take the same width.
 */
public final class HalfMaximum {

    private HalfMaximum() {
    }

    /**
     * @param x abscissae, increasing (any unit)
     * @param y the curve at {@code x}
     * @return the width in the unit of {@code x}; NaN when the curve has no positive maximum or
     *     the half maximum is not reached inside the window
     */
    public static double fullWidth(double[] x, double[] y) {
        int top = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[top]) {
                top = i;
            }
        }
        double half = 0.5 * y[top];
        if (!(half > 0)) {
            return Double.NaN;
        }
        int l = top;
        while (l > 0 && y[l - 1] >= half) {
            l--;
        }
        int r = top;
        while (r < y.length - 1 && y[r + 1] >= half) {
            r++;
        }
        if (l == 0 || r == y.length - 1) {
            return Double.NaN;
        }
        double left = x[l - 1] + (half - y[l - 1]) * (x[l] - x[l - 1]) / (y[l] - y[l - 1]);
        double right = x[r] + (half - y[r]) * (x[r + 1] - x[r]) / (y[r + 1] - y[r]);
        return right - left;
    }
}
