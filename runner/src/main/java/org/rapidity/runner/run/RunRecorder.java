package org.rapidity.runner.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Replicas;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.FieldFiles;

/**
 * The {@link RunContext} of the command line: evaluates the observables at every output time and
 * appends a row to {@code observables.csv} at once (a finished output is never lost), keeps
 * atomic checkpoints at most every {@code checkpointSeconds} of wall time (and at the end), and
 * on resume trims the table to the outputs the checkpoint covers. With a {@link Replicas} view
 * in the snapshots, each column gets a jackknife error column {@code <column>_err}. Observables
 * that are {@link FieldOutput}s also write their arrays through {@link FieldFiles}.
 */
public final class RunRecorder implements RunContext {

    /** Name of the observables table in the run directory. */
    public static final String TABLE = "observables.csv";
    /** Name of the checkpoint file in the run directory. */
    public static final String CHECKPOINT = "checkpoint.bin";

    private final Path dir;
    private final double[] outputTimes;
    private final List<Observable> observables;
    /** What every checkpoint records of this run. */
    private final CheckpointFile.Run run;
    private final double checkpointSeconds;
    private final PrintStream progressOut;
    private final String label;
    /** The checkpoint resumed from, until the solver takes it ({@link #resumeFrom}). */
    private Checkpoint resume;
    /** The time of the checkpoint resumed from; NaN for a fresh run. */
    private final double resumedAt;
    /** The resume under a changed descriptor, or null. */
    private final ResumeRules.Extension extension;
    private final FieldFiles fields;
    private final List<double[]> rows = new ArrayList<>();
    private List<String> header;
    private int emitted;
    private long lastCheckpoint = System.nanoTime();
    private long lastProgress;
    private final long start = System.nanoTime();
    private final Eta eta = new Eta(30);
    /** The latest checkpoint offered and not yet written (null once written: not held). */
    private Checkpoint latest;

    /** The option that chooses the run directory, named in I/O errors. */
    static final String OPTION = "--out";

    /**
     * @param dir run directory (created)
     * @param outputTimes the problem's output times
     * @param observables what to evaluate at each output
     * @param fingerprint identifies the run; checkpoints of other runs are ignored
     * @param checkpointSeconds least wall time between checkpoints
     * @param resume whether to resume from a checkpoint in {@code dir}
     * @param progressOut where progress lines go (null: none)
     * @param label run label for progress lines
     */
    public RunRecorder(Path dir, double[] outputTimes, List<Observable> observables,
            String fingerprint, double checkpointSeconds, boolean resume,
            PrintStream progressOut, String label) throws IOException {
        this(dir, outputTimes, observables, fingerprint, checkpointSeconds, resume, progressOut,
                label, null);
    }

    /**
     * As above, with the writer of the fields of {@link FieldOutput} observables (null: none
     * are written).
     */
    public RunRecorder(Path dir, double[] outputTimes, List<Observable> observables,
            String fingerprint, double checkpointSeconds, boolean resume,
            PrintStream progressOut, String label, FieldFiles fields) throws IOException {
        this(dir, outputTimes, observables, CheckpointFile.Run.of(fingerprint), null,
                checkpointSeconds, resume, progressOut, label, fields);
    }

    /**
     * As above, with the run's descriptor recorded in its checkpoints, and {@code rules}
     * (null: none) deciding whether a checkpoint of a changed descriptor may resume.
     *
     * @param descriptor the resolved descriptor, as JSON text
     */
    RunRecorder(Path dir, double[] outputTimes, List<Observable> observables,
            String fingerprint, String descriptor, ResumeRules rules, double checkpointSeconds,
            boolean resume, PrintStream progressOut, String label, FieldFiles fields)
            throws IOException {
        this(dir, outputTimes, observables, new CheckpointFile.Run(fingerprint, descriptor,
                outputTimes.clone()), rules, checkpointSeconds, resume, progressOut, label,
                fields);
    }

    private RunRecorder(Path dir, double[] outputTimes, List<Observable> observables,
            CheckpointFile.Run run, ResumeRules rules, double checkpointSeconds, boolean resume,
            PrintStream progressOut, String label, FieldFiles fields) throws IOException {
        this.dir = dir;
        this.outputTimes = outputTimes.clone();
        this.observables = List.copyOf(observables);
        this.run = run;
        this.checkpointSeconds = checkpointSeconds;
        this.progressOut = progressOut;
        this.label = label;
        this.fields = fields;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputDirectory.writeError(OPTION, dir, e);
        }
        CheckpointFile.Run[] saved = {null};
        Optional<Checkpoint> c = resume ? CheckpointFile.read(dir.resolve(CHECKPOINT), r -> {
            saved[0] = r;
            return r.fingerprint().equals(run.fingerprint()) || rules != null;
        }) : Optional.empty();
        ResumeRules.Extension changed = null;
        if (c.isPresent() && !saved[0].fingerprint().equals(run.fingerprint())) {
            // another descriptor: resumes if only what may change did (else refused, named)
            changed = rules.accept(saved[0], c.get(), dir.resolve(CHECKPOINT));
        }
        if (c.isPresent() && Files.isRegularFile(dir.resolve(TABLE))) {
            List<String> lines;
            try {
                lines = Files.readAllLines(dir.resolve(TABLE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw damagedTable(dir.resolve(TABLE), OutputDirectory.reason(e));
            }
            int keep = c.get().outputsDone();
            if (lines.size() < keep + 1) {
                c = Optional.empty(); // table shorter than the checkpoint claims: start over
            } else {
                header = List.of(lines.get(0).split(","));
                List<String> kept = new ArrayList<>(lines.subList(0, keep + 1));
                for (int k = 1; k < kept.size(); k++) {
                    rows.add(parseRow(dir.resolve(TABLE), k + 1, kept.get(k), header.size()));
                }
                try {
                    Csv.writeLines(dir.resolve(TABLE), kept);
                } catch (IOException e) {
                    throw OutputDirectory.writeError(OPTION, dir.resolve(TABLE), e);
                }
                emitted = keep;
            }
        } else {
            c = Optional.empty();
        }
        if (c.isEmpty()) {
            try {
                Files.deleteIfExists(dir.resolve(TABLE));
                Files.deleteIfExists(dir.resolve(CHECKPOINT));
            } catch (IOException e) {
                throw OutputDirectory.writeError(OPTION, dir.resolve(TABLE), e);
            }
        }
        this.resume = c.orElse(null);
        this.resumedAt = c.isPresent() ? c.get().time() : Double.NaN;
        this.extension = c.isPresent() ? changed : null;
    }

    private final Map<String, double[]> results = new LinkedHashMap<>();

    /** A row of a table being resumed; a damaged one is named with the choices. */
    private static double[] parseRow(Path table, int lineNumber, String line, int columns) {
        String[] parts = line.split(",", -1);
        if (parts.length != columns) {
            throw damagedTable(table, "line " + lineNumber + " has " + parts.length + " of "
                    + columns + " columns");
        }
        double[] row = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                row[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw damagedTable(table, "line " + lineNumber + ", column " + (i + 1)
                        + " is not a number: '" + parts[i] + "'");
            }
        }
        return row;
    }

    private static InvalidInputException damagedTable(Path table, String why) {
        return new InvalidInputException(table.toString(), "damaged table: " + why + "; run"
                + " again with --fresh to start over, or delete the file");
    }

    @Override
    public double[] outputTimes() {
        return outputTimes.clone();
    }

    /** Hands the checkpoint over once: the recorder keeps no reference to a large state. */
    @Override
    public Optional<Checkpoint> resumeFrom() {
        Optional<Checkpoint> c = Optional.ofNullable(resume);
        resume = null;
        return c;
    }

    /** Whether this run resumed from a checkpoint. */
    public boolean resumed() {
        return !Double.isNaN(resumedAt);
    }

    /** The time of the checkpoint this run resumed from (NaN for a fresh run). */
    public double resumedAt() {
        return resumedAt;
    }

    /** The resume under a changed descriptor (later output times, loosened checks), if any. */
    public Optional<ResumeRules.Extension> extension() {
        return Optional.ofNullable(extension);
    }

    @Override
    public void emit(Snapshot snapshot) {
        if (emitted >= outputTimes.length) {
            throw new IllegalStateException("solver emitted more snapshots than output times");
        }
        double expected = outputTimes[emitted];
        double t = snapshot.time();
        if (Math.abs(t - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
            throw new IllegalStateException("solver emitted t = " + t
                    + " but the next output time is " + expected);
        }
        Optional<Replicas> replicas = snapshot.view(Replicas.class);
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        names.add("time");
        values.add(expected);
        for (Observable o : observables) {
            double[] v = o.evaluate(snapshot);
            double[][] rv = null;
            if (replicas.isPresent()) {
                List<Snapshot> reps = replicas.get().replicas();
                rv = new double[reps.size()][];
                for (int r = 0; r < reps.size(); r++) {
                    rv[r] = o.evaluate(reps.get(r));
                }
            }
            if (fields != null && o instanceof FieldOutput) {
                try {
                    fields.write(emitted, t, ((FieldOutput) o).fields(snapshot));
                } catch (IOException e) {
                    throw OutputDirectory.writeError(OPTION, dir.resolve("fields"), e);
                }
            }
            for (int c = 0; c < o.columns().size(); c++) {
                names.add(o.columns().get(c));
                values.add(v[c]);
                if (rv != null) {
                    names.add(o.columns().get(c) + "_err");
                    values.add(jackknifeError(rv, c));
                }
            }
        }
        try {
            if (header == null) {
                header = names;
                Files.writeString(dir.resolve(TABLE), String.join(",", header) + "\n",
                        StandardCharsets.UTF_8);
            } else if (!header.equals(names)) {
                throw new IllegalStateException("observable columns changed during the run: "
                        + header + " vs " + names);
            }
            double[] row = values.stream().mapToDouble(Double::doubleValue).toArray();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                sb.append(i == 0 ? "" : ",").append(Csv.number(row[i]));
            }
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(TABLE),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
                w.write(sb.append('\n').toString());
            }
            rows.add(row);
        } catch (IOException e) {
            throw OutputDirectory.writeError(OPTION, dir.resolve(TABLE), e);
        }
        emitted++;
        progress(t);
    }

    static double jackknifeError(double[][] replicaValues, int column) {
        int m = replicaValues.length;
        double mean = 0;
        for (double[] r : replicaValues) {
            mean += r[column];
        }
        mean /= m;
        double ss = 0;
        for (double[] r : replicaValues) {
            double d = r[column] - mean;
            ss += d * d;
        }
        return Math.sqrt((m - 1.0) / m * ss);
    }

    @Override
    public void checkpoint(Checkpoint checkpoint) {
        long now = System.nanoTime();
        if (checkpoint.outputsDone() > emitted) {
            throw new IllegalStateException("checkpoint claims " + checkpoint.outputsDone()
                    + " outputs but only " + emitted + " were emitted");
        }
        boolean last = checkpoint.outputsDone() >= outputTimes.length;
        synchronized (this) {
            latest = checkpoint; // kept for a final write on SIGINT/SIGTERM (flushLatest)
            if (!last && (now - lastCheckpoint) * 1e-9 < checkpointSeconds) {
                return;
            }
            write(checkpoint);
        }
        lastCheckpoint = now;
    }

    /**
     * Writes the latest checkpoint the solver offered, if the time throttle skipped it: called
     * from a shutdown hook on SIGINT/SIGTERM so that an interrupted run resumes from its last
     * state, not from the last one written.
     *
     * @return whether a checkpoint was written
     */
    public boolean flushLatest() {
        synchronized (this) {
            if (latest == null) {
                return false;
            }
            write(latest);
            return true;
        }
    }

    private void write(Checkpoint checkpoint) {
        try {
            CheckpointFile.write(dir.resolve(CHECKPOINT), run, checkpoint);
        } catch (IOException e) {
            throw OutputDirectory.writeError(OPTION, dir.resolve(CHECKPOINT), e);
        }
        if (latest == checkpoint) {
            latest = null; // on disk: a large state is not kept alive here for a final write
        }
    }

    @Override
    public void result(String name, double... values) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("result name '" + name + "' must be lower case"
                    + " with underscores");
        }
        results.put(name, values.clone());
    }

    /** The solver's results ({@link #result}), in the order reported. */
    public Map<String, double[]> results() {
        return Collections.unmodifiableMap(results);
    }

    @Override
    public void progress(double time) {
        if (progressOut == null) {
            return;
        }
        long now = System.nanoTime();
        double end = outputTimes[outputTimes.length - 1];
        boolean done = emitted >= outputTimes.length;
        double elapsed = (now - start) * 1e-9;
        eta.observe(elapsed, time);
        if (!done && now - lastProgress < 2_000_000_000L) {
            return;
        }
        lastProgress = now;
        double fraction = end > 0 ? Math.min(1, time / end) : 1;
        double left = eta.secondsLeft(end);
        progressOut.printf(Locale.ROOT, "%s: t = %.6g of %.6g (%.0f%%), %.0f s%s%n", label,
                time, end, 100 * fraction, elapsed, done || Double.isNaN(left) ? ""
                        : ", about " + Eta.format(left) + " left");
    }

    /** Column names (null before the first output). */
    public List<String> header() {
        return header;
    }

    /** The rows written so far (time first). */
    public List<double[]> rows() {
        return List.copyOf(rows);
    }

    /** Number of outputs written. */
    public int emitted() {
        return emitted;
    }
}
