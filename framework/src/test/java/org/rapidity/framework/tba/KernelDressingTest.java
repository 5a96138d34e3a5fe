package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;

/** The Cholesky path of the generic dressing against plain LU, and both against R R^{-1} = 1. */
class KernelDressingTest {

    static TbaState state() {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(2, Statistics.FERMIONIC, 0.8,
                1.0), QuadratureGrid.gaussLegendre(-5, 5, 30));
        return Gge.solve(space, Gge.thermalDrivingTerm(space, 1.0, 0.6, 0.3)).state();
    }

    @Test
    void choleskyAndLuPathsAgree() {
        TbaState s = state();
        ModeSpace space = s.space();
        double[] n = s.filling();
        KernelDressing chol = KernelDressing.factor(space, n);
        KernelDressing lu = KernelDressing.factorLu(space, n);
        assertTrue(chol.isCholesky());
        assertFalse(lu.isCholesky());
        double[] h = new Random(3).doubles(space.size(), -1, 1).toArray();
        double[] a = chol.dress(h);
        double[] b = lu.dress(h);
        double[] c = chol.applyInverseTransposed(h);
        double[] d = lu.applyInverseTransposed(h);
        for (int i = 0; i < h.length; i++) {
            assertEquals(b[i], a[i], 1e-13);
            assertEquals(d[i], c[i], 1e-13);
        }
        assertTrue(CommonOps_DDRM.elementMaxAbs(diff(chol.inverse(), lu.inverse())) < 1e-13);
        assertTrue(CommonOps_DDRM.elementMaxAbs(diff(chol.inverseTransposed(),
                lu.inverseTransposed())) < 1e-13);
    }

    @Test
    void inverseTimesRotationIsIdentity() {
        TbaState s = state();
        ModeSpace space = s.space();
        int n = space.size();
        double[] fill = s.filling();
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r.set(i, j, (i == j ? 1 : 0) - space.kernel().get(i, j) * space.weight(j)
                        * fill[j]);
            }
        }
        DMatrixRMaj prod = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(s.dressing().inverse(), r, prod);
        DMatrixRMaj rt = s.rotationTransposed();
        DMatrixRMaj prod2 = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(s.rotationInverseTransposed(), rt, prod2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? 1 : 0, prod.get(i, j), 1e-13);
                assertEquals(i == j ? 1 : 0, prod2.get(i, j), 1e-13);
            }
        }
    }

    @Test
    void densityOfStatesIsTheDressedMomentumDerivative() {
        TbaState s = state();
        double[] pdr = s.dress(s.space().momentumDerivative());
        double[] rt = s.totalDensity();
        for (int i = 0; i < rt.length; i++) {
            assertEquals(pdr[i] / (2 * Math.PI), rt[i], 1e-14);
        }
    }

    static DMatrixRMaj diff(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, d);
        return d;
    }
}
