package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/** Service that creates a {@link Solver} from validated parameters. */
public interface SolverProvider extends Named {

    /** Creates the solver. */
    Solver create(Parameters parameters);
}
