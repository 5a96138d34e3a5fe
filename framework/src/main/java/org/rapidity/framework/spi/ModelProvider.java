package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/**
 * Service that creates an {@link IntegrableModel} from validated parameters. Register it with
 * {@code provides org.rapidity.framework.spi.ModelProvider with …} in the plugin's
 * {@code module-info.java} (and {@code META-INF/services} for class-path use).
 */
public interface ModelProvider extends Named {

    /**
     * Creates the model.
     *
     * @param parameters values validated against {@link #parameters()}
     * @throws org.rapidity.framework.param.InvalidInputException for combinations of values the
     *     declarations cannot express
     */
    IntegrableModel create(Parameters parameters);
}
