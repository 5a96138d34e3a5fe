package org.rapidity.runner.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the independent {@link WorkUnit}s of a job (sweep members today) and hands back each
 * unit's {@link UnitOutcome} as it arrives. An engine writes nothing into the output tree: the
 * runner ({@link JobRun}) alone does, so the files are the same whatever the engine. Engines:
 * {@code local} (this JVM, {@link LocalEngine}) and engines bridged in from the class path by a
 * launcher ({@link ExternalEngines}: {@code spark}, module {@code engine-spark}).
 */
public interface Engine extends AutoCloseable {

    /** The engine's name, as {@code --engine} gives it. */
    String name();

    /**
     * Runs {@code units}, passing every outcome to {@code sink} (from one thread at a time) as
     * it arrives. Returns when every unit has an outcome, or, for an engine that stops at the
     * first failure, when no unit is running any more (units never started get no outcome).
     */
    void run(List<WorkUnit> units, Consumer<UnitOutcome> sink);

    /**
     * Whether the units write their files in place, in this JVM (the local engine), rather than
     * returning them in their outcomes for the runner to write.
     */
    default boolean writesInPlace() {
        return false;
    }

    /** Releases the engine's resources (a Spark context). */
    @Override
    default void close() {
    }
}
