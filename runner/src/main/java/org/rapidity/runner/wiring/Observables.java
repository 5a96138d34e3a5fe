package org.rapidity.runner.wiring;

import java.util.List;
import org.rapidity.framework.spi.Observable;

/**
 * The observables of a run, in descriptor order.
 *
 * @param list the observables
 */
public record Observables(List<Observable> list) {

    /** Defensive copy. */
    public Observables {
        list = List.copyOf(list);
    }
}
