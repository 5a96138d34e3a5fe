package org.rapidity.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.SeriesSummary;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.runner.Version;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.output.FieldFiles;
import org.rapidity.runner.output.Json;
import org.rapidity.runner.output.Plots;
import org.rapidity.runner.wiring.Observables;

/**
 * The {@code run} job: evolves the problem with the solver, writing {@code observables.csv} as it
 * goes, checkpoints, and at the end {@code summary.json}, {@code run.json} and
 * {@code observables.png}. An interrupted run of the same descriptor resumes from its last
 * checkpoint.
 */
public final class RunJob {

    private final Descriptor descriptor;
    private final Problem problem;
    private final Solver solver;
    private final Observables observables;
    private final Registry registry;

    @Inject
    RunJob(Descriptor descriptor, Problem problem, Solver solver, Observables observables,
            Registry registry) {
        this.descriptor = descriptor;
        this.problem = problem;
        this.solver = solver;
        this.observables = observables;
        this.registry = registry;
    }

    /** Refuses observables that need a view the solver does not offer, naming solvers that do. */
    void checkObservables() {
        for (Observable o : observables.list()) {
            if (!readable(o, solver)) {
                List<String> able = new ArrayList<>();
                for (SolverProvider p : registry.solvers().all()) {
                    if (readable(o, p.snapshotViews())) {
                        able.add(p.name());
                    }
                }
                throw new InvalidInputException("observables", "observable '" + o.name()
                        + "' needs " + o.requires().getSimpleName() + ", which solver '"
                        + solver.name() + "' does not provide"
                        + (able.isEmpty() ? "" : "; solvers that do: " + String.join(", ", able)));
            }
        }
    }

    /**
     * Every check that needs no work: the observables against the solver's views, the solver's
     * resource estimate against the JVM's memory ({@link Resources}), the solver's own refusals
     * ({@link Solver#check}).
     */
    public void check(PrintStream notes) {
        checkObservables();
        Resources.checkSolver(solver, problem, notes);
        solver.check(problem);
    }

    /** The problem this job solves. */
    public Problem problem() {
        return problem;
    }

    /** The solver of this job. */
    public Solver solver() {
        return solver;
    }

    /** Whether the solver emits a view the observable reads ({@link Observable#views()}). */
    public static boolean readable(Observable o, Solver solver) {
        return readable(o, solver.snapshotViews());
    }

    /** Whether one of {@code views} is one the observable reads. */
    static boolean readable(Observable o, List<Class<?>> views) {
        return o.views().stream().anyMatch(view -> views.stream()
                .anyMatch(view::isAssignableFrom));
    }

    /**
     * Runs (or resumes) and writes the outputs into {@code dir}.
     *
     * @param fresh ignore an existing checkpoint
     * @return the summary written to {@code summary.json}
     */
    public ObjectNode execute(Path dir, boolean fresh, boolean plots, PrintStream out,
            PrintStream progress, double checkpointSeconds) throws IOException {
        check(null);
        String fingerprint = fingerprint(descriptor.resolved());
        ResumeRules rules = resumeRules();
        OutputDirectory.claim(dir, fingerprint, fresh, RunRecorder.OPTION, rules);
        ArrayNode extensions = (ArrayNode) recorded(dir, fresh, "run.json", "extensions",
                Json.MAPPER.createArrayNode());
        JsonNode earlierResults = recorded(dir, fresh, "summary.json", "solver_results",
                Json.object());
        RunRecorder recorder = new RunRecorder(dir, problem.outputTimes(), observables.list(),
                fingerprint, descriptor.resolved().toString(), rules, checkpointSeconds, !fresh,
                progress, solver.name(), new FieldFiles(dir, plots));
        if (recorder.resumed()) {
            out.printf(Locale.ROOT, "%s %s from t = %s (%d of %d outputs done)%s%n",
                    recorder.extension().isPresent() ? "extending" : "resuming", dir,
                    Parameters.format(recorder.resumedAt()), recorder.emitted(),
                    problem.outputTimes().length, recorder.extension().map(x -> "; changed: "
                            + String.join(", ", x.changed())).orElse(""));
        } else { // a fresh start: nothing of an earlier run is kept
            extensions.removeAll();
            earlierResults = Json.object();
        }
        recorder.extension().ifPresent(x -> {
            ObjectNode e = extensions.addObject();
            e.put("from_time", x.fromTime());
            e.put("outputs_kept", x.outputsKept());
            x.changed().forEach(e.putArray("changed")::add);
        });
        ObjectNode run = Json.object();
        run.put("rapidity", Version.get());
        run.put("java", System.getProperty("java.version"));
        run.put("started", Instant.now().toString());
        run.put("command", "run");
        run.put("fingerprint", fingerprint);
        run.set("descriptor", descriptor.resolved());
        if (!extensions.isEmpty()) {
            run.set("extensions", extensions);
        }
        try {
            Json.write(dir.resolve("run.json"), run);
        } catch (IOException e) {
            throw OutputDirectory.writeError(RunRecorder.OPTION, dir.resolve("run.json"), e);
        }
        long t0 = System.nanoTime();
        // SIGINT/SIGTERM: write the latest checkpoint the solver offered before the JVM exits
        Thread finalCheckpoint = new Thread(() -> {
            if (progress == null) {
                recorder.flushLatest();
                return;
            }
            try {
                if (recorder.flushLatest()) {
                    progress.println("interrupted: wrote the last checkpoint to "
                            + dir.resolve(RunRecorder.CHECKPOINT) + "; run the same command"
                            + " again to resume");
                }
            } catch (RuntimeException e) {
                progress.println("interrupted: could not write the last checkpoint: "
                        + e.getMessage());
            }
        }, "rapidity-final-checkpoint");
        Runtime.getRuntime().addShutdownHook(finalCheckpoint);
        try {
            solver.run(problem, recorder);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(finalCheckpoint);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook runs
            }
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        if (recorder.emitted() != problem.outputTimes().length) {
            throw new IllegalStateException("solver " + solver.name() + " emitted "
                    + recorder.emitted() + " of " + problem.outputTimes().length + " outputs");
        }
        ObjectNode summary = summary(recorder, wall);
        if (earlierResults.size() > 0) {
            // results the resumed part did not report again (a work unit's block sums of the
            // outputs before the checkpoint) are those of the earlier part, the same dynamics
            ObjectNode results = summary.has("solver_results")
                    ? (ObjectNode) summary.get("solver_results")
                    : summary.putObject("solver_results");
            earlierResults.fields().forEachRemaining(e -> {
                if (!results.has(e.getKey())) {
                    results.set(e.getKey(), e.getValue());
                }
            });
        }
        if (!extensions.isEmpty()) {
            summary.set("extensions", extensions); // from which times the run was extended
        }
        try {
            Json.write(dir.resolve("summary.json"), summary);
            if (plots) {
                plot(dir.resolve("observables.png"), recorder, descriptor.output().timeScale(),
                        descriptor.output().timeLabel());
                plotAgainstAbscissa(dir, recorder);
            }
        } catch (IOException e) {
            throw OutputDirectory.writeError(RunRecorder.OPTION, dir, e);
        }
        recorder.results().forEach((k, v) -> {
            if (k.startsWith("unit_")) {
                return; // numbers for the runner (a work unit's block sums), not for reading
            }
            StringBuilder b = new StringBuilder();
            for (double x : v) {
                b.append(b.length() == 0 ? "" : " ").append(x == Math.rint(x)
                        && Math.abs(x) < 1e9 ? Long.toString((long) x)
                        : String.format(Locale.ROOT, "%.6g", x));
            }
            out.printf(Locale.ROOT, "  %s = %s%n", k, b);
        });
        out.printf(Locale.ROOT, "%s: %d outputs to t = %s in %.1f s; wrote %s%n", solver.name(),
                recorder.emitted(), Parameters.format(problem.endTime()), wall,
                dir.resolve(RunRecorder.TABLE));
        return summary;
    }

    /**
     * The array or object {@code field} of {@code dir/file} written by the earlier part of a
     * resumed run (empty with {@code fresh}, or if absent): the extensions in {@code run.json},
     * kept so the results say from which times they were extended, and the solver's results
     * ({@code none} if there is none of the same kind).
     */
    private static JsonNode recorded(Path dir, boolean fresh, String file, String field,
            JsonNode none) {
        Path path = dir.resolve(file);
        if (!fresh && java.nio.file.Files.isRegularFile(path)) {
            try {
                JsonNode found = Json.MAPPER.readTree(path.toFile()).path(field);
                if (found.getNodeType() == none.getNodeType()) {
                    return found.deepCopy();
                }
            } catch (IOException e) {
                // a damaged run.json was refused by the claim; nothing of it is kept
            }
        }
        return none;
    }

    /**
     * Claims {@code dir} for this run ({@link OutputDirectory#claim}): the results of this
     * descriptor, or of one that differs only in what a resume may change ({@link ResumeRules}).
     */
    public void claim(Path dir, boolean fresh) {
        OutputDirectory.claim(dir, fingerprint(descriptor.resolved()), fresh, RunRecorder.OPTION,
                resumeRules());
    }

    /** What a resume of this run accepts of a changed descriptor. */
    private ResumeRules resumeRules() {
        return new ResumeRules(descriptor.resolved(), problem.outputTimes(), solver, problem);
    }

    /**
     * Runs from {@code seed}, a checkpoint handed over rather than saved (the block sums that
     * the work units of a split ensemble measured, docs/distributed.md), writing {@code dir} as
     * {@link #execute} does.
     */
    public ObjectNode executeFrom(org.rapidity.framework.spi.Checkpoint seed, Path dir,
            boolean plots, PrintStream out, PrintStream progress, double checkpointSeconds)
            throws IOException {
        check(null);
        java.nio.file.Files.createDirectories(dir);
        claim(dir, false);
        CheckpointFile.write(dir.resolve(RunRecorder.CHECKPOINT), new CheckpointFile.Run(
                fingerprint(descriptor.resolved()), descriptor.resolved().toString(),
                problem.outputTimes()), seed);
        return execute(dir, false, plots, out, progress, checkpointSeconds);
    }

    private ObjectNode summary(RunRecorder recorder, double wall) {
        ObjectNode root = Json.object();
        root.put("model", problem.space().model().name());
        root.put("solver", solver.name());
        ObjectNode sp = root.putObject("solver_parameters");
        solver.parameters().asMap().forEach(sp::putPOJO);
        root.put("wall_seconds", wall);
        root.put("end_time", problem.endTime());
        List<String> header = recorder.header();
        List<double[]> rows = recorder.rows();
        ObjectNode fin = root.putObject("final");
        double[] last = rows.get(rows.size() - 1);
        for (int c = 1; c < header.size(); c++) {
            Json.putNumber(fin, header.get(c), last[c]);
        }
        if (!recorder.results().isEmpty()) {
            ObjectNode results = root.putObject("solver_results");
            recorder.results().forEach((k, v) -> {
                if (v.length == 1) {
                    Json.putNumber(results, k, v[0]);
                } else {
                    ArrayNode a = results.putArray(k);
                    for (double x : v) {
                        if (Double.isFinite(x)) {
                            a.add(x);
                        } else {
                            a.addNull();
                        }
                    }
                }
            });
        }
        ObjectNode fits = root.putObject("fits");
        double[] times = rows.stream().mapToDouble(r -> r[0]).toArray();
        for (Observable o : observables.list()) {
            if (o instanceof SeriesSummary) {
                double[][] values = new double[o.columns().size()][times.length];
                for (int c = 0; c < o.columns().size(); c++) {
                    int col = header.indexOf(o.columns().get(c));
                    for (int t = 0; t < times.length; t++) {
                        values[c][t] = rows.get(t)[col];
                    }
                }
                ((SeriesSummary) o).summarize(times, values)
                        .forEach((k, v) -> Json.putNumber(fits, k, v));
            }
        }
        return root;
    }

    private static void plot(Path png, RunRecorder recorder, double timeScale, String timeLabel)
            throws IOException {
        List<String> header = recorder.header();
        List<double[]> rows = recorder.rows();
        double[] t = rows.stream().mapToDouble(r -> r[0] / timeScale).toArray();
        List<Plots.Panel> panels = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            if (header.get(c).endsWith("_err")) {
                continue;
            }
            final int col = c;
            double[] y = rows.stream().mapToDouble(r -> r[col]).toArray();
            panels.add(new Plots.Panel(header.get(c), timeLabel, header.get(c),
                    List.of(new Plots.Series(header.get(c), t, y))));
        }
        if (!panels.isEmpty()) {
            Plots.save(png, panels);
        }
    }

    /**
     * For an observable that is an {@link Observable#abscissa()} (e.g. the coupling of a ramp):
     * every other column against its first column, in {@code observables-vs-<column>.png}.
     */
    private void plotAgainstAbscissa(Path dir, RunRecorder recorder) throws IOException {
        List<String> header = recorder.header();
        List<double[]> rows = recorder.rows();
        for (Observable o : observables.list()) {
            if (!o.abscissa() || o.columns().isEmpty()) {
                continue;
            }
            String name = o.columns().get(0);
            int xc = header.indexOf(name);
            double[] x = rows.stream().mapToDouble(r -> r[xc]).toArray();
            List<Plots.Panel> panels = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) {
                if (c == xc || header.get(c).endsWith("_err") || o.columns().contains(
                        header.get(c))) {
                    continue;
                }
                final int col = c;
                double[] y = rows.stream().mapToDouble(r -> r[col]).toArray();
                panels.add(new Plots.Panel(header.get(c), name, header.get(c),
                        List.of(new Plots.Series(header.get(c), x, y))));
            }
            if (!panels.isEmpty()) {
                Plots.save(dir.resolve("observables-vs-" + name + ".png"), panels);
            }
        }
    }

    /** SHA-256 of the descriptor without its output settings and description. */
    public static String fingerprint(JsonNode resolved) {
        ObjectNode copy = (ObjectNode) resolved.deepCopy();
        copy.remove("output");
        copy.remove("description");
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(copy.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
