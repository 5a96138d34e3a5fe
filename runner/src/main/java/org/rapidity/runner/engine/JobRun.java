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
import com.fasterxml.jackson.databind.JsonNode;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.registry.Registry;
import org.rapidity.runner.ensemble.EnsembleRun;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.wiring.ProblemModule;
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

    private EnsembleSplit split = EnsembleSplit.none();
    private EnsembleRun sum;
    private Registry registry;

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

    /**
     * Splits every MD ensemble of the job into work units of {@code blocks} blocks of samples
     * or more ({@link EnsembleSplit}; 0: no split), combined here once all have finished, bit
     * for bit the ensemble run in one piece.
     *
     * @param registry to wire the units that run here
     * @throws InvalidInputException naming {@code --blocks-per-unit} when no member's solver
     *     can be split
     */
    public JobRun splittingEnsembles(int blocks, Registry registry) {
        this.split = EnsembleSplit.of(blocks, jobs);
        this.registry = registry;
        return this;
    }

    /**
     * Makes the job an ensemble run ({@code null}: none): its members are summed once all have
     * finished ({@link EnsembleRun#write}).
     */
    public JobRun summing(EnsembleRun ensemble) {
        this.sum = ensemble;
        return this;
    }

    /** Member {@code i}'s block ranges, or none when it is not split. */
    private List<int[]> blockRanges(int i) {
        return split.ranges(jobs.get(i));
    }

    /** Member {@code i}'s directory relative to the job's. */
    private String memberDirectory(int i) {
        return job.output().directory().relativize(runs.get(i).output().directory())
                .toString().replace('\\', '/');
    }

    private String memberLabel(int i) {
        if (sum != null) {
            return sum.label(i);
        }
        return job.sweep().isPresent() ? "sweep value " + job.sweep().get().values().get(i)
                : "";
    }

    /** The units of the job, in order: one per member, or one per range of blocks. */
    public List<WorkUnit> units() {
        record Planned(String label, String directory, JsonNode descriptor, boolean plots,
                int member) {
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String rel = memberDirectory(i);
            String label = memberLabel(i);
            List<int[]> ranges = blockRanges(i);
            if (ranges.isEmpty()) {
                planned.add(new Planned(label, rel, runs.get(i).resolved(), !noPlots, i));
            }
            for (int[] r : ranges) {
                planned.add(new Planned((label.isEmpty() ? "" : label + ", ") + "blocks " + r[0]
                        + "-" + (r[1] - 1), (rel.isEmpty() ? "" : rel + "/")
                        + EnsembleSplit.unitDirectory(r), EnsembleSplit.unitDescriptor(
                        runs.get(i).resolved(), r), false, i));
            }
        }
        List<WorkUnit> units = new ArrayList<>();
        for (int u = 0; u < planned.size(); u++) {
            Planned p = planned.get(u);
            units.add(new WorkUnit(u, planned.size(), p.label(), p.directory(),
                    job.source().toString(), p.descriptor(), plugins, p.plots()));
            memberOf.put(u, p.member());
        }
        return units;
    }

    /** The member each unit belongs to. */
    private final Map<Integer, Integer> memberOf = new LinkedHashMap<>();

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
        if (split.active()) {
            out.println("split into " + all.size() + " work units of at most "
                    + split.largestUnit() + " blocks");
        }
        List<WorkUnit> pending = new ArrayList<>();
        for (WorkUnit u : all) {
            if (manifest.finished(u, fingerprint(u), root.resolve(u.directory()))) {
                out.println("skipping " + u.name() + ": finished earlier (" + root.resolve(
                        Manifest.FILE) + ")");
                int member = memberOf.get(u.index());
                if (u.directory().equals(memberDirectory(member))) {
                    jobs.set(member, null);
                }
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
        for (int i = 0; i < runs.size(); i++) {
            if (!blockRanges(i).isEmpty()) {
                combine(i, all, manifest);
            }
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
        if (sum != null) {
            try {
                sum.write(root, out);
            } catch (IOException e) {
                throw OutputDirectory.writeError(option, root, e);
            }
        }
    }

    /**
     * Puts a split ensemble together: the block sums its units reported (their
     * {@code summary.json}) handed to the member's solver as a checkpoint, which then writes the
     * member's files as the whole ensemble would.
     */
    private void combine(int i, List<WorkUnit> all, Manifest manifest) {
        Path root = job.output().directory();
        Descriptor one = runs.get(i);
        Path dir = one.output().directory();
        WorkUnit whole = new WorkUnit(-1, all.size(), memberLabel(i), memberDirectory(i),
                job.source().toString(), one.resolved(), plugins, !noPlots);
        if (manifest.finished(whole, fingerprint(whole), dir)) {
            out.println("skipping the combination of " + (whole.label().isEmpty() ? "the"
                    + " ensemble" : whole.label()) + ": finished earlier");
            return;
        }
        RunJob member = jobs.get(i) != null ? jobs.get(i) : ProblemModule.build(one, registry,
                RunJob.class);
        List<Path> summaries = new ArrayList<>();
        for (WorkUnit u : all) {
            if (memberOf.get(u.index()) == i) {
                summaries.add(root.resolve(u.directory()).resolve("summary.json"));
            }
        }
        org.rapidity.framework.spi.Checkpoint seed;
        try {
            seed = EnsembleSplit.seed(member, summaries, member.problem().outputTimes().length);
        } catch (IOException e) {
            throw OutputDirectory.writeError(option, dir, e);
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (OutputDirectory held = dir.equals(root) ? null : OutputDirectory.lock(dir,
                option)) {
            member.claim(dir, fresh);
            member.executeFrom(seed, dir, one.output().plots() && !noPlots, quiet, null,
                    one.output().checkpointSeconds());
        } catch (IOException e) {
            throw OutputDirectory.writeError(option, dir, e);
        }
        for (String line : log.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("resuming ") && !line.isEmpty()) {
                out.println(line);
            }
        }
        out.println("combined the " + summaries.size() + " units (" + member.solver()
                .parameters().integer("blocks") + " blocks) of " + (whole.label().isEmpty()
                ? "the ensemble" : whole.label()) + " in " + dir);
        jobs.set(i, null);
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : List.of("observables.csv", "summary.json", "run.json")) {
                files.put(name, Files.readAllBytes(dir.resolve(name)));
            }
            manifest.record(whole, fingerprint(whole), "combined here", files);
        } catch (IOException e) {
            throw OutputDirectory.writeError(option, dir, e);
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
        int member = memberOf.get(u.index());
        Descriptor one = runs.get(member);
        Path dir = job.output().directory().resolve(u.directory());
        boolean block = !u.directory().equals(memberDirectory(member));
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
            RunJob runJob = block ? ProblemModule.build(DescriptorReader.parse(job.source(),
                    u.descriptor().toString(), List.of()).withOutput(one.output().in(dir)),
                    registry, RunJob.class) : jobs.get(member);
            boolean plots = u.plots() && one.output().plots();
            if (!dir.equals(job.output().directory())) {
                try (OutputDirectory held = OutputDirectory.lock(dir, option)) {
                    runJob.execute(dir, fresh, plots, o, quiet ? null : e,
                            one.output().checkpointSeconds());
                }
            } else {
                runJob.execute(dir, fresh, plots, o, quiet ? null : e,
                        one.output().checkpointSeconds());
            }
            if (!block) {
                jobs.set(member, null); // its arrays may go
            }
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
