package org.rapidity.runner.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.rapidity.framework.evolution.EvolvingSolver;
import org.rapidity.framework.evolution.Stages;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;

/**
 * Which changes of the descriptor a run resumed from a checkpoint accepts: those that leave the
 * dynamics already computed as they were. These are later output times ({@code times}: those up
 * to the checkpoint's and the next one unchanged), when the solver's steps never read the end
 * time ({@link Solver#extendable}), and the tolerances of the solver's checks
 * ({@link Solver#checkParameters}: they decide when a run stops, never what it computes). Every
 * other change is refused, naming the changed fields and those that may change. So a run that
 * finished at {@code t = 80} is extended to {@code t = 100}, and a run stopped on a check goes on
 * from its last checkpoint once the check is loosened, bit for bit the run made at once with the
 * new descriptor.
 */
public final class ResumeRules {

    /** The prefix of the output times' fields. */
    static final String TIMES = "times";

    private final JsonNode current;
    private final double[] times;
    private final Set<String> checkFields;
    private final boolean extendable;
    private final String solver;

    /**
     * @param resolved the run's resolved descriptor
     * @param times the run's output times
     * @param solver its solver (for stages: every stage's check parameters)
     * @param problem its problem
     */
    public ResumeRules(JsonNode resolved, double[] times, Solver solver, Problem problem) {
        this.current = resolved;
        this.times = times.clone();
        this.checkFields = new TreeSet<>();
        if (solver instanceof Stages) {
            List<EvolvingSolver> stages = ((Stages) solver).stages();
            for (int s = 0; s < stages.size(); s++) {
                String entry = s == 0 ? "solver." : "stages." + (s - 1) + ".solver.";
                stages.get(s).checkParameters().forEach(p -> checkFields.add(entry + p));
            }
        } else {
            solver.checkParameters().forEach(p -> checkFields.add("solver." + p));
        }
        this.extendable = solver.extendable(problem);
        this.solver = solver.name();
    }

    /**
     * The fields that differ between two resolved descriptors, as paths
     * ({@code solver.time_step}, {@code stages.0.solver.conservation}); {@code output} and
     * {@code description} are not compared, numbers are compared by value.
     */
    static List<String> changes(JsonNode before, JsonNode after) {
        Set<String> out = new LinkedHashSet<>();
        diff("", before, after, out);
        out.removeIf(p -> p.equals("output") || p.startsWith("output.")
                || p.equals("description"));
        return new ArrayList<>(out);
    }

    private static void diff(String path, JsonNode a, JsonNode b, Set<String> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                diff(path.isEmpty() ? n : path + "." + n, a.get(n), b.get(n), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()
                && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "." + i, a.get(i), b.get(i), out);
            }
        } else if (!same(a, b)) {
            out.add(path);
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return a.equals(b);
    }

    /** The fields a resume may change, in words (for messages). */
    String allowed() {
        return (extendable ? "later output times (" + TIMES + ")" : "no output times (solver '"
                + solver + "' reads the end time)") + (checkFields.isEmpty()
                ? "; solver '" + solver + "' has no check tolerances" : " and the checks'"
                + " tolerances (" + String.join(", ", checkFields) + ")");
    }

    /**
     * The fields changed since {@code before} (the descriptor of the run that wrote {@code dir}),
     * if a resume accepts them all.
     *
     * @throws InvalidInputException naming the first field a resume does not accept, with all
     *     the changed fields and those that may change
     */
    List<String> checkChanges(JsonNode before, Path dir) {
        List<String> changed = changes(before, current);
        List<String> refused = new ArrayList<>();
        for (String p : changed) {
            boolean time = p.equals(TIMES) || p.startsWith(TIMES + ".");
            if (!(time ? extendable : checkFields.contains(p))) {
                refused.add(p);
            }
        }
        if (!refused.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String p : changed) {
                shown.add(p + ": " + text(at(before, p)) + " → " + text(at(current, p)));
            }
            throw new InvalidInputException(refused.get(0), "output directory " + dir
                    + " holds the results of a different descriptor (" + String.join("; ",
                    shown) + "); a resume from their checkpoint accepts only " + allowed()
                    + "; run again with --fresh to replace them, or choose another "
                    + RunRecorder.OPTION);
        }
        return changed;
    }

    /**
     * Accepts a checkpoint of another descriptor if only what {@link #checkChanges} allows
     * changed and the output times up to the checkpoint's, and the next one, are unchanged.
     *
     * @return the resume as an {@link Extension}
     * @throws InvalidInputException naming the field, or the checkpoint file when it records no
     *     descriptor (written before format 4)
     */
    Extension accept(CheckpointFile.Run run, Checkpoint c, Path file) {
        if (!run.recorded()) {
            throw new InvalidInputException(file.toString(), "this checkpoint was written by an"
                    + " earlier version, which did not record its descriptor: it resumes only"
                    + " under the descriptor unchanged; restore it, or run again with --fresh"
                    + " to start over");
        }
        JsonNode before;
        try {
            before = new ObjectMapper().readTree(run.descriptor());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "damaged checkpoint: its"
                    + " descriptor is not JSON; run again with --fresh to start over");
        }
        List<String> changed = checkChanges(before, file.getParent());
        checkTimes(run.times(), c);
        return new Extension(c.time(), c.outputsDone(), changed);
    }

    /**
     * The output times {@code 0..k} of the run that wrote the checkpoint ({@code k} outputs
     * done; the next one too when the run had not finished: its steps may already aim at it)
     * must be this run's.
     */
    void checkTimes(double[] before, Checkpoint c) {
        int k = c.outputsDone();
        int keep = Math.min(before.length, k + 1);
        for (int i = 0; i < keep; i++) {
            if (i >= times.length || Double.compare(times[i], before[i]) != 0) {
                throw new InvalidInputException(TIMES, "output " + i + " was at t = "
                        + Parameters.format(before[i]) + " when the checkpoint (t = "
                        + Parameters.format(c.time()) + ", " + k + " outputs done) was"
                        + " written, and is " + (i >= times.length ? "gone" : "now at t = "
                        + Parameters.format(times[i])) + ": a resume keeps the output times up"
                        + " to the checkpoint's" + (keep > k ? " and the next one" : "")
                        + " and may add later ones; run again with --fresh to start over");
            }
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (Iterator<String> it = List.of(path.split("\\.")).iterator(); it.hasNext()
                && n != null;) {
            String part = it.next();
            n = n.isArray() && part.matches("\\d+") ? n.get(Integer.parseInt(part)) : n.get(part);
        }
        return n;
    }

    private static String text(JsonNode n) {
        return n == null ? "(absent)" : n.toString();
    }

    /**
     * A resume under a changed descriptor.
     *
     * @param fromTime the checkpoint's time
     * @param outputsKept the outputs it covered, kept as they were
     * @param changed the fields changed
     */
    public record Extension(double fromTime, int outputsKept, List<String> changed) {

        /** Defensive copy. */
        public Extension {
            changed = List.copyOf(changed);
        }
    }
}
