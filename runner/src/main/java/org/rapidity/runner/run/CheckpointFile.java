package org.rapidity.runner.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.spi.Checkpoint;

/**
 * Binary checkpoint files, written atomically (temporary file, then an atomic rename), so that a
 * crash never leaves a half-written checkpoint. Each file carries a fingerprint of the run it
 * belongs to; a different descriptor never resumes from it.
 */
final class CheckpointFile {

    private static final long MAGIC = 0x5250_4459_434B_5054L; // "RPDYCKPT"
    /** Version 2 adds the checkpoint's type and layout version; version 1 reads as untyped. */
    private static final int VERSION = 2;

    private CheckpointFile() {
    }

    static void write(Path file, String fingerprint, Checkpoint c) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeUTF(c.type());
            out.writeInt(c.version());
            out.writeDouble(c.time());
            out.writeInt(c.outputsDone());
            out.writeInt(c.arrays().size());
            for (Map.Entry<String, double[]> e : c.arrays().entrySet()) {
                out.writeUTF(e.getKey());
                double[] a = e.getValue();
                out.writeInt(a.length);
                for (double x : a) {
                    out.writeDouble(x);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** The checkpoint in {@code file} if it exists and belongs to {@code fingerprint}. */
    static Optional<Checkpoint> read(Path file, String fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is))) {
            int format = in.readLong() == MAGIC ? in.readInt() : -1;
            if (format != 1 && format != VERSION) {
                throw new IOException(file + " is not a rapidity checkpoint");
            }
            if (!in.readUTF().equals(fingerprint)) {
                return Optional.empty();
            }
            String type = format == 1 ? "" : in.readUTF();
            int version = format == 1 ? 0 : in.readInt();
            double time = in.readDouble();
            int outputs = in.readInt();
            int count = in.readInt();
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                double[] a = new double[in.readInt()];
                for (int k = 0; k < a.length; k++) {
                    a[k] = in.readDouble();
                }
                arrays.put(name, a);
            }
            return Optional.of(new Checkpoint(type, version, time, outputs, arrays));
        }
    }
}
