package org.rapidity.framework.evolution;

import java.util.function.Consumer;
import org.rapidity.framework.spi.Snapshot;

/**
 * An event known ahead by its time (a scheduled kick, a ramp reaching a value): the
 * {@link EvolutionDriver} advances exactly to {@code time}, never across it, and there changes
 * the state with {@code action} ({@link EventDetector.Action#RESET_STATE}). Its switching function
 * is constant, so it is never bisected and the driver takes no snapshot for it between outputs.
 * At an output time it acts before that output is emitted.
 *
 * @param name the event's name (for messages)
 * @param time when it occurs, in the model's time unit ({@code +∞}: never)
 * @param action what it does to the evolution the driver runs at that time (which, after a
 *     resume or a replay, is not the instance that listed the event)
 */
public record TimeEvent(String name, double time, Consumer<Evolution> action)
        implements EventDetector {

    /** Constant: a time event is not found from a sign. */
    @Override
    public double g(Snapshot snapshot) {
        return 1;
    }

    /** Never bisected. */
    @Override
    public double timeTolerance(double bracket) {
        return 0;
    }

    /** {@link #time()} while it is ahead of {@code t}, then {@code +∞}. */
    @Override
    public double nextTime(double t) {
        return t < time ? time : Double.POSITIVE_INFINITY;
    }

    @Override
    public Action eventOccurred(Snapshot snapshot, double bracketStart, boolean increasing) {
        return Action.RESET_STATE;
    }

    @Override
    public void resetState(Evolution evolution) {
        action.accept(evolution);
    }
}
