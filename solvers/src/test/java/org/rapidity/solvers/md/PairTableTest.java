package org.rapidity.solvers.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.GaussianPerturbation;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Perturbation;

/** The tabulated pair potential against direct evaluation of the perturbation. */
class PairTableTest {

    static final Perturbation POWER = new PowerLawPerturbation(6, 20, Parameters.empty());

    /** The periodic sum done directly with many more images than the table uses. */
    static double direct(Perturbation v, double r, double length, boolean derivative) {
        double s = 0;
        for (int m = 200_000; m >= 1; m--) {
            s += derivative ? v.potentialDerivative(r + m * length)
                    + v.potentialDerivative(r - m * length)
                    : v.potential(r + m * length) + v.potential(r - m * length);
        }
        return s + (derivative ? v.potentialDerivative(r) : v.potential(r));
    }

    @Test
    void thePeriodicTableInterpolatesTheImageSum() {
        double length = 400;
        PairTable t = PairTable.of(POWER, length, 0);
        assertEquals(200, t.range());
        SplittableRandom r = new SplittableRandom(1);
        double v0 = POWER.potential(0);
        double f0 = 6 / 400.0; // V0/ξ², the force scale
        double worstValue = 0;
        double worstForce = 0;
        for (int k = 0; k < 400; k++) {
            double x = k < 3 ? new double[] {0, 1e-3, 200}[k] : 200 * r.nextDouble();
            worstValue = Math.max(worstValue,
                    Math.abs(t.value(x) - direct(POWER, x, length, false)) / v0);
            worstForce = Math.max(worstForce,
                    Math.abs(t.derivative(x) - direct(POWER, x, length, true)) / f0);
        }
        // the dropped image tail is a constant of relative size < 1e-11 (images with
        // |V| > 1e-13 V(0) are kept); interpolation errors are smaller
        assertTrue(worstValue < 1e-9, "value error " + worstValue);
        assertTrue(worstForce < 1e-9, "force error " + worstForce);
        // the periodic force vanishes at half the ring, where the minimum image would jump
        assertEquals(0, t.derivative(200 - 1e-6), 1e-9 * f0);
        assertTrue(Math.abs(POWER.potentialDerivative(200)) > 1e-6 * f0);
    }

    @Test
    void theForceIsTheDerivativeOfTheTabulatedEnergy() {
        for (double cutoff : new double[] {0, 60}) {
            PairTable t = PairTable.of(POWER, 400, cutoff);
            double d = 1e-5;
            for (double x = 0.37; x < t.range() - 1; x += 3.1) {
                double fd = (t.value(x + d) - t.value(x - d)) / (2 * d);
                assertEquals(fd, t.derivative(x), 1e-9 * 6 / 400.0, "r = " + x);
            }
        }
    }

    @Test
    void aCutoffSwitchesThePotentialOffSmoothly() {
        double rc = 80;
        PairTable t = PairTable.of(POWER, 400, rc);
        assertEquals(rc, t.range());
        // unchanged inside 3 r_c / 4
        for (double x = 0; x < 0.75 * rc; x += 1.7) {
            assertEquals(POWER.potential(x), t.value(x), 1e-9 * POWER.potential(0));
            assertEquals(POWER.potentialDerivative(x), t.derivative(x), 1e-9 * 6 / 400.0);
        }
        // zero, with zero slope, at and beyond r_c
        assertEquals(0, t.value(rc), 1e-15);
        assertEquals(0, t.derivative(rc - 1e-9), 1e-12);
        assertEquals(0, t.derivative(rc + 5), 0);
        // the switch is C²: S, S', S'' continuous at both ends
        double[] in = PairTable.taper(0.75 * rc + 1e-9, rc);
        double[] out = PairTable.taper(rc - 1e-9, rc);
        assertEquals(1, in[0], 1e-12);
        assertEquals(0, in[1], 1e-9);
        assertEquals(0, in[2], 1e-6);
        assertEquals(0, out[0], 1e-12);
        assertEquals(0, out[1], 1e-9);
        assertEquals(0, out[2], 1e-6);
    }

    @Test
    void aGaussianNeedsNoImagesAndZeroStrengthNoForces() {
        Perturbation g = new GaussianPerturbation(2, 5, Parameters.empty());
        PairTable t = PairTable.of(g, 100, 0);
        for (double x = 0; x < 50; x += 0.77) {
            assertEquals(g.potential(x), t.value(x), 1e-12 * g.potential(0));
        }
        PairTable zero = PairTable.of(new PowerLawPerturbation(0, 20, Parameters.empty()), 400,
                0);
        assertTrue(zero.isZero());
        assertTrue(PairTable.of(null, 400, 0).isZero());
    }
}
