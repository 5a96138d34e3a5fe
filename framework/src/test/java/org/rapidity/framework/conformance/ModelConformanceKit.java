package org.rapidity.framework.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.RapidityDomain;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.GenericNumerics;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The conformance kit every model plugin runs on itself: extend this class in the plugin's tests
 * and implement {@link #model()} (and {@link #freeModel()} where the model has a free limit). Its
 * grids and probe rapidities come from the model's rapidity domains
 * ({@link IntegrableModel#rapidityDomain}, {@link IntegrableModel#defaultGrid}): a lattice model
 * on its Brillouin zone needs no overrides. Checks that do not apply to the model (no free
 * limit, not Galilean, no coupling, no difference kernel) are reported as skipped (JUnit
 * assumptions), not passed. It checks what the TBA core takes on
 * trust from a model:
 * <ul>
 *   <li>the rapidity derivatives it claims, by finite differences;</li>
 *   <li>its charges (number, momentum, energy) against its bare quantities;</li>
 *   <li>the symmetry of the scattering shift, {@code T_ab(θ,θ') = T_ba(θ',θ)};</li>
 *   <li>a positive density of states on sample states;</li>
 *   <li>that specialised numerics (closed-form dressing, fast kernel application) agree with the
 *       generic ones;</li>
 *   <li>{@code C = -δρ/δw} and {@code A = δ(v^eff ρ)/δρ} on the model's own states;</li>
 *   <li>the free limit: a vanishing scattering shift gives bare velocities and a diagonal
 *       susceptibility;</li>
 *   <li>for Galilean-invariant models, no diffusion of particle number;</li>
 *   <li>for models with a coupling ({@link CouplingDependent}), the coupling derivatives of
 *       {@code p}, {@code E}, {@code T} and of the scattering phase {@code Θ} by finite
 *       differences, and {@code ∂_θ ∂_cΘ = ∂_c T}, {@code ∂_cΘ(θ, θ) = 0}.</li>
 * </ul>
 * Sample states are thermal-like states from the driving terms of {@link #sampleDrivingTerms},
 * which a plugin overrides when the defaults do not suit it.
 */
public abstract class ModelConformanceKit {

    /** The model under test at interacting parameter values. */
    protected abstract IntegrableModel model();

    /**
     * The model at parameter values where its scattering shift vanishes or is negligible
     * (hard rods {@code a = 0}; Lieb-Liniger {@code c → ∞}), or null (the default) when the model
     * has none (the gapped XXZ chain): the free-limit check is then skipped.
     */
    protected IntegrableModel freeModel() {
        return null;
    }

    /**
     * Grid used for a species: the model's default grid for it with 24 nodes
     * ({@link IntegrableModel#defaultGrid}: the periodic rule on a Brillouin zone), or, on the
     * line, 24 Gauss–Legendre points on [-6, 6].
     */
    protected QuadratureGrid grid(int species) {
        return model().defaultGrid(species).map(g -> g.withPoints(24))
                .orElseGet(() -> QuadratureGrid.gaussLegendre(-6, 6, 24));
    }

    /** Relative size of interaction effects tolerated in {@link #freeModel()} (default 1e-9). */
    protected double freeLimitTolerance() {
        return 1e-9;
    }

    /**
     * Rapidities at which derivatives and symmetry are probed: inside the domain of the first
     * species ({@link RapidityDomain#probes}; on the line -3.1, -0.7, 0, 0.4, 2.3).
     */
    protected double[] probeRapidities() {
        return model().rapidityDomain(0).probes();
    }

    /**
     * Driving terms {@code w} of the sample states (default: {@code β(E - μN)} with {@code β = 1}
     * and {@code μ} one unit above the band bottom, or below it for bosonic and wave species).
     */
    protected List<double[]> sampleDrivingTerms(ModeSpace space) {
        double bottom = Double.POSITIVE_INFINITY;
        boolean positive = false;
        double[] e = space.energy();
        double[] num = space.particleNumber();
        for (int i = 0; i < space.size(); i++) {
            bottom = Math.min(bottom, e[i] / num[i]);
            positive |= space.statistics(i).requiresPositivePseudoEnergy();
        }
        double mu = positive ? bottom - 0.5 : bottom + 1.0;
        return List.of(Gge.thermalDrivingTerm(space, 1.0, mu, 0.0),
                Gge.thermalDrivingTerm(space, 0.5, mu - 0.5, 0.3));
    }

    /** The modes of a model on this kit's grids. */
    protected final ModeSpace space(IntegrableModel m) {
        List<QuadratureGrid> grids = new ArrayList<>();
        for (int a = 0; a < m.speciesCount(); a++) {
            grids.add(grid(a));
        }
        return ModeSpace.of(m, grids);
    }

    /** The sample states of the model under test. */
    protected final List<TbaState> sampleStates() {
        ModeSpace space = space(model());
        List<TbaState> out = new ArrayList<>();
        for (double[] w : sampleDrivingTerms(space)) {
            out.add(Gge.solve(space, w).state());
        }
        return out;
    }

    @Test
    void rapidityDerivativesMatchFiniteDifferences() {
        IntegrableModel m = model();
        double h = 1e-5;
        for (int a = 0; a < m.speciesCount(); a++) {
            for (double t : probeRapidities()) {
                double dp = (m.momentum(a, t + h) - m.momentum(a, t - h)) / (2 * h);
                double de = (m.energy(a, t + h) - m.energy(a, t - h)) / (2 * h);
                assertEquals(dp, m.momentumDerivative(a, t), 1e-7 * Math.max(1, Math.abs(dp)),
                        "p' of species " + a + " at θ = " + t);
                assertEquals(de, m.energyDerivative(a, t), 1e-7 * Math.max(1, Math.abs(de)),
                        "E' of species " + a + " at θ = " + t);
            }
        }
    }

    @Test
    void chargesAreNumberMomentumAndEnergy() {
        IntegrableModel m = model();
        assertTrue(m.chargeCount() >= 3, "a model provides at least 3 charges");
        for (int a = 0; a < m.speciesCount(); a++) {
            assertTrue(m.particleNumber(a) > 0, "particle number of species " + a);
            for (double t : probeRapidities()) {
                assertEquals(m.particleNumber(a), m.charge(0, a, t), 0);
                assertEquals(m.momentum(a, t), m.charge(1, a, t), 0);
                assertEquals(m.energy(a, t), m.charge(2, a, t), 0);
            }
        }
    }

    @Test
    void scatteringShiftIsSymmetric() {
        IntegrableModel m = model();
        for (int a = 0; a < m.speciesCount(); a++) {
            for (int b = 0; b < m.speciesCount(); b++) {
                for (double t : probeRapidities()) {
                    for (double u : probeRapidities()) {
                        double x = m.scatteringShift(a, t, b, u);
                        double y = m.scatteringShift(b, u, a, t);
                        assertTrue(Double.isFinite(x), "T not finite");
                        assertEquals(x, y, 1e-13 * Math.max(1, Math.abs(x)),
                                "T_" + a + b + "(" + t + ", " + u + ")");
                    }
                }
            }
        }
    }

    /**
     * A model that claims a difference kernel ({@link IntegrableModel#isDifferenceKernel}) has
     * one: its kernel (and coupling derivatives) are invariant under a common shift of both
     * rapidities, and the core's table of one value per node offset reproduces the dense kernel
     * of a shared uniform grid.
     */
    @Test
    void differenceKernelClaimHolds() {
        IntegrableModel m = model();
        assumeTrue(m.isDifferenceKernel(), "the model does not claim a difference kernel");
        for (int a = 0; a < m.speciesCount(); a++) {
            for (int b = 0; b < m.speciesCount(); b++) {
                for (double t : probeRapidities()) {
                    for (double u : probeRapidities()) {
                        for (double shift : new double[] {0.37, -1.3}) {
                            double x = m.scatteringShift(a, t, b, u);
                            assertEquals(x, m.scatteringShift(a, t + shift, b, u + shift),
                                    1e-12 * Math.max(1, Math.abs(x)), "T not a difference kernel");
                            if (m instanceof CouplingDependent) {
                                CouplingDependent cd = (CouplingDependent) m;
                                double y = cd.scatteringPhaseCouplingDerivative(a, t, b, u);
                                assertEquals(y, cd.scatteringPhaseCouplingDerivative(a, t + shift,
                                        b, u + shift), 1e-12 * Math.max(1, Math.abs(y)),
                                        "∂_cΘ not a difference kernel");
                            }
                        }
                    }
                }
            }
        }
        RapidityDomain dom = m.rapidityDomain(0);
        ModeSpace sp = ModeSpace.of(m, dom.isBounded() ? QuadratureGrid.uniform(dom.min(),
                dom.max(), 13) : QuadratureGrid.uniform(-3, 3, 13));
        double[] table = sp.kernel().data;
        for (int i = 0; i < sp.size(); i++) {
            for (int j = 0; j < sp.size(); j++) {
                double direct = m.scatteringShift(sp.species(i), sp.theta(i), sp.species(j),
                        sp.theta(j));
                assertEquals(direct, table[i * sp.size() + j], 1e-13 * Math.max(1,
                        Math.abs(direct)), "difference table at (" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void densityOfStatesIsPositiveOnSampleStates() {
        for (TbaState s : sampleStates()) {
            for (double r : s.totalDensity()) {
                assertTrue(r > 0, "ρ^t must be positive, got " + r);
            }
        }
    }

    @Test
    void specialisedNumericsAgreeWithTheGenericCore() {
        for (TbaState s : sampleStates()) {
            ModeSpace space = s.space();
            double[] n = s.filling();
            Dressing own = model().dressing(space, n);
            Dressing generic = KernelDressing.factor(space, n);
            double[] h = new Random(11).doubles(space.size(), -1, 1).toArray();
            assertClose(generic.dress(h), own.dress(h), 1e-12, "dress");
            assertClose(generic.applyInverseTransposed(h), own.applyInverseTransposed(h), 1e-12,
                    "R^{-t}");
            assertClose(generic.inverse().data, own.inverse().data, 1e-12, "R^{-1}");
            assertClose(generic.inverseTransposed().data, own.inverseTransposed().data, 1e-12,
                    "R^{-t} matrix");
            assertClose(space.applyKernelMatrix(h), model().applyScatteringShift(space, h), 1e-12,
                    "T f");
            TbaState g = TbaState.fromDensity(space.withModel(GenericNumerics.of(model())),
                    s.density());
            assertClose(g.effectiveVelocity(), s.effectiveVelocity(), 1e-12, "v^eff");
        }
    }

    @Test
    void susceptibilityIsMinusDerivativeOfDensityWithRespectToDrivingTerm() {
        ModeSpace space = space(model());
        double[] w = sampleDrivingTerms(space).get(0);
        DMatrixRMaj c = Gge.solve(space, w).state().susceptibility();
        double scale = CommonOps_DDRM.elementMaxAbs(c);
        double h = 1e-5;
        for (int k = 0; k < space.size(); k++) {
            double[] wp = w.clone();
            double[] wm = w.clone();
            wp[k] += h;
            wm[k] -= h;
            double[] rp = Gge.solve(space, wp).state().density();
            double[] rm = Gge.solve(space, wm).state().density();
            for (int i = 0; i < rp.length; i++) {
                double d = -(rp[i] - rm[i]) / (2 * h);
                assertEquals(d, c.get(i, k), 1e-6 * scale, "C(" + i + ", " + k + ")");
            }
        }
    }

    @Test
    void fluxJacobianIsDerivativeOfCurrent() {
        TbaState s = sampleStates().get(0);
        ModeSpace space = s.space();
        double[] rho = s.density();
        double max = 0;
        for (double r : rho) {
            max = Math.max(max, r);
        }
        DMatrixRMaj a = s.fluxJacobian();
        double scale = CommonOps_DDRM.elementMaxAbs(a);
        double h = 1e-6 * max;
        for (int k = 0; k < space.size(); k++) {
            if (rho[k] < 1e-3 * max) {
                continue; // a step of h would leave the physical domain
            }
            double[] jp = current(space, rho, k, h);
            double[] jm = current(space, rho, k, -h);
            for (int i = 0; i < rho.length; i++) {
                assertEquals((jp[i] - jm[i]) / (2 * h), a.get(i, k), 1e-5 * scale,
                        "A(" + i + ", " + k + ")");
            }
        }
    }

    private static double[] current(ModeSpace space, double[] rho, int k, double h) {
        double[] r = rho.clone();
        r[k] += h;
        TbaState t = TbaState.fromDensity(space, r);
        double[] v = t.effectiveVelocity();
        for (int i = 0; i < v.length; i++) {
            v[i] *= r[i];
        }
        return v;
    }

    @Test
    void freeLimitHasBareVelocitiesAndDiagonalSusceptibility() {
        IntegrableModel free = freeModel();
        assumeTrue(free != null, "the model has no free limit (freeModel() is null)");
        ModeSpace space = space(free);
        TbaState s = Gge.solve(space, sampleDrivingTerms(space).get(0)).state();
        double tol = freeLimitTolerance();
        double[] v = space.bareVelocity();
        double[] veff = s.effectiveVelocity();
        double[] rt = s.totalDensity();
        double[] pPrime = space.momentumDerivative();
        double vmax = 0;
        for (double x : v) {
            vmax = Math.max(vmax, Math.abs(x));
        }
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], veff[i], tol * vmax, "v^eff in the free limit");
            assertEquals(pPrime[i] / (2 * Math.PI), rt[i], tol * Math.abs(pPrime[i]),
                    "ρ^t in the free limit");
        }
        DMatrixRMaj c = s.susceptibility();
        double[] rho = s.density();
        double[] f = s.statisticalFactor();
        double cmax = CommonOps_DDRM.elementMaxAbs(c);
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                assertEquals(i == j ? rho[i] * f[i] : 0, c.get(i, j), tol * cmax, "C free");
            }
        }
    }

    @Test
    void galileanModelsDoNotDiffuseParticleNumber() {
        assumeTrue(model().isGalileanInvariant(), "the model is not Galilean invariant");
        TbaState s = sampleStates().get(0);
        DMatrixRMaj d = s.diffusionMatrix();
        double[] h0 = s.space().charge(0);
        double scale = CommonOps_DDRM.elementMaxAbs(d);
        for (int k = 0; k < s.size(); k++) {
            double sum = 0;
            for (int i = 0; i < s.size(); i++) {
                sum += s.space().weight(i) * h0[i] * d.get(i, k);
            }
            assertEquals(0, sum / s.space().weight(k), 1e-9 * scale,
                    "Σ_a ∫dθ N_a 𝔇(θ, α) at mode " + k);
        }
    }

    @Test
    void couplingDerivativesMatchFiniteDifferences() {
        assumeTrue(model() instanceof CouplingDependent, "the model has no coupling");
        IntegrableModel m = model();
        CouplingDependent cd = (CouplingDependent) m;
        double c = cd.coupling();
        double h = 1e-5 * Math.max(1, Math.abs(c));
        IntegrableModel up = cd.withCoupling(c + h);
        IntegrableModel down = cd.withCoupling(c - h);
        IntegrableModel same = cd.withCoupling(c);
        double dt = 1e-5;
        for (int a = 0; a < m.speciesCount(); a++) {
            for (double t : probeRapidities()) {
                assertEquals(m.energy(a, t), same.energy(a, t), 0, "withCoupling(c) changes E");
                double dp = (up.momentum(a, t) - down.momentum(a, t)) / (2 * h);
                double de = (up.energy(a, t) - down.energy(a, t)) / (2 * h);
                assertEquals(dp, cd.momentumCouplingDerivative(a, t), 1e-7 * Math.max(1,
                        Math.abs(dp)), "∂_c p of species " + a + " at θ = " + t);
                assertEquals(de, cd.energyCouplingDerivative(a, t), 1e-7 * Math.max(1,
                        Math.abs(de)), "∂_c E of species " + a + " at θ = " + t);
                for (int b = 0; b < m.speciesCount(); b++) {
                    for (double u : probeRapidities()) {
                        double dT = (up.scatteringShift(a, t, b, u)
                                - down.scatteringShift(a, t, b, u)) / (2 * h);
                        double claimed = cd.scatteringShiftCouplingDerivative(a, t, b, u);
                        assertEquals(dT, claimed, 1e-7 * Math.max(1, Math.abs(dT)),
                                "∂_c T_" + a + b + "(" + t + ", " + u + ")");
                        assertEquals(claimed, cd.scatteringShiftCouplingDerivative(b, u, a, t),
                                1e-13 * Math.max(1, Math.abs(claimed)), "∂_c T symmetric");
                        double dPhase = (cd.scatteringPhaseCouplingDerivative(a, t + dt, b, u)
                                - cd.scatteringPhaseCouplingDerivative(a, t - dt, b, u))
                                / (2 * dt);
                        assertEquals(claimed, dPhase, 1e-6 * Math.max(1, Math.abs(claimed)),
                                "∂_θ ∂_cΘ_" + a + b + "(" + t + ", " + u + ") = ∂_c T");
                    }
                    assertEquals(0, cd.scatteringPhaseCouplingDerivative(a, t, b, t), 1e-14,
                            "∂_cΘ vanishes at coinciding rapidities");
                }
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual, double rel,
            String what) {
        double scale = 0;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], rel * Math.max(scale, 1e-300), what + " [" + i
                    + "]");
        }
    }
}
