package org.rapidity.spark;

import java.nio.file.Path;
import org.apache.spark.api.java.function.Function;

/**
 * The Spark task of one work unit: on the executor, the runner's layer (from the folder
 * {@code spark.rapidity.modules}) runs the unit ({@code UnitExecution.runRemote}) and the
 * encoded outcome, files included, goes back to the driver. An invalid input comes back inside
 * the outcome (no retry: it would fail again); any other error is thrown as a plain
 * {@link RuntimeException} with the original class and message, which Spark retries up to
 * {@code spark.task.maxFailures} times (a lost executor is retried the same way).
 */
final class UnitTask implements Function<String, byte[]> {

    private static final long serialVersionUID = 1L;

    private final String modules;

    UnitTask(String modules) {
        this.modules = modules;
    }

    @Override
    public byte[] call(String unit) {
        try {
            return (byte[]) RunnerLayer.of(Path.of(modules)).call(
                    "org.rapidity.runner.engine.UnitExecution", "runRemote",
                    new Class<?>[] {String.class}, unit);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // the runner's exception classes live in its layer: send a JDK one with the story
            RuntimeException plain = new RuntimeException(e.getClass().getName() + ": "
                    + e.getMessage());
            plain.setStackTrace(e.getStackTrace());
            throw plain;
        }
    }
}
