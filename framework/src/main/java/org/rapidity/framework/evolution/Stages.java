package org.rapidity.framework.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Replicas;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.tba.TbaState;

/**
 * A run in stages: solver 0 from the initial state, solver {@code s} from the rapidity density
 * that stage {@code s − 1} reached at its start time {@code t_s} (e.g. the gBBGKY hierarchy up to
 * {@code t_L}, then the generalised Landau equation, as in Fig. 6 of the gBBGKY paper). No stage
 * builds another: each is an independent {@link EvolvingSolver} chosen in the descriptor.
 *
 * <p>Output times up to and including {@code t_s} belong to stage {@code s − 1}; the first output
 * after {@code t_s} is reached by advancing stage {@code s − 1} to {@code t_s}, handing over
 * ({@link Evolution#handOff()}) and advancing stage {@code s}. Stage {@code s} sees a problem whose
 * initial state is the handed-over density and whose output times are {@code t_s} followed by the
 * remaining ones (its own snapshot at {@code t_s} is never emitted). Views a finished stage keeps
 * reporting ({@link Evolution#carry()}) are added to the later snapshots. Checkpoints hold the
 * current stage's state, the stage index and the densities handed over, so a resume lands in the
 * right stage.
 */
public final class Stages implements EvolvingSolver {

    private static final String STAGE = "@stage";
    private static final String START = "@start";
    private static final String CARRY = "@carry.";

    private final List<EvolvingSolver> solvers;
    private final double[] starts;

    /**
     * @param solvers the stages' solvers, in order (at least two)
     * @param starts the start time of each stage after the first ({@code solvers.size() − 1}
     *     strictly increasing, positive times, in the model's time unit)
     */
    public Stages(List<EvolvingSolver> solvers, double[] starts) {
        if (solvers.size() < 2 || starts.length != solvers.size() - 1) {
            throw new IllegalArgumentException("stages need two or more solvers and one start"
                    + " time for each after the first");
        }
        for (int s = 0; s < starts.length; s++) {
            if (!(starts[s] > (s == 0 ? 0 : starts[s - 1])) || !Double.isFinite(starts[s])) {
                throw new InvalidInputException("stages." + s + ".from", "stage start times must"
                        + " be finite, positive and increasing; got " + Parameters.format(starts[s]));
            }
        }
        this.solvers = List.copyOf(solvers);
        this.starts = starts.clone();
    }

    /**
     * The first stage's provider, whose views are the run's: the later stages supply the density,
     * and the earlier ones carry what they no longer evolve.
     */
    @Override
    public SolverProvider provider() {
        return solvers.get(0).provider();
    }

    /** The stages' solver names joined by {@code +}, e.g. {@code hierarchy+landau}. */
    @Override
    public String name() {
        return String.join("+", solvers.stream().map(EvolvingSolver::name).toList());
    }

    /** The first stage's parameters (each stage reports its own in its descriptor entry). */
    @Override
    public Parameters parameters() {
        return solvers.get(0).parameters();
    }

    /** The stages' solvers, in order. */
    public List<EvolvingSolver> stages() {
        return solvers;
    }

    /** The first stage's check parameters (a later stage's are under {@code stages.i.solver}). */
    @Override
    public Set<String> checkParameters() {
        return solvers.get(0).checkParameters();
    }

    /** Extendable when every stage is. */
    @Override
    public boolean extendable(Problem problem) {
        return solvers.stream().allMatch(s -> s.extendable(problem));
    }

    @Override
    public void check(Problem problem) {
        for (EvolvingSolver s : solvers) {
            s.check(problem);
        }
        // the table's columns are fixed by the first stage: replicas (which add an error column to
        // every observable) may not appear in a later stage only
        boolean replicas = solvers.get(0).snapshotViews().contains(Replicas.class);
        for (int s = 1; s < solvers.size(); s++) {
            if (!replicas && solvers.get(s).snapshotViews().contains(Replicas.class)) {
                throw new InvalidInputException("stages." + (s - 1) + ".solver.name",
                        "solver '" + solvers.get(s).name() + "' reports replicas (error"
                                + " columns), which the first stage ('" + solvers.get(0).name()
                                + "') does not: the table's columns would change mid-run");
            }
        }
        if (!(starts[0] > problem.outputTimes()[0])) {
            throw new InvalidInputException("stages.0.from", "the second stage must start after"
                    + " the first output time " + Parameters.format(problem.outputTimes()[0])
                    + "; got " + Parameters.format(starts[0]));
        }
    }

    /** The largest memory any stage needs (they run one after another). */
    @Override
    public ResourceEstimate estimate(Problem problem) {
        ResourceEstimate largest = ResourceEstimate.NONE;
        for (EvolvingSolver s : solvers) {
            ResourceEstimate e = s.estimate(problem);
            if (e.bytes() > largest.bytes()) {
                largest = e;
            }
        }
        return largest;
    }

    @Override
    public Evolution start(Problem problem, RunContext context) {
        return new Staged(problem, context, 0, solvers.get(0).start(problem, context), null,
                new ArrayList<>());
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        if (!saved.arrays().containsKey(STAGE)) {
            throw new InvalidInputException("checkpoint", "the checkpoint holds no stage index;"
                    + " start afresh (the command line's --fresh) or delete the checkpoint");
        }
        int stage = (int) saved.array(STAGE)[0];
        List<double[]> carries = new ArrayList<>();
        for (int s = 0; s < stage; s++) {
            carries.add(saved.array(CARRY + s));
        }
        Map<String, double[]> inner = new LinkedHashMap<>(saved.arrays());
        inner.keySet().removeIf(k -> k.startsWith("@"));
        EvolvingSolver solver = solvers.get(stage);
        Checkpoint own = new Checkpoint(solver.name(), solver.stateVersion(), saved.time(),
                saved.outputsDone(), inner, saved.singles());
        if (stage == 0) {
            return new Staged(problem, context, 0, solver.restore(problem, own, context), null,
                    carries);
        }
        double[] rho = saved.array(START);
        Problem sub = stageProblem(problem, stage, rho);
        return new Staged(problem, context, stage, solver.restore(sub, own, context), rho,
                carries);
    }

    /** The problem of stage {@code s ≥ 1}: from {@code rho} at {@code t_s}, remaining outputs. */
    private Problem stageProblem(Problem problem, int s, double[] rho) {
        double[] all = problem.outputTimes();
        int before = 0;
        while (before < all.length && all[before] <= starts[s - 1]) {
            before++;
        }
        double[] times = new double[all.length - before + 1];
        times[0] = starts[s - 1];
        System.arraycopy(all, before, times, 1, all.length - before);
        // the density was checked when it was handed over; rebuild it without a second check
        TbaState state = TbaState.fromEvolvedDensity(problem.space(), rho,
                Double.POSITIVE_INFINITY);
        return new Problem(state, problem.perturbations(), problem.drives(),
                problem.truncation().orElse(null), times);
    }

    /** The evolution of a staged run: the current stage's, plus what earlier stages carry. */
    private final class Staged implements Evolution {
        private final Problem problem;
        private final RunContext context;
        private final List<double[]> carries;
        private final List<Carried> carried = new ArrayList<>();
        private int stage;
        private Evolution current;
        private double[] started;

        Staged(Problem problem, RunContext context, int stage, Evolution current,
                double[] started, List<double[]> carries) {
            this.problem = problem;
            this.context = context;
            this.stage = stage;
            this.current = current;
            this.started = started;
            this.carries = carries;
            for (int s = 0; s < carries.size(); s++) {
                carried.add(solvers.get(s).carriedViews(problem, carries.get(s)));
            }
        }

        @Override
        public double time() {
            return current.time();
        }

        @Override
        public void advance(double until, Interval interval) {
            while (stage + 1 < solvers.size() && starts[stage] < until) {
                if (current.time() < starts[stage]) {
                    current.advance(starts[stage], interval);
                }
                handOver();
            }
            current.advance(until, interval);
        }

        private void handOver() {
            double[] rho = current.handOff().density();
            double[] carry = current.carry();
            carries.add(carry);
            carried.add(solvers.get(stage).carriedViews(problem, carry));
            stage++;
            started = rho;
            current.close();
            current = solvers.get(stage).start(stageProblem(problem, stage, rho), context);
        }

        @Override
        public Snapshot snapshot() {
            Snapshot own = current.snapshot();
            if (carried.isEmpty()) {
                return own;
            }
            List<Object> extra = new ArrayList<>();
            TbaState state = own.view(TbaState.class).orElseThrow();
            for (Carried c : carried) {
                extra.addAll(c.views(state));
            }
            return new Snapshot() {
                @Override
                public double time() {
                    return own.time();
                }

                @Override
                public <T> Optional<T> view(Class<T> type) {
                    Optional<T> v = own.view(type);
                    if (v.isPresent()) {
                        return v;
                    }
                    return extra.stream().filter(type::isInstance).map(type::cast).findFirst();
                }
            };
        }

        @Override
        public List<ConservationMonitor> monitors() {
            return current.monitors();
        }

        @Override
        public Map<String, double[]> save() {
            Map<String, double[]> arrays = new LinkedHashMap<>(current.save());
            arrays.put(STAGE, new double[] {stage});
            if (started != null) {
                arrays.put(START, started.clone());
            }
            for (int s = 0; s < carries.size(); s++) {
                arrays.put(CARRY + s, carries.get(s).clone());
            }
            return arrays;
        }

        @Override
        public Map<String, float[]> saveSingle() {
            return current.saveSingle();
        }

        @Override
        public TbaState handOff() {
            return current.handOff();
        }

        @Override
        public void close() {
            current.close();
        }

        @Override
        public double[] carry() {
            return current.carry();
        }
    }
}
