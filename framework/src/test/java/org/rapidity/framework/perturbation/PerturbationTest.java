package org.rapidity.framework.perturbation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;

/**
 * Long-range perturbations: the power-law transform against direct quadrature and its small- and
 * large-k asymptotics; the momentum-transfer integrals in real space against k-space quadrature
 * and closed forms.
 */
class PerturbationTest {

    static final PowerLawPerturbation POWER = new PowerLawPerturbation(1, 1, Parameters.empty());

    /** ∫_0^X du cos(qu) f(u) by Gauss–Legendre panels that resolve the oscillation. */
    static double cosineTransformDirect(double q, java.util.function.DoubleUnaryOperator f,
            double upper) {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(20, 0, 1);
        double width = Math.min(0.5, 1 / Math.max(q, 1e-9));
        double sum = 0;
        for (double a = 0; a < upper; a += width) {
            double b = Math.min(upper, a + width);
            for (int i = 0; i < g.getNumberOfPoints(); i++) {
                double u = a + (b - a) * g.getPoint(i);
                sum += (b - a) * g.getWeight(i) * Math.cos(q * u) * f.applyAsDouble(u);
            }
        }
        return sum;
    }

    @Test
    void powerLawTransformMatchesDirectQuadrature() {
        for (double q : new double[] {0.05, 0.3, 1, 2.5, 6, 15}) {
            // 2∫_0^X cos(qu)/(1+u³) du + 2∫_X^∞ cos(qu)/u³ (the tail, to O(X^-6))
            double upper = 3000;
            double direct = 2 * cosineTransformDirect(q, u -> 1 / (1 + u * u * u), upper);
            double tail = 2 * (-Math.sin(q * upper) / (q * Math.pow(upper, 3)));
            assertEquals(direct + tail, POWER.profileFourierTransform(q), 2e-9,
                    "φ̂(" + q + ")");
        }
    }

    @Test
    void powerLawTransformAtZeroAndSmallMomentum() {
        assertEquals(4 * Math.PI / (3 * Math.sqrt(3)), POWER.profileFourierTransform(1e-300),
                1e-14);
        // the 1/|u|³ tail gives φ̂(q) = φ̂(0) + q² ln q + O(q²): F(q) = (φ̂(q) - φ̂(0))/q²
        // changes by ln(q1/q2) between q2 and q1.
        double q1 = 1e-3;
        double q2 = 1e-4;
        double f1 = (POWER.profileFourierTransform(q1) - PowerLawPerturbation.PROFILE_INTEGRAL)
                / (q1 * q1);
        double f2 = (POWER.profileFourierTransform(q2) - PowerLawPerturbation.PROFILE_INTEGRAL)
                / (q2 * q2);
        assertEquals(Math.log(q1 / q2), f1 - f2, 2e-4);
    }

    @Test
    void powerLawTransformAtLargeMomentum() {
        // the kink -|u|³ of φ at 0 gives -12/q⁴, the term -|u|⁹ gives +2·9!/q^10
        for (double q : new double[] {40, 60, 100}) {
            double asymptotic = -12 / Math.pow(q, 4) + 725760 / Math.pow(q, 10);
            assertEquals(asymptotic, POWER.profileFourierTransform(q),
                    1e-7 * Math.abs(asymptotic), "q = " + q);
        }
    }

    @Test
    void scaledPotentialAndTransform() {
        PowerLawPerturbation v = new PowerLawPerturbation(2, 20, Parameters.empty());
        assertEquals(2.0 / 20 / (1 + 0.125), v.potential(10), 1e-15);
        double h = 1e-5;
        assertEquals((v.potential(13 + h) - v.potential(13 - h)) / (2 * h),
                v.potentialDerivative(13), 1e-10);
        assertEquals(2 * POWER.profileFourierTransform(0.1 * 20), v.fourierTransform(0.1),
                1e-15);
    }

    @Test
    void gaussianMomentumTransferIntegralsMatchTheClosedForm() {
        double v0 = 1.7;
        double xi = 3;
        MomentumTransferIntegrals m = MomentumTransferIntegrals.of(
                new GaussianPerturbation(v0, xi, Parameters.empty()));
        for (double s : new double[] {0, 0.013, 0.37, 0.9, 1, 2.2, 17}) {
            // ∫dk k² π e^{-(kξ)²/4} e^{-(skξ)²/4} V0² = 4π^{3/2} V0² / (ξ³ (1+s²)^{3/2})
            double exact = 4 * Math.pow(Math.PI, 1.5) * v0 * v0 / (xi * xi * xi
                    * Math.pow(1 + s * s, 1.5));
            assertEquals(exact, m.g(s), 1e-12 * exact, "G(" + s + ")");
        }
    }

    @Test
    void powerLawMomentumTransferIntegralsAgreeInRealAndFourierSpace() {
        MomentumTransferIntegrals m = MomentumTransferIntegrals.of(POWER);
        for (double s : new double[] {0.05, 0.3, 0.77, 1}) {
            // k-space: 2∫_0^K dk k² φ̂(k) φ̂(sk), φ̂ ~ -12/k⁴ so the tail is O(K^-5)
            GaussIntegrator g = new GaussIntegratorFactory().legendre(30, 0, 1);
            double sum = 0;
            double upper = 400;
            for (double a = 0; a < upper; a += 0.5) {
                for (int i = 0; i < g.getNumberOfPoints(); i++) {
                    double k = a + 0.5 * g.getPoint(i);
                    sum += 0.5 * g.getWeight(i) * k * k * POWER.profileFourierTransform(k)
                            * POWER.profileFourierTransform(s * k);
                }
            }
            // tail k > K: φ̂(k) = -12/k⁴ + O(k^-10), so 2∫_K^∞ k² φ̂(k) φ̂(sk) dk
            //   = -24 s ∫_{sK}^∞ φ̂(u)/u² du, by quadrature and the asymptote beyond U
            double tail = 0;
            double lo = s * upper;
            double hi = Math.max(4 * lo, 200);
            for (double a = lo; a < hi; a += 0.25) {
                for (int i = 0; i < g.getNumberOfPoints(); i++) {
                    double u = a + 0.25 * g.getPoint(i);
                    tail += 0.25 * g.getWeight(i) * POWER.profileFourierTransform(u) / (u * u);
                }
            }
            tail = -24 * s * (tail - 12 / (5 * Math.pow(hi, 5)));
            double fourier = 2 * sum + tail;
            assertEquals(fourier, m.g(s), 1e-9 * Math.abs(m.k0()), "G(" + s + ")");
        }
    }

    @Test
    void inversionScalingAndInterpolation() {
        MomentumTransferIntegrals m = MomentumTransferIntegrals.of(POWER);
        for (double s : new double[] {0.1, 0.5, 0.9}) {
            assertEquals(Math.pow(s, 3) * m.direct(s), m.direct(1 / s),
                    1e-12 * Math.abs(m.direct(s)), "G(1/s) = s³ G(s)");
        }
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 50; i++) {
            double s = r.nextDouble();
            assertEquals(m.direct(s), m.g(s), 1e-10 * m.k0(), "interpolated G(" + s + ")");
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            assertEquals(m.h(a, b), m.h(b, a), 1e-14 * Math.abs(m.h(a, b)), "H symmetric");
            assertEquals(a * a * m.g(a / b) / Math.abs(b), m.h(a, b),
                    1e-12 * Math.abs(m.h(a, b)));
        }
        assertEquals(0, m.h(0, 1.3));
        assertEquals(0, m.h(1.3, 0));
        // exact V0²/ξ³ scaling
        MomentumTransferIntegrals scaled = MomentumTransferIntegrals.of(
                new PowerLawPerturbation(3, 7, Parameters.empty()));
        assertEquals(9.0 / 343 * m.k0(), scaled.k0(), 1e-14 * scaled.k0());
        assertTrue(m.k0() > 0);
    }
}
