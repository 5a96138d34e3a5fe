package org.rapidity.framework.evolution;

import java.util.List;
import java.util.function.Consumer;
import org.rapidity.framework.spi.ParameterDrive;

/**
 * The crossing of {@code c = 0} by a coupling ramp ({@link org.rapidity.framework.spi.ZeroCrossing},
 * the model's own event) as three time events of the {@link EvolutionDriver}: at {@code t_+}
 * ({@code c = g}) the state leaves the dressed dynamics ({@link Phases#startCrossing}), at
 * {@code t_0} ({@code c = 0}) it is mapped through zero ({@link Phases#mapThroughZero}), at
 * {@code t_-} ({@code c = -g}) the dressed dynamics resumes on the other side
 * ({@link Phases#finishCrossing}). The driver lands on each time exactly and never steps across
 * one; the phase is part of the evolution's saved state, so a run resumed between two of these
 * times goes on in the right phase. Times in the model's time unit ({@code +∞}: not reached).
 *
 * @param start {@code t_+ = t(c = g)}
 * @param zero {@code t_0 = t(c = 0)}
 * @param finish {@code t_- = t(c = -g)}
 */
public record ZeroCrossingEvents(double start, double zero, double finish) {

    /** The state operations of an evolution that crosses {@code c = 0}, one per event. */
    public interface Phases {
        /** At {@code t_+}: the state mapped adiabatically to {@code c → 0} on this side. */
        void startCrossing();

        /** At {@code t_0}: the state at {@code c → 0} mapped to the other side. */
        void mapThroughZero();

        /** At {@code t_-}: the state mapped adiabatically to {@code c = -g}. */
        void finishCrossing();
    }

    /**
     * The times at which {@code ramp}, starting from {@code c0}, reaches {@code ±gap} and
     * {@code 0} ({@link ParameterDrive#timeOf}: in closed form for the linear ramp, by root
     * finding for other shapes).
     *
     * @param horizon the end of the run (the root finding looks no further)
     */
    public static ZeroCrossingEvents of(ParameterDrive ramp, double c0, double gap,
            double horizon) {
        return new ZeroCrossingEvents(ramp.timeOf(c0, gap, horizon), ramp.timeOf(c0, 0, horizon),
                ramp.timeOf(c0, -gap, horizon));
    }

    /** The three events, for {@link Evolution#events()}. */
    public List<EventDetector> detectors() {
        return List.of(event("crossing-start", start, Phases::startCrossing),
                event("crossing-zero", zero, Phases::mapThroughZero),
                event("crossing-finish", finish, Phases::finishCrossing));
    }

    private static TimeEvent event(String name, double time, Consumer<Phases> phase) {
        return new TimeEvent(name, time, e -> {
            if (!(e instanceof Phases)) {
                throw new IllegalStateException("event '" + name + "': the evolution "
                        + e.getClass().getName() + " does not implement ZeroCrossingEvents.Phases");
            }
            phase.accept((Phases) e);
        });
    }
}
