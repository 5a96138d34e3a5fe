package org.rapidity.runner.engine;

/**
 * A unit of a job failed for a reason other than invalid input (after the engine's retries);
 * the message names the unit, where it ran, and the units kept.
 */
public final class UnitFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure of one unit. */
    public UnitFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
