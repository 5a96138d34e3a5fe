package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapidity.framework.conformance.LorentzianTestModel;

/**
 * The generic TBA core against independent facts: finite-difference derivatives of its own
 * discrete maps ({@code C = -δρ/δw}, {@code A = δ(v^eff ρ)/δρ}, {@code C^γ = δC/δρ},
 * {@code H = δA/δρ}), symmetries ({@code C = C^T}, {@code AC = CA^T}, Onsager {@code 𝔇C}), the
 * free limit, and Galilean invariance of the diffusion matrix; for every statistics and for one
 * and two species.
 */
class TbaCoreTest {

    static final QuadratureGrid GRID = QuadratureGrid.gaussLegendre(-6, 6, 20);

    /** Thermal-like driving term {@code β(E - μN)}, admissible for every statistics. */
    static double[] driving(ModeSpace space, Statistics st) {
        double mu = st.requiresPositivePseudoEnergy() ? -0.4 : 0.6;
        return Gge.thermalDrivingTerm(space, 1.0, mu, 0.2);
    }

    /**
     * A coupling for which the TBA has a solution: repulsive Lieb-Liniger-like ({@code T > 0})
     * for fermions; excluded-volume-like ({@code T < 0}, as hard rods) for the others, whose
     * free energy is unbounded below at high density when {@code T > 0}.
     */
    static double coupling(Statistics st) {
        switch (st) {
            case FERMIONIC:
                return 0.7;
            case WAVE:
                return -0.3;
            default:
                return -0.7;
        }
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Statistics st : Statistics.values()) {
            for (int species = 1; species <= 2; species++) {
                b.add(Arguments.of(st, species));
            }
        }
        return b.build();
    }

    static TbaState state(Statistics st, int species, double coupling) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(species, st, coupling, 1.0), GRID);
        return Gge.solve(space, driving(space, st)).state();
    }

    /** Central finite difference of a vector-valued map along coordinate k. */
    static double[] fdColumn(Function<double[], double[]> f, double[] x, int k, double h) {
        double[] xp = x.clone();
        double[] xm = x.clone();
        xp[k] += h;
        xm[k] -= h;
        double[] fp = f.apply(xp);
        double[] fm = f.apply(xm);
        double[] d = new double[fp.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (fp[i] - fm[i]) / (2 * h);
        }
        return d;
    }

    static double maxAbs(DMatrixRMaj m) {
        return CommonOps_DDRM.elementMaxAbs(m);
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void susceptibilityIsMinusDerivativeOfDensityWithRespectToDrivingTerm(Statistics st,
            int species) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(species, st, coupling(st), 1.0),
                GRID);
        double[] w = driving(space, st);
        TbaState s = Gge.solve(space, w).state();
        DMatrixRMaj c = s.susceptibility();
        double scale = maxAbs(c);
        double worst = 0;
        for (int k = 0; k < space.size(); k++) {
            double[] d = fdColumn(x -> Gge.solve(space, x).state().density(), w, k, 1e-5);
            for (int i = 0; i < d.length; i++) {
                worst = Math.max(worst, Math.abs(-d[i] - c.get(i, k)));
            }
        }
        assertTrue(worst < 1e-7 * scale, "max |C + dρ/dw| = " + worst + " vs scale " + scale);
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void fluxJacobianIsDerivativeOfCurrent(Statistics st, int species) {
        TbaState s = state(st, species, coupling(st));
        ModeSpace space = s.space();
        DMatrixRMaj a = s.fluxJacobian();
        double[] rho = s.density();
        double h = 1e-6 * max(rho);
        Function<double[], double[]> current = r -> {
            TbaState t = TbaState.fromDensityUnchecked(space, r);
            double[] v = t.effectiveVelocity();
            for (int i = 0; i < v.length; i++) {
                v[i] *= r[i];
            }
            return v;
        };
        double worst = 0;
        for (int k = 0; k < space.size(); k++) {
            double[] d = fdColumn(current, rho, k, h);
            for (int i = 0; i < d.length; i++) {
                worst = Math.max(worst, Math.abs(d[i] - a.get(i, k)));
            }
        }
        assertTrue(worst < 1e-6 * maxAbs(a), "max |A - dj/dρ| = " + worst);
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void susceptibilityDerivativeTensorIsDerivativeOfSusceptibility(Statistics st,
            int species) {
        TbaState s = state(st, species, coupling(st));
        ModeSpace space = s.space();
        Tensor3 cg = s.susceptibilityDerivative();
        double[] rho = s.density();
        double h = 1e-6 * max(rho);
        int n = space.size();
        double worst = 0;
        for (int k = 0; k < n; k++) {
            double[] d = fdColumn(r -> TbaState.fromDensityUnchecked(space, r).susceptibility().data,
                    rho, k, h);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    worst = Math.max(worst, Math.abs(d[i * n + j] - cg.get(i, j, k)));
                }
            }
        }
        assertTrue(worst < 1e-6 * cg.maxAbs(), "max |C^γ - dC/dρ| = " + worst + " vs "
                + cg.maxAbs());
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void fluxHessianIsDerivativeOfFluxJacobianAndSymmetric(Statistics st, int species) {
        TbaState s = state(st, species, coupling(st));
        ModeSpace space = s.space();
        Tensor3 hess = s.fluxHessian();
        double[] rho = s.density();
        double h = 1e-6 * max(rho);
        int n = space.size();
        double worst = 0;
        double asym = 0;
        for (int k = 0; k < n; k++) {
            double[] d = fdColumn(r -> TbaState.fromDensityUnchecked(space, r).fluxJacobian().data, rho,
                    k, h);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    worst = Math.max(worst, Math.abs(d[i * n + j] - hess.get(i, j, k)));
                    asym = Math.max(asym, Math.abs(hess.get(i, j, k) - hess.get(i, k, j)));
                }
            }
        }
        assertTrue(worst < 1e-6 * hess.maxAbs(), "max |H - dA/dρ| = " + worst);
        assertTrue(asym < 1e-12 * hess.maxAbs(), "H not symmetric in its upper indices: " + asym);
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void threePointTensorSatisfiesTheEulerTransportIdentity(Statistics st, int species) {
        // M^k_ij = C^γ_ij A_γk - A_iα C^k_αj - H_i^{αk} C_αj : the δ(x1-x2) remainder left when
        // the singular part δ(x1-x2) C^γ g of the three-point function is transported by Euler
        // GHD (the δ' terms cancel by the derivative of A C = C A^T).
        TbaState s = state(st, species, coupling(st));
        int n = s.size();
        Tensor3 m = s.threePointKineticTensor();
        Tensor3 cg = s.susceptibilityDerivative();
        Tensor3 hess = s.fluxHessian();
        DMatrixRMaj a = s.fluxJacobian();
        DMatrixRMaj c = s.susceptibility();
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    double x = 0;
                    for (int g = 0; g < n; g++) {
                        x += cg.get(i, j, g) * a.get(g, k) - a.get(i, g) * cg.get(g, j, k)
                                - hess.get(i, g, k) * c.get(g, j);
                    }
                    worst = Math.max(worst, Math.abs(x - m.get(i, j, k)));
                }
            }
        }
        assertTrue(worst < 1e-10 * Math.max(m.maxAbs(), 1e-300), "M identity violated by "
                + worst + " (|M| = " + m.maxAbs() + ")");
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void susceptibilityIsSymmetricPositiveAndCommutesWithFluxJacobian(Statistics st,
            int species) {
        TbaState s = state(st, species, coupling(st));
        int n = s.size();
        DMatrixRMaj c = s.susceptibility();
        DMatrixRMaj kernelC = kernelValues(s, c);
        assertSymmetric(kernelC, 1e-12, "C");
        // positive: W C (weights on both sides) is positive definite
        DMatrixRMaj wc = c.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                wc.set(i, j, s.space().weight(i) * c.get(i, j));
            }
        }
        assertTrue(minEigenvalue(wc) > 0, "C not positive definite");
        DMatrixRMaj ac = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(s.fluxJacobian(), c, ac);
        assertSymmetric(kernelValues(s, ac), 1e-11, "A C");
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void diffusionMatrixIsOnsagerSymmetricPositiveAndConservesParticles(Statistics st,
            int species) {
        TbaState s = state(st, species, coupling(st));
        int n = s.size();
        DMatrixRMaj d = s.diffusionMatrix();
        DMatrixRMaj dc = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(d, s.susceptibility(), dc);
        DMatrixRMaj l = kernelValues(s, dc);
        assertSymmetric(l, 1e-10, "𝔇 C");
        DMatrixRMaj wl = dc.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                wl.set(i, j, s.space().weight(i) * dc.get(i, j));
            }
        }
        assertTrue(minEigenvalue(wl) > -1e-10 * CommonOps_DDRM.elementMaxAbs(wl),
                "Onsager matrix 𝔇C not positive semi-definite");
        // Galilean: the particle current is the momentum density, which cannot diffuse:
        // Σ_a ∫dθ N_a 𝔇(θ, α) = 0 for every α.
        double[] h0 = s.space().charge(0);
        double worst = 0;
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += s.space().weight(i) * h0[i] * d.get(i, k);
            }
            worst = Math.max(worst, Math.abs(sum / s.space().weight(k)));
        }
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(d.get(i, i)) / 1);
        }
        assertTrue(worst < 1e-10 * scale, "particle number diffuses: " + worst + " vs " + scale);
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void freeLimitIsDiagonal(Statistics st, int species) {
        TbaState s = state(st, species, 0.0);
        int n = s.size();
        double[] v = s.space().bareVelocity();
        double[] rho = s.density();
        double[] f = s.statisticalFactor();
        DMatrixRMaj a = s.fluxJacobian();
        DMatrixRMaj c = s.susceptibility();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? v[i] : 0, a.get(i, j), 1e-14, "A");
                assertEquals(i == j ? rho[i] * f[i] : 0, c.get(i, j), 1e-14, "C");
            }
        }
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(s.diffusionMatrix()), 0, "𝔇");
        assertEquals(0, s.fluxHessian().maxAbs(), 0, "H");
        assertEquals(0, s.threePointKineticTensor().maxAbs(), 0, "M");
        double[] pPrime = s.space().momentumDerivative();
        double[] rt = s.totalDensity();
        double[] veff = s.effectiveVelocity();
        for (int i = 0; i < n; i++) {
            assertEquals(pPrime[i] / (2 * Math.PI), rt[i], 1e-15);
            assertEquals(v[i], veff[i], 1e-14);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statistics")
    void zeroKernelGivesTheFreeDistributionOfEachStatistics(Statistics st) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, st, 0.0, 1.0), GRID);
        double[] w = driving(space, st);
        double[] n = Gge.solve(space, w).state().filling();
        for (int i = 0; i < n.length; i++) {
            double expected;
            switch (st) {
                case FERMIONIC:
                    expected = 1 / (Math.exp(w[i]) + 1);
                    break;
                case BOSONIC:
                    expected = 1 / (Math.exp(w[i]) - 1);
                    break;
                case CLASSICAL:
                    expected = Math.exp(-w[i]);
                    break;
                default:
                    expected = 1 / w[i];
            }
            assertEquals(expected, n[i], 1e-15 * Math.max(1, expected));
        }
    }

    static Stream<Statistics> statistics() {
        return Stream.of(Statistics.values());
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void freeEnergyIsTheGeneratingFunctionOfTheDensityAndMatchesEntropy(Statistics st,
            int species) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(species, st, coupling(st), 1.0),
                GRID);
        double[] w = driving(space, st);
        Gge.Solution sol = Gge.solve(space, w);
        // Φ = ∫ρ w - s : Legendre structure tying F, σ and the TBA equation together
        double phi = space.integrate(sol.state().density(), w) - sol.state().entropyDensity();
        assertEquals(phi, sol.freeEnergy(), 1e-12 * Math.max(1, Math.abs(phi)));
        // δΦ/δw_k = w_k ρ_k
        double[] rho = sol.state().density();
        for (int k = 0; k < space.size(); k += 3) {
            double[] d = fdColumn(x -> new double[] {Gge.solve(space, x).freeEnergy()}, w, k,
                    1e-5);
            assertEquals(space.weight(k) * rho[k], d[0], 1e-9);
        }
    }

    @ParameterizedTest(name = "{0}, {1} species")
    @MethodSource("cases")
    void densityAndFillingDescriptionsAgree(Statistics st, int species) {
        TbaState s = state(st, species, coupling(st));
        TbaState t = TbaState.fromDensity(s.space(), s.density());
        double[] n1 = s.filling();
        double[] n2 = t.filling();
        double[] r1 = s.totalDensity();
        double[] r2 = t.totalDensity();
        for (int i = 0; i < n1.length; i++) {
            assertEquals(n1[i], n2[i], 1e-13 * Math.max(1, n1[i]));
            assertEquals(r1[i], r2[i], 1e-14);
        }
    }

    @Test
    void dressedScatteringShiftIsSymmetric() {
        TbaState s = state(Statistics.FERMIONIC, 2, 0.7);
        assertSymmetric(s.dressedScatteringShift(), 1e-13, "T^dr");
    }

    // ------------------------------------------------------------------ helpers

    /** Kernel values X(θ_i, θ_j) = X̂_ij / w_j of an operator matrix. */
    static DMatrixRMaj kernelValues(TbaState s, DMatrixRMaj op) {
        DMatrixRMaj k = op.copy();
        for (int i = 0; i < k.numRows; i++) {
            for (int j = 0; j < k.numCols; j++) {
                k.set(i, j, op.get(i, j) / s.space().weight(j));
            }
        }
        return k;
    }

    static void assertSymmetric(DMatrixRMaj m, double rel, String what) {
        double scale = CommonOps_DDRM.elementMaxAbs(m);
        double worst = 0;
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < i; j++) {
                worst = Math.max(worst, Math.abs(m.get(i, j) - m.get(j, i)));
            }
        }
        assertTrue(worst <= rel * scale, what + " not symmetric: " + worst + " vs " + scale);
    }

    static double minEigenvalue(DMatrixRMaj m) {
        DMatrixRMaj sym = m.copy();
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                sym.set(i, j, 0.5 * (m.get(i, j) + m.get(j, i)));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig =
                DecompositionFactory_DDRM.eig(sym.numRows, false, true);
        if (!eig.decompose(sym)) {
            throw new AssertionError("eigen decomposition failed");
        }
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sym.numRows; i++) {
            min = Math.min(min, eig.getEigenvalue(i).real);
        }
        return min;
    }

    static double max(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
