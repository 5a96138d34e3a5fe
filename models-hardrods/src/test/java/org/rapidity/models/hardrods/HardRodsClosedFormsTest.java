package org.rapidity.models.hardrods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.states.TwoLumpStateProvider;
import org.rapidity.framework.tba.GenericNumerics;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.framework.tba.Tensor3;

/**
 * The generic TBA core (dense kernel, generic dressing) against the closed forms of hard rods,
 * gBBGKY paper appendix B, eqs. (103)-(107), on the Fig. 6 state ({@code a = 1, β = 2.5, θ0 = 1,
 * ρ̄ = 0.2}) and on a boosted, asymmetric state. Typos corrected as derived:
 * <ul>
 *   <li>{@code ρ^t = (1 - aρ̄)/2π} (the text prints {@code 1 + aρ̄});</li>
 *   <li>(104): {@code C = δρ + a(aρ̄ - 2)ρρ} (dimensions; {@code ∫∫C = ρ̄(1 - aρ̄)²});</li>
 *   <li>(106): the last term is {@code -2a(1 - aρ̄) ρ_{θ2} ∫dγ g_{θ1 γ}};</li>
 *   <li>(107): in the normalisation {@code ∂_tρ + ∂_x(v^eff ρ) = ½∂_x(𝔇∂_xρ)} the diffusion
 *       matrix is {@code 𝔇 = a²/(1 - aρ̄)[δ(θ-α)∫dγ ρ_γ|θ-γ| - ρ_θ|θ-α|]}; the printed (107) is
 *       {@code (1 - aρ̄)} times this, and (S1.11) twice it.</li>
 * </ul>
 */
class HardRodsClosedFormsTest {

    static final double A = 1.0;
    static final double REL = 1e-10;

    /** Fig. 6 state, and a boosted lopsided state with non-zero momentum. */
    static Stream<TbaState> states() {
        ModeSpace generic = ModeSpace.of(GenericNumerics.of(new HardRods(A, Parameters.empty())),
                QuadratureGrid.uniform(-7, 7, 100));
        TwoLumpStateProvider lumps = new TwoLumpStateProvider();
        TbaState fig6 = lumps.create(generic, Parameters.validate("state", lumps.parameters(),
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2)));
        double[] rho = new double[generic.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = generic.theta(i);
            rho[i] = 0.25 * Math.exp(-3 * (t - 1.3) * (t - 1.3))
                    + 0.05 * Math.exp(-(t + 2) * (t + 2));
        }
        return Stream.of(fig6, TbaState.fromDensity(generic, rho));
    }

    static double density(TbaState s) {
        return s.quasiparticleDensity();
    }

    static double momentum(TbaState s) {
        return s.momentumDensity();
    }

    static void close(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, REL * scale, what);
    }

    @ParameterizedTest
    @MethodSource("states")
    void densityOfStatesFillingAndEffectiveVelocity(TbaState s) {
        double rhoBar = density(s);
        double p = momentum(s);
        double[] rt = s.totalDensity();
        double[] n = s.filling();
        double[] rho = s.density();
        double[] v = s.effectiveVelocity();
        for (int i = 0; i < rt.length; i++) {
            double t = s.space().theta(i);
            close((1 - A * rhoBar) / (2 * Math.PI), rt[i], rt[i], "ρ^t");
            close(2 * Math.PI * rho[i] / (1 - A * rhoBar), n[i], max(n), "n");
            close((t - A * p) / (1 - A * rhoBar), v[i], 7, "v^eff (103)");
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void susceptibilityCorrected104(TbaState s) {
        double rhoBar = density(s);
        double[] rho = s.density();
        DMatrixRMaj c = s.susceptibility();
        double scale = CommonOps_DDRM.elementMaxAbs(c);
        double sum = 0;
        for (int i = 0; i < rho.length; i++) {
            for (int j = 0; j < rho.length; j++) {
                double w = s.space().weight(j);
                double expected = (i == j ? rho[i] : 0)
                        + A * (A * rhoBar - 2) * rho[i] * rho[j] * w;
                close(expected, c.get(i, j), scale, "C (104)");
                sum += s.space().weight(i) * c.get(i, j);
            }
        }
        // ∫∫C = ρ̄(1 - aρ̄)², the compressibility of hard rods
        close(rhoBar * Math.pow(1 - A * rhoBar, 2), sum, rhoBar, "∫∫C");
    }

    @ParameterizedTest
    @MethodSource("states")
    void susceptibilityDerivative105(TbaState s) {
        double rhoBar = density(s);
        double[] rho = s.density();
        int n = rho.length;
        Tensor3 cg = s.susceptibilityDerivative();
        double scale = cg.maxAbs();
        double k1 = A * (A * rhoBar - 2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double wj = s.space().weight(j);
                for (int k = 0; k < n; k++) {
                    double wk = s.space().weight(k);
                    // discrete form of (105): weights on θ2, θ3; δ(θ-θ') w -> Kronecker delta
                    double expected = (i == j && i == k ? 1 : 0)
                            + A * A * rho[i] * rho[j] * wj * wk
                            + k1 * ((i == k ? 1 : 0) * rho[j] * wj + rho[i] * (j == k ? 1 : 0) * wj);
                    close(expected, cg.get(i, j, k), scale, "C^γ (105)");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void contractionCorrected106(TbaState s) {
        double rhoBar = density(s);
        double[] rho = s.density();
        int n = rho.length;
        Tensor3 cg = s.susceptibilityDerivative();
        // an arbitrary, non-symmetric two-point function g_{θ1 θ2}
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double x = s.space().theta(i);
                double y = s.space().theta(j);
                g[i][j] = Math.exp(-x * x - 0.5 * y * y) * (1 + 0.3 * x - 0.2 * y * x);
            }
        }
        for (int t1 = 0; t1 < n; t1 += 7) {
            double rowIntegral = 0;
            for (int c = 0; c < n; c++) {
                rowIntegral += s.space().weight(c) * g[t1][c];
            }
            for (int t2 = 0; t2 < n; t2++) {
                // ∫dθ3 C^γ_{θ2 θ3} g_{θ1 γ}
                double lhs = 0;
                for (int t3 = 0; t3 < n; t3++) {
                    for (int gam = 0; gam < n; gam++) {
                        lhs += cg.get(t2, t3, gam) * g[t1][gam];
                    }
                }
                double expected = Math.pow(1 - A * rhoBar, 2) * g[t1][t2]
                        - 2 * A * (1 - A * rhoBar) * rho[t2] * rowIntegral;
                close(expected, lhs, 1, "(106)");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void fluxJacobianFromDifferentiating103(TbaState s) {
        // A_θα = v_θ δ + aρ_θ (v_θ - α)/(1 - aρ̄), the derivative of v^eff ρ with (103)
        double rhoBar = density(s);
        double[] rho = s.density();
        double[] v = s.effectiveVelocity();
        DMatrixRMaj a = s.fluxJacobian();
        double scale = CommonOps_DDRM.elementMaxAbs(a);
        for (int i = 0; i < rho.length; i++) {
            for (int j = 0; j < rho.length; j++) {
                double alpha = s.space().theta(j);
                double expected = (i == j ? v[i] : 0) + A * rho[i] * (v[i] - alpha)
                        / (1 - A * rhoBar) * s.space().weight(j);
                close(expected, a.get(i, j), scale, "A");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void diffusionMatrixCorrected107(TbaState s) {
        double rhoBar = density(s);
        double[] rho = s.density();
        int n = rho.length;
        DMatrixRMaj d = s.diffusionMatrix();
        double scale = CommonOps_DDRM.elementMaxAbs(d);
        double pref = A * A / (1 - A * rhoBar);
        double[] v = s.effectiveVelocity();
        for (int i = 0; i < n; i++) {
            double ti = s.space().theta(i);
            double diag = 0;
            double printedDiag = 0;
            for (int g = 0; g < n; g++) {
                diag += s.space().weight(g) * rho[g] * Math.abs(ti - s.space().theta(g));
                printedDiag += s.space().weight(g) * rho[g] * Math.abs(v[i] - v[g]);
            }
            for (int j = 0; j < n; j++) {
                double wj = s.space().weight(j);
                double dist = Math.abs(ti - s.space().theta(j));
                double expected = pref * ((i == j ? diag : 0) - rho[i] * dist * wj);
                close(expected, d.get(i, j), scale, "𝔇");
                // the printed (107), with effective velocities, is (1 - aρ̄) times 𝔇
                double printed = A * A * (1 - A * rhoBar) * ((i == j ? printedDiag : 0)
                        - rho[i] * Math.abs(v[i] - v[j]) * wj);
                close(printed, (1 - A * rhoBar) * d.get(i, j), scale, "(107) as printed");
            }
        }
    }

    @Test
    void closedFormDressingIsFiftyTimesCheaperInOperationsAndExact() {
        ModeSpace space = ModeSpace.of(new HardRods(A, Parameters.empty()),
                QuadratureGrid.uniform(-7, 7, 100));
        double[] n = new double[space.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = Math.exp(-space.theta(i) * space.theta(i));
        }
        double[] h = space.energyDerivative();
        double[] fast = space.model().dressing(space, n).dress(h);
        double[] slow = GenericNumerics.of(space.model()).dressing(
                space.withModel(GenericNumerics.of(space.model())), n).dress(h);
        for (int i = 0; i < n.length; i++) {
            assertEquals(slow[i], fast[i], 1e-13);
        }
    }

    @Test
    void densityBeyondClosePackingIsRejectedNamingBothFields() {
        ModeSpace space = ModeSpace.of(new HardRods(1.0, Parameters.empty()),
                QuadratureGrid.uniform(-7, 7, 100));
        TwoLumpStateProvider lumps = new TwoLumpStateProvider();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> lumps.create(space, Parameters.validate("state", lumps.parameters(),
                        Map.of("beta", 2.5, "theta0", 1.0, "density", 1.2))));
        assertTrue(e.getMessage().startsWith("state.density: density ρ̄ = 1.2 with rod length"
                + " model.a = 1 gives a·ρ̄ = 1.2 >= 1: beyond close packing"), e.getMessage());
    }

    @Test
    void chargesAreVelocityMoments() {
        HardRods m = new HardRods(1.0, Parameters.empty());
        assertEquals(1.0, m.charge(0, 0, 1.7));
        assertEquals(1.7, m.charge(1, 0, 1.7));
        assertEquals(1.7 * 1.7 / 2, m.charge(2, 0, 1.7), 1e-15);
        assertEquals(Math.pow(1.7, 5) / 120, m.charge(5, 0, 1.7), 1e-14);
    }

    static double max(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
