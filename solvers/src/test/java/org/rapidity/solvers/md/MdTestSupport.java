package org.rapidity.solvers.md;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.observables.InteractionEnergy;
import org.rapidity.framework.observables.KineticEnergy;
import org.rapidity.framework.observables.Kurtosis;
import org.rapidity.framework.observables.TotalEnergy;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Replicas;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.states.TwoLumpStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/** Problems, solvers and an in-memory run context for the md tests and examples. */
final class MdTestSupport {

    private MdTestSupport() {
    }

    /** The Fig. 6 state (β = 2.5, θ0 = 1, ρ̄ = 0.2) of hard rods of length a, paper's grid. */
    static TbaState fig6(double a) {
        ModeSpace space = ModeSpace.of(new HardRods(a, Parameters.empty()),
                QuadratureGrid.uniform(-7, 7, 100));
        TwoLumpStateProvider p = new TwoLumpStateProvider();
        return p.create(space, Parameters.validate("state", p.parameters(),
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2)));
    }

    static Perturbation power(double v0, double xi) {
        return new PowerLawPerturbation(v0, xi, Parameters.empty());
    }

    static Problem problem(TbaState initial, Perturbation v, double[] times) {
        return new Problem(initial, v == null ? List.of() : List.of(v), null, times);
    }

    static double[] linear(double end, int outputs) {
        double[] t = new double[outputs + 1];
        for (int k = 0; k <= outputs; k++) {
            t[k] = end * k / outputs;
        }
        return t;
    }

    /** The md solver with the given parameters (others default). */
    static MdSolver md(Map<String, Object> parameters) {
        MdSolver.Provider p = new MdSolver.Provider();
        return (MdSolver) p.create(Parameters.validate("solver", p.parameters(), parameters));
    }

    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The observables the tests read: kurtosis, kinetic, interaction and total energy. */
    static List<Observable> observables() {
        return List.of(new Kurtosis(), new KineticEnergy(), new InteractionEnergy(),
                new TotalEnergy(), new DiagnosticsObservable());
    }

    /** Thrown by {@link Recorder} to simulate an interruption. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A run context that evaluates observables (value and jackknife error, like the command
     * line) at every output and keeps every checkpoint; it can stop the run after a given
     * number of checkpoints.
     */
    static final class Recorder implements RunContext {
        final double[] times;
        final List<Observable> observables;
        final Optional<Checkpoint> resume;
        final int stopAfter;
        final List<Snapshot> snapshots = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        final List<double[]> errors = new ArrayList<>();
        final List<Checkpoint> checkpoints = new ArrayList<>();

        Recorder(double[] times, List<Observable> observables, Checkpoint resume, int stopAfter) {
            this.times = times.clone();
            this.observables = observables;
            this.resume = Optional.ofNullable(resume);
            this.stopAfter = stopAfter;
        }

        Recorder(double[] times) {
            this(times, observables(), null, -1);
        }

        @Override
        public double[] outputTimes() {
            return times.clone();
        }

        @Override
        public void emit(Snapshot snapshot) {
            snapshots.add(snapshot);
            List<Snapshot> reps = snapshot.view(Replicas.class).orElseThrow().replicas();
            List<Double> v = new ArrayList<>();
            List<Double> e = new ArrayList<>();
            for (Observable o : observables) {
                double[] value = o.evaluate(snapshot);
                double[][] r = new double[reps.size()][];
                for (int k = 0; k < r.length; k++) {
                    r[k] = o.evaluate(reps.get(k));
                }
                for (int c = 0; c < value.length; c++) {
                    v.add(value[c]);
                    double mean = 0;
                    for (double[] x : r) {
                        mean += x[c] / r.length;
                    }
                    double ss = 0;
                    for (double[] x : r) {
                        ss += (x[c] - mean) * (x[c] - mean);
                    }
                    e.add(Math.sqrt((r.length - 1.0) / r.length * ss));
                }
            }
            values.add(v.stream().mapToDouble(Double::doubleValue).toArray());
            errors.add(e.stream().mapToDouble(Double::doubleValue).toArray());
        }

        @Override
        public Optional<Checkpoint> resumeFrom() {
            return resume;
        }

        @Override
        public void checkpoint(Checkpoint checkpoint) {
            checkpoints.add(checkpoint);
            if (checkpoints.size() == stopAfter) {
                throw new Interrupted();
            }
        }

        /** Column {@code c} (in observable order) at output {@code k}. */
        double value(int k, int c) {
            return values.get(k)[c];
        }

        double error(int k, int c) {
            return errors.get(k)[c];
        }
    }

    /**
     * The change of column {@code c} of an observable between outputs {@code k0} and
     * {@code k1}, with its jackknife error (the replicas of both outputs leave out the same
     * block, so the sample-to-sample spread of the initial state cancels).
     */
    static double[] change(Recorder r, Observable o, int c, int k0, int k1) {
        Snapshot s0 = r.snapshots.get(k0);
        Snapshot s1 = r.snapshots.get(k1);
        double d = o.evaluate(s1)[c] - o.evaluate(s0)[c];
        List<Snapshot> r0 = s0.view(Replicas.class).orElseThrow().replicas();
        List<Snapshot> r1 = s1.view(Replicas.class).orElseThrow().replicas();
        int m = r0.size();
        double[] x = new double[m];
        double mean = 0;
        for (int b = 0; b < m; b++) {
            x[b] = o.evaluate(r1.get(b))[c] - o.evaluate(r0.get(b))[c];
            mean += x[b] / m;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {d, Math.sqrt((m - 1.0) / m * ss)};
    }

    /** Column indices of {@link #observables()}. */
    static final int KURTOSIS = 0;
    static final int KINETIC = 1;
    static final int INTERACTION = 2;
    static final int TOTAL = 3;
    static final int ENERGY_DRIFT = 4;
    static final int MOMENTUM_DRIFT = 5;
    static final int COLLISION_RATE = 6;
    static final int OUTSIDE = 7;
    static final int SKIPPED = 8;
    static final int KURTOSIS_EXACT = 9;
    static final int KINETIC_EXACT = 10;
}
