package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/** Service that creates a {@link Truncation} from validated parameters. */
public interface TruncationProvider extends Named {

    /** Creates the truncation. */
    Truncation create(Parameters parameters);
}
