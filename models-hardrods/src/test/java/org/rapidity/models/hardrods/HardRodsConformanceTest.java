package org.rapidity.models.hardrods;

import org.rapidity.framework.conformance.ModelConformanceKit;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;

/** Hard rods pass the framework's model conformance kit (closed-form dressing included). */
class HardRodsConformanceTest extends ModelConformanceKit {

    @Override
    protected IntegrableModel model() {
        return new HardRods(1.0, Parameters.empty());
    }

    @Override
    protected IntegrableModel freeModel() {
        return new HardRods(0.0, Parameters.empty());
    }
}
