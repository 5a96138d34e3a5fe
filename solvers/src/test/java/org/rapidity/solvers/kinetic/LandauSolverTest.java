package org.rapidity.solvers.kinetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.observables.DistanceToGaussian;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/** The landau solver: relaxation to the thermal state, H-theorem along a run, resume, Γ. */
class LandauSolverTest {

    static final Perturbation STRONG = new PowerLawPerturbation(6, 10, Parameters.empty());

    static Solver solver() {
        return solver(Map.of());
    }

    static Solver solver(Map<String, Object> parameters) {
        LandauSolver.Provider p = new LandauSolver.Provider();
        return p.create(Parameters.validate("solver", p.parameters(), parameters));
    }

    static ModeSpace rods(int n) {
        return ModeSpace.of(new HardRods(1, Parameters.empty()), QuadratureGrid.uniform(-7, 7, n));
    }

    static TbaState thermal(ModeSpace space, double variance) {
        double[] rho = new double[space.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = space.theta(i);
            rho[i] = Math.exp(-t * t / (2 * variance));
        }
        double z = space.integrate(rho);
        for (int i = 0; i < rho.length; i++) {
            rho[i] *= 0.2 / z;
        }
        return TbaState.fromDensity(space, rho);
    }

    /**
     * Two lumps wide enough (σ = 0.71) for a coarse test grid: the Fig. 6 lumps (σ = 0.45) need
     * N >= 60 on [-7, 7] before the aliasing of the spectral derivative stops leaking flux to the
     * ends of the grid (seen: relative energy error of the integral 8e-7 at N = 40, 5e-11 at 60).
     */
    static TbaState wideLumps(ModeSpace space) {
        org.rapidity.framework.states.TwoLumpStateProvider p =
                new org.rapidity.framework.states.TwoLumpStateProvider();
        return p.create(space, Parameters.validate("state", p.parameters(),
                Map.of("beta", 1.0, "theta0", 1.0, "density", 0.2)));
    }

    @Test
    void relaxesToTheThermalStateOfItsConservedQuantitiesWithGrowingEntropy() {
        // the thermal end state (variance 1.5) needs |θ| <= 8 to be negligible at the ends
        ModeSpace space = ModeSpace.of(new HardRods(1, Parameters.empty()),
                QuadratureGrid.uniform(-8, 8, 56));
        TbaState start = wideLumps(space);
        double[] times = new double[13];
        for (int k = 0; k < times.length; k++) {
            times[k] = k == 0 ? 0 : 2e3 * Math.pow(2, k - 1);
        }
        TestRun run = new TestRun(times, null, Integer.MAX_VALUE);
        solver(Map.of("tolerance", 1e-5)).run(new Problem(start, List.of(STRONG), null, times),
                run);
        assertEquals(times.length, run.states.size());
        double previous = Double.NEGATIVE_INFINITY;
        for (TbaState s : run.states) {
            assertTrue(s.entropyDensity() >= previous - 1e-12, "entropy decreased");
            previous = s.entropyDensity();
            assertEquals(start.particleDensity(), s.particleDensity(), 1e-10);
            assertEquals(start.momentumDensity(), s.momentumDensity(), 1e-10);
            // seen: 1.6e-9 at the end (integrator tolerance 1e-6 with ROS2 steps up to 1e5)
            assertEquals(start.energyDensity(), s.energyDensity(), 1e-8 * start.energyDensity());
        }
        // the end state is the Gaussian with the same density and energy: variance 2E/ρ̄
        TbaState end = run.states.get(run.states.size() - 1);
        TbaState gauss = thermal(space, 2 * start.energyDensity() / start.particleDensity());
        double[] a = end.density();
        double[] b = gauss.density();
        double worst = 0;
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
            max = Math.max(max, b[i]);
        }
        assertTrue(worst < 1e-3 * max, "distance to the thermal state " + worst / max);
        assertTrue(new org.rapidity.framework.observables.Kurtosis().evaluate(
                org.rapidity.framework.spi.Snapshot.of(0, end))[0] > -0.01);
        // the end state has the largest entropy compatible with N, P, E: the Gaussian's
        assertEquals(gauss.entropyDensity(), end.entropyDensity(), 1e-6);
        assertTrue(end.entropyDensity() > start.entropyDensity());
        // the generic thermal state with the initial N, P, E (Newton on the multipliers) is
        // that Gaussian, and the run reports the linearised spectrum about it
        double[] generic = org.rapidity.framework.tba.Gge.withCharges(space, new double[] {
            start.particleDensity(), start.momentumDensity(), start.energyDensity()})
                .state().density();
        // (the Gaussian above matches N and E of the discrete sums only up to its tails beyond
        // |θ| = 8, e^{-21}; seen 1e-8)
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], generic[i], 1e-7 * max);
        }
        double[] rates = run.results.get("linearised_rates");
        assertEquals(16, rates.length);
        double gap = run.results.get("linearised_gap")[0];
        assertEquals(rates[3], gap);
        assertEquals(1 / gap, run.results.get("linearised_t_therm")[0], 1e-12 / gap);
        for (int k = 0; k < 3; k++) {
            assertTrue(Math.abs(rates[k]) < 1e-6 * gap, "zero mode " + rates[k]);
        }
    }

    @Test
    void resumesExactlyFromACheckpoint() {
        ModeSpace space = rods(48);
        TbaState start = wideLumps(space);
        double[] times = {0, 500, 1000, 1500, 2000};
        Problem problem = new Problem(start, List.of(LandauCollisionIntegralTest.V), null, times);
        TestRun whole = new TestRun(times, null, Integer.MAX_VALUE);
        solver().run(problem, whole);
        TestRun first = new TestRun(times, null, 3);
        assertThrows(TestRun.Interrupted.class, () -> solver().run(problem, first));
        TestRun rest = new TestRun(times, first.checkpoints.get(first.checkpoints.size() - 1),
                Integer.MAX_VALUE);
        solver().run(problem, rest);
        assertEquals(2, rest.states.size(), "only the outputs after the checkpoint");
        assertArrayEquals(whole.states.get(4).density(), rest.states.get(1).density(),
                "resumed run ends exactly where the uninterrupted one does");
    }

    @Test
    void refusesAProblemWithoutPerturbation() {
        ModeSpace space = rods(40);
        Problem p = new Problem(thermal(space, 1), List.of(), null, new double[] {0, 1});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> solver().check(p));
        assertTrue(e.getMessage().startsWith("perturbations: the landau solver needs a long-range"
                + " perturbation"), e.getMessage());
    }

    @Test
    void linearisedOperatorIsSymmetricPositiveWithThreeZeroModes() {
        ModeSpace space = rods(60);
        TbaState th = thermal(space, 1.2);
        LandauCollisionIntegral landau = new LandauCollisionIntegral(space,
                LandauCollisionIntegralTest.V);
        Linearisation lin = new Linearisation(landau, th, 8);
        double[] e = lin.eigenvalues();
        // seen: asymmetry 1.3e-6, zero modes ~1e-14, gap 1.6e-6 at M = 8
        assertTrue(lin.asymmetry() < 1e-5, "asymmetry " + lin.asymmetry());
        for (int k = 0; k < 3; k++) {
            assertTrue(Math.abs(e[k]) < 1e-6 * e[3], "zero mode " + e[k]);
        }
        assertTrue(e[3] > 0, "positive gap");
        DMatrixRMaj g = lin.gamma();
        for (int k = 0; k < 8; k++) {
            for (int c = 0; c < 3; c++) {
                // finite-difference noise of the linear response: ~1e-6 of the gap (seen)
                assertEquals(0, g.get(c, k), 1e-4 * e[3], "conserved charges do not relax");
                assertEquals(0, g.get(k, c), 1e-4 * e[3], "thermal directions are stationary");
            }
        }
        assertEquals(1 / e[3], lin.thermalisationTime(), 1e-9 / e[3]);
    }

    @Test
    void gapAgreesWithTheLateDecayOfASmallPerturbationUnderTheNonlinearSolver() {
        ModeSpace space = rods(60);
        TbaState th = thermal(space, 1.2);
        LandauCollisionIntegral landau = new LandauCollisionIntegral(space,
                LandauCollisionIntegralTest.V);
        Linearisation lin = new Linearisation(landau, th, 14);
        double gap = lin.gap();
        // a small deviation along Γ's slowest mode; it moves no conserved charge
        double[] rho = th.density();
        double[] mode = lin.modeDensity(3);
        double scale = 1e-3 * LandauCollisionIntegralTest.maxAbs(rho)
                / LandauCollisionIntegralTest.maxAbs(mode);
        double[] perturbed = new double[rho.length];
        for (int i = 0; i < rho.length; i++) {
            perturbed[i] = rho[i] + scale * mode[i];
        }
        double[] times = {0, 2 / gap, 2.5 / gap, 3 / gap};
        TestRun run = new TestRun(times, null, Integer.MAX_VALUE);
        // the slowest mode lives in the tails, where the small deviation may dip below zero
        solver().run(new Problem(TbaState.fromEvolvedDensity(space, perturbed, 1),
                List.of(LandauCollisionIntegralTest.V), null, times), run);
        double d1 = distance(run.states.get(2).density(), rho);
        double d2 = distance(run.states.get(3).density(), rho);
        double rate = -Math.log(d2 / d1) / (times[3] - times[2]);
        // seen: full Jacobian 1.154e-6, Γ(M = 14) 1.178e-6; the late decay approaches the former
        assertEquals(gap, rate, 0.05 * gap, "late decay rate " + rate + " vs gap " + gap);
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    @Test
    void distanceToGaussianAndTheFittedThermalisationTime() {
        ModeSpace space = rods(100);
        TbaState gauss = thermal(space, 0.8);
        double zero = DistanceToGaussian.distance(space.thetas(), space.weights(),
                gauss.density());
        assertTrue(zero < 1e-20, "a Gaussian is its own best fit: " + zero);
        TbaState lumps = LandauCollisionIntegralTest.fig6(space);
        double dt = DistanceToGaussian.distance(space.thetas(), space.weights(), lumps.density());
        assertTrue(dt > 1e-4);
        double[] times = new double[20];
        double[][] values = new double[1][20];
        for (int k = 0; k < 20; k++) {
            times[k] = 10 * k;
            values[0][k] = 3 * Math.exp(-times[k] / 47.0) * (1 + Math.exp(-times[k] / 5.0));
        }
        double fitted = new DistanceToGaussian().summarize(times, values)
                .get("thermalisation_time");
        assertEquals(47, fitted, 0.5, "log DT slope over the second half");
    }
}
