package org.rapidity.models.multitube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.rapidity.solvers.kinetic.InterTubeCollisionIntegral;

/**
 * The dipolar potentials of the gBBGKY paper §VI against independent facts: the closed-form
 * transforms against direct quadrature, the lattice sum of {@code V̂^{ij}(0)}, the magic angle,
 * Parseval, tabulated special functions.
 */
class DipolarPotentialsTest {

    private static final double[] GL;
    private static final double[] GLW;

    static {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(16);
        GL = new double[16];
        GLW = new double[16];
        for (int i = 0; i < 16; i++) {
            GL[i] = g.getPoint(i);
            GLW[i] = g.getWeight(i);
        }
    }

    /** ∫_{-X}^{X} f by 16-point Gauss-Legendre panels of width w. */
    static double panels(DoubleUnaryOperator f, double x, double w) {
        int count = (int) Math.ceil(2 * x / w);
        double step = 2 * x / count;
        double sum = 0;
        for (int m = 0; m < count; m++) {
            double a = -x + m * step;
            double mid = a + 0.5 * step;
            double s = 0;
            for (int g = 0; g < 16; g++) {
                s += GLW[g] * f.applyAsDouble(mid + 0.5 * step * GL[g]);
            }
            sum += 0.5 * step * s;
        }
        return sum;
    }

    @Test
    void besselFunctionsMatchTablesAndTheRecurrence() {
        // DLMF / Abramowitz-Stegun table 9.8: K0(1), K1(1), K2(1), K1(0.1), K1(5)
        assertEquals(0.42102443824070834, ModifiedBessel.k0(1), 1e-15);
        assertEquals(0.6019072301972346, ModifiedBessel.k1k2(1)[0], 1e-15);
        assertEquals(1.6248388986351774, ModifiedBessel.k1k2(1)[1], 1e-14);
        assertEquals(9.853844780870606, ModifiedBessel.k1k2(0.1)[0], 1e-13);
        assertEquals(0.004044613445452164, ModifiedBessel.k1k2(5)[0], 1e-17);
        for (double z : new double[] {1e-3, 0.03, 0.7, 3, 20, 200}) {
            double[] k = ModifiedBessel.k1k2(z);
            // K_2 = K_0 + (2/z) K_1
            assertEquals(1, k[1] / (ModifiedBessel.k0(z) + 2 / z * k[0]), 1e-14, "z = " + z);
        }
    }

    @Test
    void interTubeTransformEqualsDirectQuadratureTo1e8() {
        double a = 0.37;
        double c = 2.3;
        int[][] tubes = {{1, 0}, {0, 1}, {1, 2}, {-2, -1}, {2, 2}, {0, -2}};
        double[] angles = {0, 20, 45, 54.7356, 75, 90};
        double[] kas = {0, 0.05, 0.4, 1.3, 4};
        int checked = 0;
        for (int[] t : tubes) {
            for (double deg : angles) {
                InterTubeDipolarPotential v =
                        new InterTubeDipolarPotential(t[0], t[1], Math.toRadians(deg), c, a);
                double rho = v.range();
                double scale = c / (rho * rho);
                for (double ka : kas) {
                    double k = ka / a;
                    double w = k == 0 ? rho / 2 : Math.min(rho / 2, Math.PI / (2 * k));
                    double x = 4000 * rho;
                    double re = panels(y -> v.potential(y) * Math.cos(k * y), x, w);
                    double im = panels(y -> v.potential(y) * Math.sin(k * y), x, w);
                    if (k == 0) {
                        // tail of the even leading term C(1 - 3cos²θ)/|x|³ beyond ±X
                        double cs = Math.cos(Math.toRadians(deg));
                        re += c * (1 - 3 * cs * cs) / (x * x);
                    }
                    String at = "(i,j) = (" + t[0] + "," + t[1] + "), θ = " + deg + "°, ka = "
                            + ka;
                    assertEquals(re / scale, v.fourierTransform(k) / scale, 1e-8, "Re " + at);
                    assertEquals(im / scale, v.fourierTransformImaginary(k) / scale, 1e-8,
                            "Im " + at);
                    assertEquals(v.fourierTransform(k), v.fourierTransform(-k), 0);
                    assertEquals(-v.fourierTransformImaginary(k), v.fourierTransformImaginary(-k),
                            0);
                    checked++;
                }
                assertEquals(v.transformAtZero(), v.fourierTransform(0), 1e-14 * scale);
            }
        }
        assertEquals(180, checked);
    }

    @Test
    void transformIsComplexExactlyForTiltedFieldsOutOfTheTubePlane() {
        double a = 1;
        // j ≠ 0 and 0 < θ < 90°: not even, Im V̂ ≠ 0; j = 0, or θ = 0 or 90°: even
        assertTrue(Math.abs(new InterTubeDipolarPotential(1, 1, Math.toRadians(30), 1, a)
                .fourierTransformImaginary(1)) > 1e-2);
        assertEquals(0, new InterTubeDipolarPotential(1, 0, Math.toRadians(30), 1, a)
                .fourierTransformImaginary(1), 0);
        assertEquals(0, new InterTubeDipolarPotential(1, 1, Math.toRadians(90), 1, a)
                .fourierTransformImaginary(1), 1e-16);
        InterTubeDipolarPotential odd = new InterTubeDipolarPotential(0, 1, Math.toRadians(30),
                1, a);
        assertTrue(Math.abs(odd.potential(0.7) - odd.potential(-0.7)) > 1e-2);
    }

    @Test
    void latticeSumOfTheZeroMomentumTransformVanishes() {
        for (int range : new int[] {1, 2, 5}) {
            for (double deg : new double[] {0, 30, 54.7356, 80, 90}) {
                double sum = 0;
                double imSum = 0;
                double scale = 0;
                TubeLattice lattice = new TubeLattice(1, 0.1, range);
                for (int[] t : lattice.coupledTubes()) {
                    InterTubeDipolarPotential v = new InterTubeDipolarPotential(t[0], t[1],
                            Math.toRadians(deg), 1, 1);
                    sum += v.fourierTransform(0);
                    imSum += v.fourierTransformImaginary(0.8);
                    scale += Math.abs(v.fourierTransform(0)) + Math.abs(v.fourierTransform(0.8));
                }
                assertEquals(0, sum, 1e-15 * Math.max(scale, 1));
                // the tubes ±j cancel the odd parts: the lattice sum is even in x
                assertEquals(0, imSum, 1e-15 * scale);
                assertEquals(range == 2 ? 24 : (2 * range + 1) * (2 * range + 1) - 1,
                        lattice.coupledTubes().size());
            }
        }
    }

    @Test
    void derivativeMatchesFiniteDifferences() {
        InterTubeDipolarPotential v = new InterTubeDipolarPotential(1, -2, 0.6, 1.7, 0.37);
        for (double x : new double[] {-2, -0.3, 0, 0.1, 0.9, 5}) {
            double e = 1e-5;
            double fd = (v.potential(x + e) - v.potential(x - e)) / (2 * e);
            assertEquals(fd, v.potentialDerivative(x), 1e-7 * (Math.abs(fd) + 1));
        }
    }

    @Test
    void tubeWeightInMomentumSpaceEqualsParsevalInRealSpace() {
        // ∫dk k²|V̂|² = 2π ∫dx V'(x)²: the transforms' moduli against the potential itself
        for (double deg : new double[] {0, 35, 54.7356, 90}) {
            for (int[] t : new int[][] {{1, 0}, {1, 1}, {0, 2}, {-1, 2}}) {
                InterTubeDipolarPotential v = new InterTubeDipolarPotential(t[0], t[1],
                        Math.toRadians(deg), 1.3, 0.37);
                double rho = v.range();
                double real = 2 * Math.PI * panels(y -> {
                    double d = v.potentialDerivative(y);
                    return d * d;
                }, 2000 * rho, rho / 4);
                double k = InterTubeCollisionIntegral.weight(v);
                assertEquals(1, k / real, 1e-10, "θ = " + deg + ", tube " + t[0] + "," + t[1]);
            }
        }
    }

    @Test
    void intraTubeShapeIntegratesToFourAndDecaysAsFourOverUCubed() {
        // ∫v(u)du = v̂(0) = 4, by quadrature of (77); v ~ 4/u³
        double total = panels(IntraTubeDipolar::shape, 400, 0.25)
                + 2 * (2 / (400.0 * 400.0) - 6 / Math.pow(400, 4));
        assertEquals(4, total, 1e-10);
        assertEquals(4, IntraTubeDipolar.shape(1e3) * 1e9, 1e-4);
        // the two evaluations of (77) meet at u = 8 (the closed form loses ~1e-10 relative to
        // the cancellation of -2u against the erfc term there)
        assertEquals(1, IntraTubeDipolar.shape(8) / IntraTubeDipolar.shape(8 + 1e-9), 1e-9);
        assertEquals(Math.sqrt(2 * Math.PI), IntraTubeDipolar.shape(0), 1e-15);
    }

    @Test
    void intraTubeTransformEqualsQuadratureOfTheShape() {
        for (double q : new double[] {0.1, 0.5, 1, 2, 4}) {
            double x = 3000;
            double direct = panels(u -> IntraTubeDipolar.shape(u) * Math.cos(q * u), x,
                    Math.min(0.25, Math.PI / (2 * q)));
            assertEquals(direct, IntraTubeDipolar.shapeTransform(q), 1e-8, "q = " + q);
        }
        // e^x E_1(x) against tabulated E_1 (Abramowitz-Stegun 5.1)
        assertEquals(0.5597735947761608 * Math.exp(0.5), IntraTubeDipolar.scaledE1(0.5), 1e-15);
        assertEquals(0.21938393439552027 * Math.E, IntraTubeDipolar.scaledE1(1), 1e-15);
        assertEquals(0.04890051070806112 * Math.exp(2), IntraTubeDipolar.scaledE1(2), 1e-14);
        assertEquals(4.156968929685324e-06 * Math.exp(10), IntraTubeDipolar.scaledE1(10), 1e-13);
        // the whole intra-tube transform tends to the δ-term of (75), -(8/3) V l⊥
        double l = 57e-9;
        double vl = IntraTubeDipolar.prefactor(DipolarAtom.DY162, Math.PI / 2, l) * l;
        assertEquals(-8.0 / 3, IntraTubeDipolar.transform(DipolarAtom.DY162, Math.PI / 2, l,
                1e3 / l) / vl, 1e-5);
    }

    @Test
    void contactCouplingVanishesAtTheMagicAngleAndHasTheDerivedValues() {
        DipolarAtom dy = DipolarAtom.DY162;
        double l = 57e-9;
        assertEquals(0, IntraTubeDipolar.contactCoupling(dy, IntraTubeDipolar.MAGIC_ANGLE, l),
                1e-15 * Math.abs(IntraTubeDipolar.contactCoupling(dy, 0, l)));
        assertEquals(54.7356103172, Math.toDegrees(IntraTubeDipolar.MAGIC_ANGLE), 1e-9);
        // c_DDI(0) = -2 c_DDI(90°): 1 - 3cos²θ = -2 and 1
        assertEquals(-2, IntraTubeDipolar.contactCoupling(dy, 0, l)
                / IntraTubeDipolar.contactCoupling(dy, Math.PI / 2, l), 1e-12);
        // in c̃ = m g/ħ² (1/μm): c̃_vdW = -2/a_1D = 4.5977/μm for a_1D = -435 nm, and
        // c̃_DDI(90°) = (m/ħ²)(4/3)(μ0μ²/4π)/(4 l⊥²) = 2.104/μm (hand computation in the docs)
        double perUm = dy.mass() / (1.054571817e-34 * 1.054571817e-34) * 1e-6;
        assertEquals(2 / 0.435, IntraTubeDipolar.vanDerWaalsCoupling(dy, -435e-9) * perUm, 1e-6);
        assertEquals(2.104, IntraTubeDipolar.contactCoupling(dy, Math.PI / 2, l) * perUm, 2e-3);
        // (80) as printed, 4V/3, is an energy: c_DDI/(4V/3) is the length l⊥
        assertEquals(l, IntraTubeDipolar.contactCoupling(dy, 0.3, l)
                / (4.0 / 3 * IntraTubeDipolar.prefactor(dy, 0.3, l)), 1e-20);
    }
}
