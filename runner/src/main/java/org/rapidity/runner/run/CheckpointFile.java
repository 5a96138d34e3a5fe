package org.rapidity.runner.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;

/**
 * Binary checkpoint files, written atomically (temporary file, then an atomic rename), so that a
 * crash never leaves a half-written checkpoint, and the previous checkpoint is replaced only once
 * the new one is complete on disk. The arrays are streamed from the checkpoint's own arrays (no
 * copy of the state is made to write it); arrays of floats are written as floats. Each file
 * carries a fingerprint of the run it belongs to, and (format 4) that run's descriptor and output
 * times, by which {@link ResumeRules} decide whether a changed descriptor may resume from it. A
 * failed write removes its temporary
 * file; a truncated or damaged file is reported by name with the choices ({@code --fresh}, or
 * delete it), never as an internal error.
 */
final class CheckpointFile {

    private static final long MAGIC = 0x5250_4459_434B_5054L; // "RPDYCKPT"
    /**
     * Version 4 records the run's resolved descriptor and output times after the fingerprint
     * (what a resume with a changed descriptor is judged by, {@link ResumeRules}); version 3
     * added the arrays of floats after those of doubles; version 2 the checkpoint's type and
     * layout version (it reads with no floats); version 1 reads as untyped.
     */
    private static final int VERSION = 4;
    /** Floats converted per write or read of the big-endian byte buffer (64 KiB). */
    private static final int CHUNK = 1 << 14;

    private CheckpointFile() {
    }

    /**
     * What a checkpoint records of the run that wrote it.
     *
     * @param fingerprint the fingerprint of its resolved descriptor ({@link RunJob#fingerprint})
     * @param descriptor that descriptor as JSON text; empty when not recorded (format 3 and
     *     before)
     * @param times its output times; empty when not recorded
     */
    record Run(String fingerprint, String descriptor, double[] times) {

        /** A run known by its fingerprint only. */
        static Run of(String fingerprint) {
            return new Run(fingerprint, "", new double[0]);
        }

        /** Whether the descriptor and output times are recorded (format 4 on). */
        boolean recorded() {
            return !descriptor.isEmpty() && times.length > 0;
        }
    }

    /**
     * Writes {@code c} atomically; on failure (a full disk) the temporary file is removed and
     * the previous checkpoint, if any, is left as it was.
     */
    static void write(Path file, String fingerprint, Checkpoint c) throws IOException {
        write(file, Run.of(fingerprint), c);
    }

    /** Writes {@code c} atomically with what it records of its run ({@link Run}). */
    static void write(Path file, Run run, Checkpoint c) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            writeTo(tmp, run, c);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void writeTo(Path tmp, Run run, Checkpoint c) throws IOException {
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(run.fingerprint());
            byte[] descriptor = run.descriptor().getBytes(StandardCharsets.UTF_8);
            out.writeInt(descriptor.length);
            out.write(descriptor);
            out.writeInt(run.times().length);
            for (double t : run.times()) {
                out.writeDouble(t);
            }
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
            out.writeInt(c.singles().size());
            for (Map.Entry<String, float[]> e : c.singles().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                writeFloats(out, e.getValue());
            }
            out.flush();
        }
    }

    /**
     * The checkpoint in {@code file} if it exists and belongs to {@code fingerprint}.
     *
     * @throws InvalidInputException naming the file and the choices ({@code --fresh}, or delete
     *     it) if the file is truncated, damaged or not a checkpoint
     */
    static Optional<Checkpoint> read(Path file, String fingerprint) {
        return read(file, run -> run.fingerprint().equals(fingerprint));
    }

    /**
     * The checkpoint in {@code file} if it exists and {@code wanted} accepts the run it records
     * (asked before the arrays are read; it may throw to refuse with a reason).
     *
     * @throws InvalidInputException naming the file and the choices ({@code --fresh}, or delete
     *     it) if the file is truncated, damaged or not a checkpoint
     */
    static Optional<Checkpoint> read(Path file, Predicate<Run> wanted) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is))) {
            int format = header(file, in);
            if (!wanted.test(run(file, in, format))) {
                return Optional.empty();
            }
            String type = format == 1 ? "" : in.readUTF();
            int version = format == 1 ? 0 : in.readInt();
            double time = in.readDouble();
            int outputs = in.readInt();
            int count = in.readInt();
            long size = Files.size(file);
            if (outputs < 0 || count < 0 || count > size) {
                throw damaged(file, "impossible counts " + outputs + ", " + count);
            }
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0) {
                    throw damaged(file, "array '" + name + "' claims " + length + " numbers");
                }
                if (8L * length > size) {
                    throw damaged(file, "it ends early (truncated): array '" + name
                            + "' claims " + length + " numbers, the file has " + size
                            + " bytes");
                }
                double[] a = new double[length];
                for (int k = 0; k < a.length; k++) {
                    a[k] = in.readDouble();
                }
                arrays.put(name, a);
            }
            Map<String, float[]> singles = new LinkedHashMap<>();
            int floats = format >= 3 ? in.readInt() : 0;
            if (floats < 0 || floats > size) {
                throw damaged(file, "impossible count " + floats + " of float arrays");
            }
            for (int i = 0; i < floats; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || arrays.containsKey(name)) {
                    throw damaged(file, "float array '" + name + "' claims " + length
                            + " numbers or repeats a name");
                }
                if (4L * length > size) {
                    throw damaged(file, "it ends early (truncated): float array '" + name
                            + "' claims " + length + " numbers, the file has " + size
                            + " bytes");
                }
                singles.put(name, readFloats(in, length));
            }
            if (in.read() != -1) {
                throw damaged(file, "bytes after the last array");
            }
            return Optional.of(new Checkpoint(type, version, time, outputs, arrays, singles));
        } catch (EOFException e) {
            throw damaged(file, "it ends early (truncated)");
        } catch (UTFDataFormatException e) {
            throw damaged(file, "a name is not text");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the checkpoint: "
                    + OutputDirectory.reason(e) + "; run again with --fresh to start over, or"
                    + " delete it");
        }
    }

    /**
     * What the checkpoint in {@code file} records of its run, if the file exists.
     *
     * @throws InvalidInputException naming the file if it is damaged
     */
    static Optional<Run> run(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is))) {
            return Optional.of(run(file, in, header(file, in)));
        } catch (EOFException e) {
            throw damaged(file, "it ends early (truncated)");
        } catch (IOException e) {
            throw damaged(file, OutputDirectory.reason(e));
        }
    }

    /** {@code a} as big-endian floats (as {@link DataOutputStream#writeFloat}), in chunks. */
    private static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < a.length; from += CHUNK) {
            int count = Math.min(CHUNK, a.length - from);
            bytes.clear();
            bytes.asFloatBuffer().put(a, from, count);
            out.write(bytes.array(), 0, count * Float.BYTES);
        }
    }

    /** {@code length} big-endian floats, in chunks. */
    private static float[] readFloats(DataInputStream in, int length) throws IOException {
        float[] a = new float[length];
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Float.BYTES).order(ByteOrder.BIG_ENDIAN);
        for (int from = 0; from < length; from += CHUNK) {
            int count = Math.min(CHUNK, length - from);
            in.readFully(bytes.array(), 0, count * Float.BYTES);
            bytes.clear();
            bytes.asFloatBuffer().get(a, from, count);
        }
        return a;
    }

    /** The run recorded after the header: fingerprint, then (format 4) descriptor and times. */
    private static Run run(Path file, DataInputStream in, int format) throws IOException {
        String fingerprint = in.readUTF();
        if (format < 4) {
            return Run.of(fingerprint);
        }
        int length = in.readInt();
        if (length < 0 || length > Files.size(file)) {
            throw damaged(file, "impossible descriptor length " + length);
        }
        byte[] descriptor = in.readNBytes(length);
        if (descriptor.length < length) {
            throw new EOFException();
        }
        int count = in.readInt();
        if (count < 0 || 8L * count > Files.size(file)) {
            throw damaged(file, "impossible count " + count + " of output times");
        }
        double[] times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = in.readDouble();
        }
        return new Run(fingerprint, new String(descriptor, StandardCharsets.UTF_8), times);
    }

    /**
     * Checks magic and format (1: untyped, read as such; 2: typed; 3: typed, with arrays of
     * floats; 4: with the run's descriptor and output times); returns the format.
     */
    private static int header(Path file, DataInputStream in) throws IOException {
        if (in.readLong() != MAGIC) {
            throw damaged(file, "not a rapidity checkpoint");
        }
        int version = in.readInt();
        if (version < 1 || version > VERSION) {
            throw damaged(file, "checkpoint format " + version + ", this version reads 1 to "
                    + VERSION);
        }
        return version;
    }

    private static InvalidInputException damaged(Path file, String why) {
        return new InvalidInputException(file.toString(), "damaged checkpoint: " + why + "; run"
                + " again with --fresh to start over, or delete the file");
    }
}
