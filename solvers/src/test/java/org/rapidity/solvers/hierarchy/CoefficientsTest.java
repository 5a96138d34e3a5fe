package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.framework.tba.Tensor3;

/**
 * The O(N³) contractions of C^γ that the two-point layer uses, against the O(N⁴) tensor of the
 * framework (itself tested against finite differences of the susceptibility).
 */
class CoefficientsTest {

    static void compareWithTensor(TbaState s) {
        int n = s.size();
        TwoPointCoefficients co = new TwoPointCoefficients(s, false);
        Tensor3 t = s.susceptibilityDerivative();
        double[] w = s.space().weights();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(1.3 * s.space().theta(i)) * Math.exp(-0.1 * s.space().theta(i) * s.space().theta(i));
        }
        DMatrixRMaj k = co.contract(x);
        double scale = 0;
        double diff = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double ref = 0;
                for (int c = 0; c < n; c++) {
                    ref += t.get(i, j, c) * x[c];
                }
                ref /= w[j];
                scale = Math.max(scale, Math.abs(ref));
                diff = Math.max(diff, Math.abs(ref - k.get(i, j)));
            }
        }
        assertEquals(0, diff / scale, 1e-12, "K[x] against the tensor");
        scale = 0;
        diff = 0;
        for (int j = 0; j < n; j++) {
            for (int c = 0; c < n; c++) {
                double ref = 0;
                for (int kk = 0; kk < n; kk++) {
                    ref += t.get(j, kk, c);
                }
                scale = Math.max(scale, Math.abs(ref));
                diff = Math.max(diff, Math.abs(ref - co.q.get(j, c)));
            }
        }
        assertEquals(0, diff / scale, 1e-12, "Q against the tensor");
    }

    @Test
    void fermionAndBosonContractionsMatchTheTensor() {
        for (Statistics st : new Statistics[] {Statistics.FERMIONIC, Statistics.BOSONIC}) {
            ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, st, 1.0, 1.5),
                    QuadratureGrid.uniform(-6, 6, 36));
            double[] rho = new double[space.size()];
            for (int i = 0; i < rho.length; i++) {
                double t = space.theta(i);
                rho[i] = 0.08 * (Math.exp(-2 * (t - 1) * (t - 1)) + 0.6 * Math.exp(-(t + 1.2) * (t + 1.2)));
            }
            compareWithTensor(TbaState.fromDensity(space, rho));
        }
    }

    @Test
    void hardRodContractionsMatchTheTensor() {
        ModeSpace space = Runs.rods(1, 7, 40);
        compareWithTensor(Runs.lumps(space, 2.5));
    }
}
