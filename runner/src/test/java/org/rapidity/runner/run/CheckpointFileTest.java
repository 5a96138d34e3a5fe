package org.rapidity.runner.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;

/**
 * The checkpoint file with arrays of floats (format 3): they are written as floats (4 bytes a
 * value, not widened), read back bit for bit, a truncated float array is named as such, and the
 * files of format 2 (arrays of doubles only) still read.
 */
class CheckpointFileTest {

    @TempDir
    Path tmp;

    /** More floats than one chunk of the writer, with the values a float can hold at its edges. */
    private static float[] floats() {
        float[] f = new float[40_000];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) Math.sin(0.37 * k) / (1 + k);
        }
        f[0] = -0f;
        f[1] = Float.MIN_VALUE;
        f[2] = Float.MAX_VALUE;
        f[3] = Float.NaN;
        f[4] = Float.NEGATIVE_INFINITY;
        return f;
    }

    @Test
    void floatsAreWrittenAsFloatsAndReadBackBitForBit() throws IOException {
        Path file = tmp.resolve("checkpoint.bin");
        float[] f = floats();
        Map<String, double[]> doubles = new LinkedHashMap<>();
        doubles.put("rho", new double[] {0.1, -0.0, Double.MIN_VALUE});
        Checkpoint c = new Checkpoint("hierarchy", 1, 2.5, 3, doubles, Map.of("g3_single", f));
        CheckpointFile.write(file, "fp", c);
        Checkpoint back = CheckpointFile.read(file, "fp").orElseThrow();
        assertEquals("hierarchy", back.type());
        assertEquals(2.5, back.time(), 0);
        assertEquals(3, back.outputsDone());
        assertArrayEquals(doubles.get("rho"), back.array("rho"), 0);
        float[] read = back.single("g3_single");
        assertEquals(f.length, read.length);
        for (int k = 0; k < f.length; k++) {
            assertEquals(Float.floatToRawIntBits(f[k]), Float.floatToRawIntBits(read[k]), "k=" + k);
        }
        // 4 bytes per float and a header of less than 200 bytes: nothing was widened
        long size = Files.size(file);
        assertTrue(size > 4L * f.length + 3 * 8 && size < 4L * f.length + 3 * 8 + 200,
                "size " + size);
    }

    @Test
    void aTruncatedFloatArrayIsNamed() throws IOException {
        Path file = tmp.resolve("checkpoint.bin");
        CheckpointFile.write(file, "fp", new Checkpoint("x", 1, 0, 0, Map.of(),
                Map.of("g3_single", floats())));
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() - 1000);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CheckpointFile.read(file, "fp"));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("--fresh"),
                e.getMessage());
    }

    /** A file of format 2 (before arrays of floats), written byte by byte as that format did. */
    @Test
    void readsFormat2() throws IOException {
        Path file = tmp.resolve("checkpoint.bin");
        double[] g3 = {1.5, -0.25, (float) 0.1};
        try (OutputStream os = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(os)) {
            out.writeLong(0x5250_4459_434B_5054L);
            out.writeInt(2);
            out.writeUTF("fp");
            out.writeUTF("hierarchy");
            out.writeInt(1);
            out.writeDouble(4.0);
            out.writeInt(2);
            out.writeInt(1);
            out.writeUTF("g3_single");
            out.writeInt(g3.length);
            for (double x : g3) {
                out.writeDouble(x);
            }
        }
        Checkpoint c = CheckpointFile.read(file, "fp").orElseThrow();
        assertEquals("hierarchy", c.type());
        assertEquals(4.0, c.time(), 0);
        assertEquals(2, c.outputsDone());
        assertArrayEquals(g3, c.array("g3_single"), 0);
        assertTrue(c.singles().isEmpty());
    }
}
