package org.rapidity.runner.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.run.OutputDirectory;
import org.rapidity.runner.run.RunJob;
import org.rapidity.runner.run.SweepTable;

/**
 * The {@code run} command's job split into {@link WorkUnit}s (one per sweep member, or one for a
 * run without a sweep) and handed to an {@link Engine}. The runner alone writes the output tree:
 * the local engine's units write their own directories in this JVM, exactly as before; a remote
 * engine's units come back as files, written here. Every finished unit is recorded in the
 * {@link Manifest}, so a rerun skips it on any engine; then {@code sweep.csv} is written from
 * the members' tables.
 */
public final class JobRun {

    /**
     * The engine a run asked for.
     *
     * @param name {@code local} or an engine registered by a launcher ({@code spark})
     * @param master where a distributed engine's cluster is ({@code null}: its default)
     * @param workers units at the same time on the local engine
     */
    public record EngineChoice(String name, String master, int workers) {

        /** The default: local, one unit at a time. */
        public static EngineChoice local() {
            return new EngineChoice("local", null, 1);
        }
    }

    /** Where the local engine's units run, for messages. */
    private static final String LOCAL = "this JVM";

    private final Descriptor job;
    private final List<Descriptor> runs;
    private final List<RunJob> jobs;
    private final String plugins;
    private final boolean fresh;
    private final boolean noPlots;
    private final String option;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param job the descriptor as read (with its sweep)
     * @param runs its members ({@code DescriptorReader.expand})
     * @param jobs the members wired and checked, in the same order (dropped once run)
     * @param plugins the plugin folder in use, {@code null} for none
     * @param fresh ignore earlier results
     * @param noPlots skip the PNG plots
     * @param option the option that chose the output directory, for messages
     */
    public JobRun(Descriptor job, List<Descriptor> runs, List<RunJob> jobs, String plugins,
            boolean fresh, boolean noPlots, String option, PrintStream out, PrintStream err) {
        this.job = job;
        this.runs = runs;
        this.jobs = jobs; // the caller's list: a member's arrays go once it has run
        this.plugins = plugins;
        this.fresh = fresh;
        this.noPlots = noPlots;
        this.option = option;
        this.out = out;
        this.err = err;
    }

    /** The units of the job, in order. */
    public List<WorkUnit> units() {
        Path root = job.output().directory();
        List<WorkUnit> units = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Descriptor one = runs.get(i);
            String label = job.sweep().isPresent() ? "sweep value " + job.sweep().get()
                    .values().get(i) : "";
            String rel = root.relativize(one.output().directory()).toString()
                    .replace('\\', '/');
            units.add(new WorkUnit(i, runs.size(), label, rel, job.source().toString(),
                    one.resolved(), plugins, !noPlots));
        }
        return units;
    }

    /**
     * Runs the units that have not finished on the chosen engine, writes what they return,
     * then the sweep table.
     *
     * @throws InvalidInputException naming the option (an unknown engine, an unreachable
     *     master) or, for a unit that failed on bad input, its field and the unit
     */
    public void execute(EngineChoice choice) {
        Path root = job.output().directory();
        if (fresh) {
            try {
                Files.deleteIfExists(root.resolve(Manifest.FILE));
            } catch (IOException e) {
                throw OutputDirectory.writeError(option, root.resolve(Manifest.FILE), e);
            }
        }
        Manifest manifest = Manifest.open(root, fresh, option);
        List<WorkUnit> all = units();
        List<WorkUnit> pending = new ArrayList<>();
        for (WorkUnit u : all) {
            if (manifest.finished(u, fingerprint(u), root.resolve(u.directory()))) {
                out.println("skipping " + u.name() + ": finished earlier (" + root.resolve(
                        Manifest.FILE) + ")");
                jobs.set(u.index(), null);
            } else {
                pending.add(u);
            }
        }
        Map<Integer, UnitOutcome> failures = new LinkedHashMap<>();
        if (!pending.isEmpty()) {
            try (Engine engine = engine(choice)) {
                if (!engine.writesInPlace()) {
                    for (WorkUnit u : pending) { // refuse another descriptor's results early
                        Path dir = root.resolve(u.directory());
                        if (Files.isDirectory(dir)) {
                            OutputDirectory.claim(dir, fingerprint(u), fresh, option);
                        }
                    }
                    out.println("running " + pending.size() + " unit(s) on engine "
                            + engine.name());
                }
                engine.run(pending, o -> accept(engine, all.get(o.index()), o, manifest,
                        failures));
            }
        }
        if (!failures.isEmpty()) {
            throw failure(all, failures, manifest);
        }
        if (job.sweep().isPresent()) {
            List<SweepTable.Entry> done = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                done.add(new SweepTable.Entry(job.sweep().get().parameter() + "="
                        + job.sweep().get().values().get(i), runs.get(i).output().directory()));
            }
            try {
                SweepTable.write(root, job.sweep().get().parameter(), done,
                        job.output().plots() && !noPlots, job.output().timeScale(),
                        job.output().timeLabel());
            } catch (IOException e) {
                throw OutputDirectory.writeError(option, root, e);
            }
            out.println("wrote " + root.resolve("sweep.csv"));
        }
    }

    private Engine engine(EngineChoice choice) {
        if (choice.name().equals("local")) {
            return new LocalEngine(choice.workers(), this::runInPlace);
        }
        if (!ExternalEngines.has(choice.name())) {
            List<String> known = new ArrayList<>(List.of("local"));
            known.addAll(ExternalEngines.names());
            throw new InvalidInputException("--engine", "engine '" + choice.name() + "' is not"
                    + " available in this launch; available: " + String.join(", ", known)
                    + (choice.name().equals("spark") ? " (Spark runs on the class path: launch"
                            + " through ./rapidity, which switches to it for --engine spark, or"
                            + " spark-submit; docs/distributed.md)"
                            : ""));
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (choice.master() != null) {
            options.put("master", choice.master());
        }
        return ExternalEngines.create(choice.name(), options);
    }

    /** A unit of the local engine: its run, in its own directory, as before. */
    private UnitOutcome runInPlace(WorkUnit u) {
        Descriptor one = runs.get(u.index());
        Path dir = one.output().directory();
        boolean quiet = false;
        PrintStream o = out;
        PrintStream e = err;
        ByteArrayOutputStream log = null;
        if (Thread.currentThread().getName().equals("rapidity-unit")) {
            // units side by side: each unit's lines are printed together when it ends
            quiet = true;
            log = new ByteArrayOutputStream();
            o = new PrintStream(log, true, StandardCharsets.UTF_8);
            e = o;
        }
        try {
            RunJob runJob = jobs.get(u.index());
            if (!dir.equals(job.output().directory())) {
                try (OutputDirectory held = OutputDirectory.lock(dir, option)) {
                    runJob.execute(dir, fresh, one.output().plots() && !noPlots, o,
                            quiet ? null : e, one.output().checkpointSeconds());
                }
            } else {
                runJob.execute(dir, fresh, one.output().plots() && !noPlots, o,
                        quiet ? null : e, one.output().checkpointSeconds());
            }
            jobs.set(u.index(), null); // its arrays may go
            return UnitOutcome.finished(u.index(), Map.of(), text(log), LOCAL);
        } catch (RuntimeException ex) {
            return UnitOutcome.failed(u.index(), ex, text(log), LOCAL);
        } catch (IOException ex) {
            return UnitOutcome.failed(u.index(), new java.io.UncheckedIOException(ex),
                    text(log), LOCAL);
        }
    }

    private static String text(ByteArrayOutputStream log) {
        return log == null ? "" : log.toString(StandardCharsets.UTF_8);
    }

    private void accept(Engine engine, WorkUnit u, UnitOutcome o, Manifest manifest,
            Map<Integer, UnitOutcome> failures) {
        Path dir = job.output().directory().resolve(u.directory());
        out.print(o.log().replace(UnitExecution.HERE, dir.toString()));
        if (!o.ok()) {
            failures.put(u.index(), o);
            return;
        }
        try {
            Map<String, byte[]> files;
            if (engine.writesInPlace()) {
                files = UnitExecution.files(dir);
            } else {
                // the unit ran elsewhere from scratch: its files replace whatever was here
                Files.createDirectories(dir);
                OutputDirectory.claim(dir, fingerprint(u), true, option);
                files = o.files();
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path p = dir.resolve(f.getKey()).normalize();
                    if (!p.startsWith(dir)) {
                        throw new IllegalStateException("unit file outside its directory: "
                                + f.getKey());
                    }
                    Files.createDirectories(p.getParent());
                    Path tmp = p.resolveSibling(p.getFileName() + ".part");
                    Files.write(tmp, f.getValue());
                    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
                out.println(u.name() + " finished on " + o.where());
            }
            manifest.record(u, fingerprint(u), engine.name(), files);
        } catch (IOException e) {
            throw OutputDirectory.writeError(option, dir, e);
        }
    }

    private RuntimeException failure(List<WorkUnit> all, Map<Integer, UnitOutcome> failures,
            Manifest manifest) {
        UnitOutcome first = failures.values().iterator().next();
        WorkUnit u = all.get(first.index());
        if (all.size() == 1) {
            return first.error(); // a run of one unit fails as it always did
        }
        StringBuilder rest = new StringBuilder();
        rest.append("; ").append(manifest.size()).append(" of ").append(all.size())
                .append(" units finished and are kept (").append(Manifest.FILE)
                .append("): run the same command again to run the rest");
        for (UnitOutcome o : failures.values()) {
            if (o != first) {
                rest.append("; ").append(all.get(o.index()).name()).append(" failed too: ")
                        .append(o.error().getMessage());
            }
        }
        if (first.error() instanceof InvalidInputException) {
            InvalidInputException e = (InvalidInputException) first.error();
            return new InvalidInputException(e.field(), UnitOutcome.strip(e) + " [" + u.name()
                    + (first.where().equals(LOCAL) ? "" : ", on " + first.where()) + "]" + rest);
        }
        return new UnitFailedException(u.name() + " failed on " + first.where() + ": "
                + first.error().getMessage() + rest, first.error());
    }

    private static String fingerprint(WorkUnit u) {
        return RunJob.fingerprint(u.descriptor());
    }
}
