package org.rapidity.solvers.kinetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/** A RunContext that keeps snapshots and checkpoints in memory, and can stop after k outputs. */
final class TestRun implements RunContext {
    final double[] times;
    final List<TbaState> states = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    final Map<String, double[]> results = new HashMap<>();
    final Checkpoint resume;
    final int stopAfter;

    TestRun(double[] times, Checkpoint resume, int stopAfter) {
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
        states.add(snapshot.view(TbaState.class).orElseThrow());
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

    @Override
    public void result(String name, double... values) {
        results.put(name, values.clone());
    }

    /** Simulates a crash after a checkpoint. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
