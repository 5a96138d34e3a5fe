package org.rapidity.examples.xxz;

import org.rapidity.framework.conformance.ModelConformanceKit;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * The framework's model conformance kit on the gapped XXZ chain, without overrides: its grids
 * and probe rapidities come from the Brillouin zone the model declares; the model has no free
 * limit, is not Galilean and has no coupling derivatives, so those checks are skipped.
 */
class XxzConformanceTest extends ModelConformanceKit {

    @Override
    protected IntegrableModel model() {
        return new XxzGapped(1.0, 1.0, 0.3, 3, Parameters.empty());
    }
}
