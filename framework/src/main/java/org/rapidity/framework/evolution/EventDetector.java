package org.rapidity.framework.evolution;

import org.rapidity.framework.spi.Snapshot;

/**
 * An event of an evolution, found by the {@link EvolutionDriver} the way ODE libraries find
 * them (Hipparchus' event detectors): a switching function {@code g(t, state)} whose change of
 * sign marks the event, evaluated at every output time and at most {@link #maxCheckInterval()}
 * apart; when it changes sign over an interval the driver brackets the root and bisects it, by
 * restoring the state saved at the bracket's left end ({@link Evolution#save()}, the solver's
 * {@link EvolvingSolver#restore}) and advancing to the midpoint, until the bracket is narrower
 * than {@link #timeTolerance}. At the located time (the bracket's right end, where {@code g}
 * already has its new sign) the detector says what happens: go on, reset the state, or stop.
 *
 * <p>With the default {@link #maxCheckInterval()} ({@code ∞}) a run in which no event occurs
 * advances exactly as without the detector (output to output), so its outputs are unchanged bit
 * for bit. Times are in the model's time unit.
 */
public interface EventDetector {

    /** What the run does at a located event. */
    enum Action {
        /** Nothing: the evolution goes on from the event. */
        CONTINUE,
        /** {@link #resetState} changes the evolution's state, which then goes on. */
        RESET_STATE,
        /** The run ends at the event: the remaining output times are not reached. */
        STOP
    }

    /**
     * The switching function at the state {@code snapshot} (at {@code snapshot.time()}); the event
     * is where it changes sign. NaN counts as negative.
     */
    double g(Snapshot snapshot);

    /**
     * How precisely the event time is located: the bisection stops when the bracket is narrower
     * than this (model time unit).
     *
     * @param bracket the width of the first bracket (between two evaluations of {@code g})
     */
    double timeTolerance(double bracket);

    /**
     * The longest time between two evaluations of {@code g} (default {@code ∞}: at the output
     * times only). A finite value splits each output interval into equal steps no longer than it,
     * for events that may come and go between two outputs.
     */
    default double maxCheckInterval() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * The next time after {@code t} at which this event is known to occur (a scheduled kick, a
     * ramp reaching a value: a time event), or {@code +∞} (default: not known ahead; found from
     * the sign of {@link #g}). The driver advances exactly to it and never steps across it, for
     * events a step must not cross; {@link #eventOccurred} is then called with the bracket
     * start equal to the event time.
     */
    default double nextTime(double t) {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Called at the located event; may throw (an {@link org.rapidity.framework.param
     * .InvalidInputException} that ends the run with a reason, as a {@link ConservationMonitor}
     * does).
     *
     * @param snapshot the state at the event (the bracket's right end)
     * @param bracketStart the bracket's left end, where {@code g} still had its old sign
     * @param increasing whether {@code g} went from negative to positive
     */
    Action eventOccurred(Snapshot snapshot, double bracketStart, boolean increasing);

    /**
     * For {@link Action#RESET_STATE}: changes the state of {@code evolution} at the event. A
     * detector that answers {@code RESET_STATE} must override it; the default reports that
     * contract broken, naming the detector, rather than going on with an unchanged state.
     */
    default void resetState(Evolution evolution) {
        throw new IllegalStateException("event '" + name() + "' asked for RESET_STATE but its"
                + " detector does not override resetState");
    }

    /** A short name for messages and results ({@code event_<name>}), e.g. "half-life". */
    default String name() {
        return "event";
    }
}
