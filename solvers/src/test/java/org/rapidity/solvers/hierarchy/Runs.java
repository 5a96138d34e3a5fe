package org.rapidity.solvers.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.Truncation;
import org.rapidity.framework.spi.TwoPointMoments;
import org.rapidity.framework.states.TwoLumpStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/** Shared set-ups of the hierarchy tests: hard rods, the Fig. 6 lumps, an in-memory run. */
final class Runs {

    private Runs() {
    }

    static ModeSpace rods(double a, double max, int n) {
        return ModeSpace.of(new HardRods(a, Parameters.empty()), QuadratureGrid.uniform(-max, max,
                n));
    }

    static TbaState lumps(ModeSpace space, double beta) {
        TwoLumpStateProvider p = new TwoLumpStateProvider();
        return p.create(space, Parameters.validate("state", p.parameters(),
                Map.of("beta", beta, "theta0", 1.0, "density", 0.2)));
    }

    static PowerLawPerturbation powerLaw(double v0, double xi) {
        return new PowerLawPerturbation(v0, xi, Parameters.empty());
    }

    static Solver solver(Map<String, Object> parameters) {
        HierarchySolver.Provider p = new HierarchySolver.Provider();
        return p.create(Parameters.validate("solver", p.parameters(), parameters));
    }

    static Truncation truncation(String name) {
        for (var p : List.of(new HierarchyTruncation.MeanField(), new HierarchyTruncation.TwoPoint(),
                new HierarchyTruncation.Kubo(), new HierarchyTruncation.ThreePoint())) {
            if (p.name().equals(name)) {
                return p.create(Parameters.empty());
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Keeps snapshots and checkpoints; can stop after k outputs. */
    static class Recorder implements RunContext {
        final double[] times;
        final List<Snapshot> snapshots = new ArrayList<>();
        final List<Checkpoint> checkpoints = new ArrayList<>();
        final Checkpoint resume;
        final int stopAfter;

        Recorder(double[] times) {
            this(times, null, Integer.MAX_VALUE);
        }

        Recorder(double[] times, Checkpoint resume, int stopAfter) {
            this.times = times.clone();
            this.resume = resume;
            this.stopAfter = stopAfter;
        }

        @Override
        public double[] outputTimes() {
            return times.clone();
        }

        @Override
        public void emit(Snapshot snapshot) {
            snapshots.add(snapshot);
        }

        @Override
        public Optional<Checkpoint> resumeFrom() {
            return Optional.ofNullable(resume);
        }

        @Override
        public void checkpoint(Checkpoint checkpoint) {
            checkpoints.add(checkpoint);
            if (checkpoint.outputsDone() >= stopAfter) {
                throw new Interrupted();
            }
        }

        TbaState state(int k) {
            return snapshots.get(k).view(TbaState.class).orElseThrow();
        }

        EnergyBudget energy(int k) {
            return snapshots.get(k).view(EnergyBudget.class).orElseThrow();
        }

        TwoPointMoments moments(int k) {
            return snapshots.get(k).view(TwoPointMoments.class).orElseThrow();
        }
    }

    /** Simulates a crash after a checkpoint. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static double kurtosis(TbaState s) {
        double[] rho = s.density();
        double z = 0;
        double m1 = 0;
        for (int i = 0; i < rho.length; i++) {
            z += s.space().weight(i) * rho[i];
            m1 += s.space().weight(i) * rho[i] * s.space().theta(i);
        }
        m1 /= z;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < rho.length; i++) {
            double d = s.space().theta(i) - m1;
            m2 += s.space().weight(i) * rho[i] * d * d;
            m4 += s.space().weight(i) * rho[i] * d * d * d * d;
        }
        m2 /= z;
        m4 /= z;
        return m4 / (m2 * m2) - 3;
    }
}
