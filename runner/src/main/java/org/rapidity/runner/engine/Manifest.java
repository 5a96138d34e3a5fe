package org.rapidity.runner.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.output.Json;

/**
 * {@code units.json} in a job's output directory: the units that finished (by directory, the
 * combination of a split ensemble under its member's), each with the
 * fingerprint of its descriptor, the engine that ran it and the SHA-256 of every file it wrote.
 * A rerun of the same descriptor, on any engine, skips a unit whose entry matches its
 * fingerprint and whose files are all there unchanged; {@code --fresh} starts a new manifest.
 * It is rewritten (atomically) after each unit, so the units that finished before a failure or
 * an interruption stay finished.
 */
public final class Manifest {

    /** The file name. */
    public static final String FILE = "units.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final String option;
    private final Map<String, ObjectNode> units = new TreeMap<>();

    private Manifest(Path file, String option) {
        this.file = file;
        this.option = option;
    }

    /**
     * The manifest of {@code dir} (empty when there is none, or with {@code fresh}).
     *
     * @param option the option that chose the directory, for messages
     * @throws InvalidInputException naming the file when it is damaged
     */
    public static Manifest open(Path dir, boolean fresh, String option) {
        Manifest m = new Manifest(dir.resolve(FILE), option);
        if (fresh || !Files.isRegularFile(m.file)) {
            return m;
        }
        try {
            JsonNode root = MAPPER.readTree(m.file.toFile());
            for (JsonNode u : root.path("units")) {
                m.units.put(u.get("directory").asText(), (ObjectNode) u);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(option, m.file + " is damaged (" + e.getClass()
                    .getSimpleName() + "); run again with --fresh to start over, or delete the"
                    + " file");
        }
        return m;
    }

    /** Whether {@code unit} finished with the same descriptor and its files are unchanged. */
    public boolean finished(WorkUnit unit, String fingerprint, Path unitDir) {
        ObjectNode e = units.get(unit.directory());
        if (e == null || !fingerprint.equals(e.path("fingerprint").asText())) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> files = e.path("files").fields();
        try {
            while (files.hasNext()) {
                Map.Entry<String, JsonNode> f = files.next();
                Path p = unitDir.resolve(f.getKey());
                if (!Files.isRegularFile(p) || !sha256(Files.readAllBytes(p))
                        .equals(f.getValue().asText())) {
                    return false;
                }
            }
        } catch (IOException ex) {
            return false;
        }
        return true;
    }

    /** Records that {@code unit} finished on {@code engine} with {@code files}; saves. */
    public void record(WorkUnit unit, String fingerprint, String engine,
            Map<String, byte[]> files) {
        ObjectNode e = Json.object();
        e.put("index", unit.index());
        e.put("label", unit.label());
        e.put("directory", unit.directory());
        e.put("fingerprint", fingerprint);
        e.put("engine", engine);
        ObjectNode f = e.putObject("files");
        files.forEach((path, bytes) -> f.put(path, sha256(bytes)));
        units.put(unit.directory(), e);
        save();
    }

    /** Units recorded. */
    public int size() {
        return units.size();
    }

    private void save() {
        ObjectNode root = Json.object();
        var list = root.putArray("units");
        units.values().forEach(list::add);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Json.write(tmp, root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException(option, "cannot write " + file + ": " + e
                    .getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
