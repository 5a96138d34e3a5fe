package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The four-rows-at-a-time product equals the plain row loop bit for bit (each row summed in the
 * order of its columns from its starting value, empty columns skipped), also for a size that is
 * not a multiple of four.
 */
class RowProductsTest {

    @Test
    void equalsThePlainRowLoopBitForBit() {
        Random rnd = new Random(7);
        int n = 43;
        double[] phase = rnd.doubles(n * n, -3, 3).toArray();
        double[] wr = rnd.doubles(n, 0, 1).map(w -> w < 0.3 ? 0 : w * 1e-3).toArray();
        double[] start = rnd.doubles(n, -1, 1).toArray();
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            double s = start[i];
            for (int j = 0; j < n; j++) {
                if (wr[j] != 0) {
                    s += phase[i * n + j] * wr[j];
                }
            }
            expected[i] = s;
        }
        double[] out = start.clone();
        RowProducts.addTo(phase, wr, out);
        assertArrayEquals(expected, out, 0.0);
    }
}
