package org.rapidity.runner.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.registry.Registry;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.plugins.PluginLayer;
import org.rapidity.runner.run.OutputDirectory;
import org.rapidity.runner.run.Resources;
import org.rapidity.runner.run.RunJob;
import org.rapidity.runner.wiring.ProblemModule;

/**
 * Runs one {@link WorkUnit} on a remote worker: the unit's descriptor is read again, wired with
 * the worker's own registry (its plugin folder) and run into a fresh temporary directory, whose
 * files come back as the {@link UnitOutcome}; nothing of the job's output tree is touched there.
 * An invalid input comes back as a failed outcome (it would fail the same way on a retry); any
 * other error is thrown, so that the engine retries the unit (a lost worker, a full disk).
 */
public final class UnitExecution {

    /** Stands for the unit's directory in the lines it printed ({@link UnitOutcome#log()}). */
    public static final String HERE = "<unit directory>";

    private static final Map<String, Registry> REGISTRIES = new ConcurrentHashMap<>();

    private UnitExecution() {
    }

    /**
     * Runs the unit of {@code unitJson} ({@link WorkUnit#toJson()}) here and returns its encoded
     * outcome ({@link UnitOutcome#encode()}). The entry point of remote engines.
     */
    public static byte[] runRemote(String unitJson) {
        WorkUnit unit = WorkUnit.fromJson(unitJson);
        String where = where();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Path tmp;
        try {
            tmp = Files.createTempDirectory("rapidity-unit-");
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + where + ": no temporary folder", e);
        }
        try {
            Registry registry = registry(unit.plugins(), where);
            Descriptor d = DescriptorReader.parse(Path.of(unit.source()), unit.descriptor()
                    .toString(), List.of());
            Path dir = tmp.resolve("unit");
            d = d.withOutput(d.output().in(dir));
            Resources.checkTba(d, registry);
            RunJob job = ProblemModule.build(d, registry, RunJob.class);
            try (OutputDirectory held = OutputDirectory.lock(dir, "--out")) {
                job.execute(dir, true, unit.plots() && d.output().plots(), out, null,
                        d.output().checkpointSeconds());
            }
            Map<String, byte[]> files = files(dir);
            return UnitOutcome.finished(unit.index(), files, text(log, dir), where).encode();
        } catch (InvalidInputException e) {
            Path dir = tmp.resolve("unit");
            return UnitOutcome.failed(unit.index(), new InvalidInputException(e.field(),
                    UnitOutcome.strip(e).replace(dir.toString(), HERE)), text(log, dir), where)
                    .encode();
        } catch (IOException e) {
            throw new UncheckedIOException("worker " + where + ": " + e, e);
        } finally {
            delete(tmp);
        }
    }

    private static String text(ByteArrayOutputStream log, Path dir) {
        return log.toString(StandardCharsets.UTF_8).replace(dir.toString(), HERE);
    }

    /** Host and process of this JVM, for messages. */
    public static String where() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return host + " pid " + ProcessHandle.current().pid();
    }

    /**
     * The registry of the worker: its {@code RAPIDITY_PLUGINS} folder if set, else the folder
     * the driver used, which must then exist here too.
     */
    private static Registry registry(String driverPlugins, String where) {
        String env = System.getenv("RAPIDITY_PLUGINS");
        String chosen = env != null && !env.isBlank() ? env : driverPlugins;
        String key = chosen == null ? "" : chosen;
        return REGISTRIES.computeIfAbsent(key, k -> {
            if (k.isEmpty()) {
                return Registry.of(PluginLayer.runnerLayer());
            }
            Path dir = Path.of(k);
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("--plugins", "worker " + where + " has no"
                        + " plugin folder " + dir + ": every worker needs the plugin jars the"
                        + " descriptor uses (copy the folder to the same path on each worker,"
                        + " or set RAPIDITY_PLUGINS there)");
            }
            return Registry.of(PluginLayer.load(dir));
        });
    }

    /**
     * The files under {@code dir} (relative paths with {@code /}, sorted), without the lock
     * file and the job manifest.
     */
    public static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path p : list(dir)) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (rel.equals(OutputDirectory.LOCK) || rel.equals(Manifest.FILE)) {
                continue;
            }
            files.put(rel, Files.readAllBytes(p));
        }
        return files;
    }

    /** The regular files under {@code dir}, sorted by relative path. */
    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> dir
                    .relativize(p).toString().replace('\\', '/'))).toList();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
