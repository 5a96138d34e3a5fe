package org.rapidity.framework.conformance;

import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.Statistics;

/** The kit run on the framework's own two-species test model. */
class LorentzianTestModelConformanceTest extends ModelConformanceKit {

    @Override
    protected IntegrableModel model() {
        return new LorentzianTestModel(2, Statistics.FERMIONIC, 0.7, 1.0);
    }

    @Override
    protected IntegrableModel freeModel() {
        return new LorentzianTestModel(2, Statistics.FERMIONIC, 0.0, 1.0);
    }
}
