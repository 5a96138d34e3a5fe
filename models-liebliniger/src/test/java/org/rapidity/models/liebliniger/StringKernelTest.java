package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The string kernel's Toeplitz blocks reproduce the dense scattering-shift matrix bit for bit,
 * and its products equal the plain row loop (one running sum per row, columns in order) bit
 * for bit, on a uniform grid (Toeplitz blocks) and on a Gauss-Legendre one (dense matrix), for
 * scattered rows and columns (a random 60% and 70% of the modes).
 */
class StringKernelTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void equalsTheDenseMatrixAndThePlainRowLoop(boolean uniform) {
        QuadratureGrid grid = uniform ? QuadratureGrid.uniform(-6, 6, 17)
                : QuadratureGrid.gaussLegendre(-6, 6, 17);
        ModeSpace sp = ModeSpace.of(new AttractiveLiebLiniger(-1.3, 9), grid);
        StringKernel k = StringKernel.of(sp);
        assertEquals(uniform, k.isToeplitz());
        assertEqualsPlainLoop(sp, k);
    }

    /**
     * The scattering shift of a string gas's density ({@code ρ^t = p'/2π + Tρ}) over the modes
     * where it is not negligible equals the dense product to rounding: a density with exact
     * zeros, values down to {@code 10⁻³⁰⁰} and ordinary ones.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theShiftOverTheOccupiedModesIsTheDenseOne(boolean uniform) {
        QuadratureGrid grid = uniform ? QuadratureGrid.uniform(-6, 6, 17)
                : QuadratureGrid.gaussLegendre(-6, 6, 17);
        ModeSpace sp = ModeSpace.of(new AttractiveLiebLiniger(-1.3, 9), grid);
        Random rnd = new Random(5);
        double[] rho = new double[sp.size()];
        for (int i = 0; i < rho.length; i++) {
            double u = rnd.nextDouble();
            rho[i] = u < 0.4 ? 0 : u < 0.6 ? Math.pow(10, -300 * rnd.nextDouble()) : u;
        }
        double[] dense = sp.applyKernelMatrix(rho);
        double[] sparse = sp.applyScatteringShift(rho);
        double scale = 0;
        for (double d : dense) {
            scale = Math.max(scale, Math.abs(d));
        }
        assertArrayEquals(dense, sparse, 1e-14 * scale);
    }

    private static void assertEqualsPlainLoop(ModeSpace sp, StringKernel k) {
        int n = sp.size();
        double[] kd = sp.kernel().data;
        for (int i = 0; i < n; i++) {
            double max = 0;
            for (int j = 0; j < n; j++) {
                assertEquals(Double.doubleToRawLongBits(kd[i * n + j]),
                        Double.doubleToRawLongBits(k.entry(i, j)), "K(" + i + ", " + j + ")");
                max = Math.max(max, Math.abs(kd[i * n + j]));
            }
            assertEquals(max, k.rowMax(i), 0.0);
        }
        Random rnd = new Random(11);
        int[] rows = IntStream.range(0, n).filter(i -> rnd.nextDouble() < 0.6).toArray();
        int[] cols = IntStream.range(0, n).filter(i -> rnd.nextDouble() < 0.7).toArray();
        double[] x = rnd.doubles(cols.length, -1, 1).toArray();
        double[] expected = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            double s = 0;
            for (int c = 0; c < cols.length; c++) {
                s += kd[rows[r] * n + cols[c]] * x[c];
            }
            expected[r] = s;
        }
        double[] out = new double[rows.length];
        k.multiply(rows, k.columns(cols), x, out);
        assertArrayEquals(expected, out, 0.0);
    }
}
