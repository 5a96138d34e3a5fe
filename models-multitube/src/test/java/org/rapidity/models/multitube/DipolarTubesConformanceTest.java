package org.rapidity.models.multitube;

import java.util.Map;
import org.rapidity.framework.conformance.ModelConformanceKit;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * The tube model passes the framework's conformance kit (it delegates its integrable structure to
 * the Lieb-Liniger tube); its free limit is the Tonks-Girardeau gas, reached as {@code a_1D → 0⁻}
 * ({@code c_vdW = -2ħ²/(m a_1D) → ∞}).
 */
class DipolarTubesConformanceTest extends ModelConformanceKit {

    static IntegrableModel tubes(Map<String, ?> values) {
        DipolarTubesProvider p = new DipolarTubesProvider();
        return p.create(Parameters.validate("model", p.parameters(), values));
    }

    @Override
    protected IntegrableModel model() {
        return tubes(Map.of("theta_DDI", 60.0));
    }

    @Override
    protected IntegrableModel freeModel() {
        return tubes(Map.of("theta_DDI", 60.0, "a_1D", -1e-9));
    }
}
