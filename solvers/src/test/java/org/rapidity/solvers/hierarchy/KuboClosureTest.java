package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/**
 * (50) derived rather than assumed: in the state's own mode basis, the three-point function
 * that the contact source of (49) builds next to {@code x1 = x2} makes the {@code H g3} term of
 * (48) equal to the Kubo term, {@code ½ Σ H̃ M̃/|v_γ - v_η| = -𝔇̃}, with the De Nardis-Bernard-
 * Doyon {@code 𝔇} and the sign that makes the term diffusive. It ties together three tensors of
 * the framework computed independently ({@code H} (42), {@code M} (46), {@code 𝔇}), and the
 * sparse forms of {@code H̃}, {@code M̃} in that basis.
 */
class KuboClosureTest {

    static void check(TbaState s) {
        int n = s.size();
        NormalModes modes = new NormalModes(s);
        double[] h = ModeTensors.flux(s, modes);
        double[] m = ModeTensors.kinetic(s, modes);
        double[] v = s.effectiveVelocity();
        double[] rt = s.totalDensity();
        double[] rho = s.density();
        double[] f = s.statisticalFactor();
        double[] w = s.space().weights();
        DMatrixRMaj td = s.dressedScatteringShift();
        double scaleH = 0;
        double scaleM = 0;
        double errH = 0;
        double errM = 0;
        for (int t = 0; t < n; t++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double hh = 0;
                    if (a == t) {
                        hh += td.get(t, b) * (v[b] - v[t]) * w[b] / rt[t];
                    }
                    if (b == t) {
                        hh += td.get(t, a) * (v[a] - v[t]) * w[a] / rt[t];
                    }
                    double mm = 0;
                    if (b == t) {
                        mm += td.get(t, a) * rho[a] * f[a] * (v[t] - v[a]) / rt[t];
                    }
                    if (b == a) {
                        mm += td.get(a, t) * rho[t] * f[t] * (v[a] - v[t]) / rt[a];
                    }
                    int k = (t * n + a) * n + b;
                    scaleH = Math.max(scaleH, Math.abs(h[k]));
                    scaleM = Math.max(scaleM, Math.abs(m[k]));
                    errH = Math.max(errH, Math.abs(h[k] - hh));
                    errM = Math.max(errM, Math.abs(m[k] - mm));
                }
            }
        }
        assertEquals(0, errH / scaleH, 1e-12, "sparse form of H̃");
        assertEquals(0, errM / scaleM, 1e-12, "sparse form of M̃");
        DMatrixRMaj d = modes.similar(s.diffusionMatrix());
        double scale = 0;
        double err = 0;
        for (int t = 0; t < n; t++) {
            for (int z = 0; z < n; z++) {
                double k = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        if (a != b) {
                            k += h[(t * n + a) * n + b] * m[(a * n + b) * n + z]
                                    / Math.abs(v[a] - v[b]);
                        }
                    }
                }
                scale = Math.max(scale, Math.abs(d.get(t, z)));
                err = Math.max(err, Math.abs(0.5 * k + d.get(t, z)));
            }
        }
        assertEquals(0, err / scale, 1e-12, "½ Σ H̃M̃/|Δv| = -𝔇̃");
    }

    @Test
    void hardRods() {
        check(Runs.lumps(Runs.rods(1, 7, 40), 1.0));
    }

    @Test
    void fermionsWithLorentzianScattering() {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, Statistics.FERMIONIC, 1.0, 1.5),
                QuadratureGrid.uniform(-6, 6, 30));
        double[] rho = new double[space.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = space.theta(i);
            rho[i] = 0.08 * (Math.exp(-2 * (t - 1) * (t - 1)) + 0.6 * Math.exp(-(t + 1.2) * (t + 1.2)));
        }
        check(TbaState.fromDensity(space, rho));
    }
}
