package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;

/** A RunContext that keeps the profiles and checkpoints, and can stop after k outputs. */
final class ProfileRun implements RunContext {
    final double[] times;
    final List<Profile> profiles = new ArrayList<>();
    final List<Double> at = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    final Checkpoint resume;
    final int stopAfter;

    ProfileRun(double... times) {
        this(times, null, Integer.MAX_VALUE);
    }

    ProfileRun(double[] times, Checkpoint resume, int stopAfter) {
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
        profiles.add(snapshot.view(Profile.class).orElseThrow());
        at.add(snapshot.time());
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

    /** Simulates a crash after a checkpoint. */
    static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
