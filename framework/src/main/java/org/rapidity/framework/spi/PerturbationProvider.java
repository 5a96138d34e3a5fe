package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/** Service that creates a {@link Perturbation} from validated parameters. */
public interface PerturbationProvider extends Named {

    /** Creates the perturbation. */
    Perturbation create(Parameters parameters);
}
