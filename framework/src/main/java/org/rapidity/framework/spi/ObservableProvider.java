package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/** Service that creates an {@link Observable} from validated parameters. */
public interface ObservableProvider extends Named {

    /** Creates the observable. */
    Observable create(Parameters parameters);

    /**
     * Whether the runner includes this observable when a descriptor lists none (default true).
     * False for an observable that runs a computation of its own at every output (e.g.
     * {@code time-of-flight}, an expansion per snapshot): it runs only when named.
     */
    default boolean byDefault() {
        return true;
    }
}
