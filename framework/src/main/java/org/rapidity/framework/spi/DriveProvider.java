package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/**
 * Service that creates a {@link Drive} from validated parameters, for a given model (whose
 * laboratory units convert values given with a unit, e.g. {@code "27.6 Hz"}).
 */
public interface DriveProvider extends Named {

    /** The kind of drive it makes ({@link ExternalPotential} or {@link ParameterDrive}). */
    Class<? extends Drive> kind();

    /**
     * Creates the drive.
     *
     * @throws org.rapidity.framework.param.InvalidInputException naming the field when the
     *     parameters do not fit the model
     */
    Drive create(IntegrableModel model, Parameters parameters);
}
