package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The experiment's fit {@code ⟨z²⟩ = a(t + t_fix)² + b} (Supplementary note 2). */
class ExpansionFitTest {

    private static final double[] T = {6, 7, 8, 9, 10, 11};

    private static double[] data(double a, double tFix, double b) {
        double[] y = new double[T.length];
        for (int k = 0; k < T.length; k++) {
            y[k] = a * (T[k] + tFix) * (T[k] + tFix) + b;
        }
        return y;
    }

    @Test
    void recoversKnownParabolas() {
        double[] y = data(0.37, 20.4, 55.0);
        ExpansionFit.Parabola fixed = ExpansionFit.fixed(T, y, 20.4);
        assertEquals(0.37, fixed.a(), 1e-13);
        assertEquals(55.0, fixed.b(), 1e-10);
        ExpansionFit.Parabola free = ExpansionFit.free(T, y);
        assertEquals(0.37, free.a(), 1e-11);
        assertEquals(20.4, free.tFix(), 1e-8);
        assertEquals(55.0, free.b(), 1e-6);
        assertEquals(0.37 / 4, ExpansionFit.releaseEnergy(fixed), 1e-14); // E = m a/2, m = 1/2
    }

    /**
     * With {@code t_fix} given, the fit is linear in the data: the fit of the atom-weighted mean
     * of two clouds' {@code ⟨z²⟩} is the atom-weighted mean of their fits (what lets the tube
     * ensemble sum the fitted energies per atom), even for data that are not parabolas.
     */
    @Test
    void fixedFitIsLinearInTheData() {
        double[] y1 = {3, 5, 4, 8, 9, 13};
        double[] y2 = data(1.1, 8, -2);
        double n1 = 7;
        double n2 = 23;
        double[] mean = new double[T.length];
        for (int k = 0; k < T.length; k++) {
            mean[k] = (n1 * y1[k] + n2 * y2[k]) / (n1 + n2);
        }
        double a = ExpansionFit.fixed(T, mean, 8).a();
        double a1 = ExpansionFit.fixed(T, y1, 8).a();
        double a2 = ExpansionFit.fixed(T, y2, 8).a();
        assertEquals((n1 * a1 + n2 * a2) / (n1 + n2), a, 1e-13);
    }

    @Test
    void refusesTooFewTimes() {
        assertThrows(IllegalArgumentException.class, () -> ExpansionFit.fixed(new double[] {1},
                new double[] {2}, 0));
        assertThrows(IllegalArgumentException.class, () -> ExpansionFit.free(new double[] {1, 2},
                new double[] {2, 3}));
    }
}
