package org.rapidity.framework.spi;

import java.util.List;
import java.util.Optional;

/**
 * What a solver shows its observers at one output time: the time and one or more views of its
 * state (a {@link org.rapidity.framework.tba.TbaState} for kinetic equations, correlation
 * functions for a hierarchy, ensemble statistics for molecular dynamics). Observables ask for the
 * view they need.
 */
public interface Snapshot {

    /** Time of the snapshot, in the model's time unit. */
    double time();

    /** The view of the given type, if this snapshot has one. */
    <T> Optional<T> view(Class<T> type);

    /** A snapshot holding the given views. */
    static Snapshot of(double time, Object... views) {
        List<Object> list = List.of(views);
        return new Snapshot() {
            @Override
            public double time() {
                return time;
            }

            @Override
            public <T> Optional<T> view(Class<T> type) {
                for (Object v : list) {
                    if (type.isInstance(v)) {
                        return Optional.of(type.cast(v));
                    }
                }
                return Optional.empty();
            }
        };
    }
}
