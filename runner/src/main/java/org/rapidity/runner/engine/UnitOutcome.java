package org.rapidity.runner.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;

/**
 * What running one {@link WorkUnit} gave: the files it wrote (relative path to bytes; empty when
 * the unit wrote them in place, as the local engine does), the text it printed, or the error
 * that stopped it. Encoded as bytes ({@link #encode()}) to travel back from a remote worker.
 *
 * @param index the unit's index
 * @param files its files, by path relative to the unit's directory, in a fixed order
 * @param log what it printed
 * @param error why it failed, {@code null} when it finished
 * @param where where it ran (host, engine), for messages
 */
public record UnitOutcome(int index, Map<String, byte[]> files, String log,
        RuntimeException error, String where) {

    private static final int MAGIC = 0x52415055; // "RAPU"

    /** A finished unit. */
    public static UnitOutcome finished(int index, Map<String, byte[]> files, String log,
            String where) {
        return new UnitOutcome(index, files, log, null, where);
    }

    /** A failed unit. */
    public static UnitOutcome failed(int index, RuntimeException error, String log,
            String where) {
        return new UnitOutcome(index, Map.of(), log, error, where);
    }

    /** Whether it finished. */
    public boolean ok() {
        return error == null;
    }

    /**
     * The outcome as bytes: files, log, and (for a failure) the field and message of an
     * invalid input or the description of another error.
     */
    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(index);
            out.writeUTF(where);
            writeString(out, log);
            if (error == null) {
                out.writeByte(0);
            } else if (error instanceof InvalidInputException) {
                out.writeByte(1);
                out.writeUTF(((InvalidInputException) error).field());
                writeString(out, strip((InvalidInputException) error));
            } else {
                out.writeByte(2);
                writeString(out, error.toString());
            }
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.writeUTF(f.getKey());
                out.writeInt(f.getValue().length);
                out.write(f.getValue());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of {@link #encode()}. */
    public static UnitOutcome decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("not the outcome of a work unit");
            }
            int index = in.readInt();
            String where = in.readUTF();
            String log = readString(in);
            RuntimeException error = switch (in.readByte()) {
                case 0 -> null;
                case 1 -> new InvalidInputException(in.readUTF(), readString(in));
                default -> new IllegalStateException(readString(in));
            };
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                files.put(path, b);
            }
            return new UnitOutcome(index, files, log, error, where);
        } catch (IOException e) {
            throw new UncheckedIOException("damaged outcome of a work unit", e);
        }
    }

    /** The message of an invalid input without its leading {@code field: }. */
    static String strip(InvalidInputException e) {
        String m = e.getMessage();
        return !e.field().isEmpty() && m.startsWith(e.field() + ": ")
                ? m.substring(e.field().length() + 2) : m;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
