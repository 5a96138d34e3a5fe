package org.rapidity.framework.tba;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The {@code n}-point Gauss–Legendre rule on {@code [-1, 1]}, {@code ∫_{-1}^{1} f ≈ Σ_i w_i
 * f(x_i)}, exact for polynomials of degree {@code 2n - 1}: the nodes and weights of Commons
 * Math's {@code GaussIntegratorFactory.legendre(n)}, for the fixed inner quadratures of kernels
 * (a momentum-transfer integral, a panel of a Fourier transform). A rapidity grid uses
 * {@link QuadratureGrid#gaussLegendre} instead.
 */
public final class GaussLegendreRule {

    private GaussLegendreRule() {
    }

    /** The nodes {@code x_i}, ascending. */
    public static double[] nodes(int points) {
        return column(points, true);
    }

    /** The weights {@code w_i}, in the order of {@link #nodes}. */
    public static double[] weights(int points) {
        return column(points, false);
    }

    /** The nodes or the weights of the rule of {@code points} points. */
    private static double[] column(int points, boolean nodes) {
        GaussIntegrator g = rule(points);
        double[] out = new double[points];
        for (int i = 0; i < points; i++) {
            out[i] = nodes ? g.getPoint(i) : g.getWeight(i);
        }
        return out;
    }

    private static GaussIntegrator rule(int points) {
        return new GaussIntegratorFactory().legendre(points);
    }
}
