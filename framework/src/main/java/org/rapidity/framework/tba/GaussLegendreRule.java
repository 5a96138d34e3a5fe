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
        GaussIntegrator g = rule(points);
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = g.getPoint(i);
        }
        return x;
    }

    /** The weights {@code w_i}, in the order of {@link #nodes}. */
    public static double[] weights(int points) {
        GaussIntegrator g = rule(points);
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            w[i] = g.getWeight(i);
        }
        return w;
    }

    private static GaussIntegrator rule(int points) {
        return new GaussIntegratorFactory().legendre(points);
    }
}
