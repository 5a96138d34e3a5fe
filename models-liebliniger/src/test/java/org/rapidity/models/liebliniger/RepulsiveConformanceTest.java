package org.rapidity.models.liebliniger;

import org.rapidity.framework.conformance.ModelConformanceKit;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * The repulsive Lieb-Liniger gas passes the framework's conformance kit, coupling derivatives
 * included; its free limit is the Tonks-Girardeau gas {@code c → ∞} ({@code T ~ 1/(πc)}).
 */
class RepulsiveConformanceTest extends ModelConformanceKit {

    @Override
    protected IntegrableModel model() {
        return new RepulsiveLiebLiniger(1.0);
    }

    @Override
    protected IntegrableModel freeModel() {
        return new RepulsiveLiebLiniger(1e12);
    }
}
