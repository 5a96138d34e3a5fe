package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/** Service that creates an {@link Observable} from validated parameters. */
public interface ObservableProvider extends Named {

    /** Creates the observable. */
    Observable create(Parameters parameters);
}
