package org.rapidity.solvers.md;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapidity.solvers.md.MdTestSupport.COLLISION_RATE;
import static org.rapidity.solvers.md.MdTestSupport.ENERGY_DRIFT;
import static org.rapidity.solvers.md.MdTestSupport.INTERACTION;
import static org.rapidity.solvers.md.MdTestSupport.KINETIC;
import static org.rapidity.solvers.md.MdTestSupport.KINETIC_EXACT;
import static org.rapidity.solvers.md.MdTestSupport.KURTOSIS;
import static org.rapidity.solvers.md.MdTestSupport.MOMENTUM_DRIFT;
import static org.rapidity.solvers.md.MdTestSupport.TOTAL;
import static org.rapidity.solvers.md.MdTestSupport.fig6;
import static org.rapidity.solvers.md.MdTestSupport.linear;
import static org.rapidity.solvers.md.MdTestSupport.md;
import static org.rapidity.solvers.md.MdTestSupport.params;
import static org.rapidity.solvers.md.MdTestSupport.power;
import static org.rapidity.solvers.md.MdTestSupport.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.observables.G2Moments;
import org.rapidity.framework.observables.Kurtosis;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/** The md solver's ensembles: reproducibility, exact resume, closed forms and stationarity. */
class MdSolverTest {

    static MdTestSupport.Recorder run(Problem problem, Map<String, Object> parameters) {
        MdTestSupport.Recorder r = new MdTestSupport.Recorder(problem.outputTimes());
        md(parameters).run(problem, r);
        return r;
    }

    @Test
    void theSameSeedGivesTheSameEnsembleWithOneAndTwoThreads() {
        Problem p = problem(fig6(1), power(6, 20), linear(60, 3));
        MdTestSupport.Recorder one = run(p, params("rods", 40, "samples", 24, "blocks", 6,
                "threads", 1, "seed", 7));
        MdTestSupport.Recorder two = run(p, params("rods", 40, "samples", 24, "blocks", 6,
                "threads", 2, "seed", 7));
        for (int k = 0; k < 4; k++) {
            assertArrayEquals(one.values.get(k), two.values.get(k), "output " + k);
            assertArrayEquals(one.errors.get(k), two.errors.get(k), "errors at output " + k);
        }
        MdTestSupport.Recorder other = run(p, params("rods", 40, "samples", 24, "blocks", 6,
                "seed", 8));
        assertFalse(one.value(3, KURTOSIS) == other.value(3, KURTOSIS), "another seed differs");
    }

    @Test
    void aResumedRunIsTheUninterruptedRun() {
        Problem p = problem(fig6(1), power(6, 20), linear(40, 4));
        Map<String, Object> settings = params("rods", 30, "samples", 12, "blocks", 4,
                "threads", 2);
        MdTestSupport.Recorder whole = run(p, settings);
        // stop after the 7th checkpoint: outputs 0 and 1 emitted (one checkpoint each),
        // then blocks finishing the interval towards output 2 (one checkpoint per block)
        MdTestSupport.Recorder broken = new MdTestSupport.Recorder(p.outputTimes(),
                MdTestSupport.observables(), null, 7);
        assertThrows(MdTestSupport.Interrupted.class, () -> md(settings).run(p, broken));
        Checkpoint last = broken.checkpoints.get(broken.checkpoints.size() - 1);
        double[] advanced = last.arrays().get("advanced");
        double done = java.util.Arrays.stream(advanced).sum();
        assertTrue(done > 0 && done < 4, "interrupted between blocks: " + done + " of 4");
        MdTestSupport.Recorder resumed = new MdTestSupport.Recorder(p.outputTimes(),
                MdTestSupport.observables(), last, -1);
        md(settings).run(p, resumed);
        int skip = last.outputsDone();
        assertEquals(5 - skip, resumed.values.size());
        for (int k = skip; k < 5; k++) {
            assertArrayEquals(whole.values.get(k), resumed.values.get(k - skip), "output " + k);
            assertArrayEquals(whole.errors.get(k), resumed.errors.get(k - skip));
        }
    }

    @Test
    void freeHardRodsKeepTheirVelocitiesAndCorrelations() {
        // V0 = 0: collisions only permute velocities, so every sample's histogram is exactly
        // stationary; the GGE stays uncorrelated; the collision rate is the hard-rod one
        TbaState initial = fig6(1);
        Problem p = problem(initial, null, linear(200, 4));
        int n = 40;
        List<Observable> obs = new java.util.ArrayList<>(MdTestSupport.observables());
        G2Moments g2 = new G2Moments();
        obs.add(g2.create(Parameters.validate("observables", g2.parameters(),
                Map.of("window", 20.0))));
        MdTestSupport.Recorder r = new MdTestSupport.Recorder(p.outputTimes(), obs, null, -1);
        md(params("rods", n, "samples", 200, "blocks", 10)).run(p, r);
        double k0 = r.value(0, KURTOSIS);
        for (int k = 1; k < 5; k++) {
            assertEquals(k0, r.value(k, KURTOSIS), 1e-12, "kurtosis at output " + k);
            assertEquals(r.value(0, KINETIC), r.value(k, KINETIC), 1e-15);
            assertEquals(0, r.value(k, INTERACTION));
            // the windowed g2 moments stay zero within their errors
            for (int c = 11; c < 17; c++) {
                double e = r.error(k, c);
                assertTrue(Math.abs(r.value(k, c)) < 4.5 * e + 1e-12, "g2 column " + (c - 11)
                        + " at output " + k + ": " + r.value(k, c) + " ± " + e);
            }
        }
        // collisions of a rod per unit time: (N-1)/(L - N a) ⟨|u - w|⟩ over the sampled density
        double length = n / 0.2;
        double expected = (n - 1) / (length - n) * meanSpeedDifference(initial);
        double rate = r.value(4, COLLISION_RATE);
        double error = r.error(4, COLLISION_RATE);
        assertTrue(error < 0.02 * rate, "a meaningful test: " + error + " vs " + rate);
        assertEquals(expected, rate, 4 * error);
    }

    /** ⟨|u - w|⟩ for u, w drawn from the piecewise-constant cell density of the state. */
    static double meanSpeedDifference(TbaState s) {
        ModeSpace space = s.space();
        double[] rho = s.density();
        int m = rho.length;
        int sub = 20;
        double[] u = new double[m * sub];
        double[] p = new double[m * sub];
        double lo = space.grid(0).min();
        double norm = 0;
        for (int i = 0; i < m; i++) {
            double w = space.weight(i);
            for (int q = 0; q < sub; q++) {
                u[i * sub + q] = lo + w * (q + 0.5) / sub;
                p[i * sub + q] = rho[i] * w / sub;
                norm += p[i * sub + q];
            }
            lo += w;
        }
        double s2 = 0;
        for (int i = 0; i < u.length; i++) {
            for (int j = 0; j < u.length; j++) {
                s2 += p[i] * p[j] * Math.abs(u[i] - u[j]);
            }
        }
        return s2 / (norm * norm);
    }

    @Test
    void theInitialEnsembleMatchesTheGgeItWasDrawnFrom() {
        TbaState initial = fig6(1);
        double v0 = 6;
        double xi = 20;
        int n = 80;
        Problem p = problem(initial, power(v0, xi), new double[] {0});
        List<Observable> obs = new java.util.ArrayList<>(MdTestSupport.observables());
        G2Moments g2 = new G2Moments();
        obs.add(g2.create(Parameters.validate("observables", g2.parameters(),
                Map.of("window", 100.0))));
        MdTestSupport.Recorder r = new MdTestSupport.Recorder(p.outputTimes(), obs, null, -1);
        md(params("rods", n, "samples", 400, "blocks", 20)).run(p, r);
        // kurtosis of the mean histogram: that of the state, within the statistical error
        double exact = new Kurtosis().evaluate(Snapshot.of(0, initial))[0];
        assertEquals(exact, r.value(0, KURTOSIS), 4 * r.error(0, KURTOSIS));
        // the unbinned velocities are drawn uniformly within cells: their second moment is
        // the grid's plus Δθ²/12 (Sheppard)
        assertEquals(0.12 + 0.2 * 0.14 * 0.14 / 24, r.value(0, KINETIC_EXACT),
                4 * r.error(0, KINETIC_EXACT));
        assertEquals(0.12, r.value(0, KINETIC), 4 * r.error(0, KINETIC));
        // interaction energy: (1/2) ∫_0^L dd c(d) U(d) with the closed-form pair density c
        double length = n / 0.2;
        HardRods rods = new HardRods(1, Parameters.empty());
        PairTable table = PairTable.of(power(v0, xi), length, 0);
        double e = 0;
        double step = 0.05;
        for (double d = 0; d < length - 1e-9; d += step) {
            double mid = d + step / 2;
            e += 0.5 * rods.pairCount(n, length, d, d + step)
                    * table.value(Math.min(mid, length - mid));
        }
        assertEquals(e, r.value(0, INTERACTION), 4 * r.error(0, INTERACTION));
        assertTrue(r.error(0, INTERACTION) < 2e-3 * e);
        // ... and, for a potential smooth on the contact scale, the hydrodynamic form of the
        // EnergyBudget view: ρ̄²V̂(0)/2 + V(0)(C00 - ρ̄)/2 (up to O(1/N) and (a/ξ)² terms)
        double rho = 0.2;
        double hydro = 0.5 * rho * rho * v0 * 4 * Math.PI / (3 * Math.sqrt(3))
                + 0.5 * (v0 / xi) * (rho * Math.pow(1 - rho, 2) - rho);
        assertEquals(hydro, e, 0.01 * hydro);
        // no g2 in the initial state
        for (int c = 11; c < 17; c++) {
            assertTrue(Math.abs(r.value(0, c)) < 4.5 * r.error(0, c) + 1e-12,
                    "g2 column " + (c - 11) + ": " + r.value(0, c) + " ± " + r.error(0, c));
        }
    }

    @Test
    void energyIsConservedAndTheInteractionEnergyTurnsIntoKineticEnergy() {
        Problem p = problem(fig6(1), power(6, 20), linear(100, 2));
        MdTestSupport.Recorder r = run(p, params("rods", 80, "samples", 40, "blocks", 10));
        for (int k = 1; k < 3; k++) {
            assertEquals(r.value(0, TOTAL), r.value(k, TOTAL), 1e-5 * r.value(0, TOTAL));
            assertTrue(r.value(k, ENERGY_DRIFT) < 1e-4, "drift " + r.value(k, ENERGY_DRIFT));
            assertTrue(r.value(k, MOMENTUM_DRIFT) < 1e-12);
        }
        // the repulsive potential builds anticorrelations at short times: the interaction
        // energy falls and the gas heats up (the fast regime of Fig. 6a,d)
        double[] dk = MdTestSupport.change(r, new org.rapidity.framework.observables
                .KineticEnergy(), 0, 0, 2);
        assertTrue(dk[0] > 4 * dk[1], "heating " + dk[0] + " ± " + dk[1]);
        double[] du = MdTestSupport.change(r, new org.rapidity.framework.observables
                .InteractionEnergy(), 0, 0, 2);
        assertTrue(du[0] < -4 * du[1], "interaction energy " + du[0] + " ± " + du[1]);
    }

    @Test
    void theFullRingTwoPointMomentsObeyTheSumRules() {
        // fixed N and conserved momentum: ∫G00 = ∫G01 = 0 and ∫G11 shifts by -2 ΔK
        Problem p = problem(fig6(1), power(6, 20), linear(60, 2));
        List<Observable> obs = new java.util.ArrayList<>(MdTestSupport.observables());
        G2Moments g2 = new G2Moments();
        obs.add(g2.create(Parameters.validate("observables", g2.parameters(), Map.of())));
        MdTestSupport.Recorder r = new MdTestSupport.Recorder(p.outputTimes(), obs, null, -1);
        md(params("rods", 40, "samples", 20, "blocks", 4, "pair-range", 100.0)).run(p, r);
        for (int k = 0; k < 3; k++) {
            assertEquals(0, r.value(k, 11), 1e-12);
            assertEquals(0, r.value(k, 12), 1e-12);
            double dk = r.value(k, KINETIC) - r.value(0, KINETIC);
            // (histogram kinetic energy: binned velocities; compare with the exact one)
            double exactDk = r.value(k, TOTAL) - r.value(k, INTERACTION)
                    - (r.value(0, TOTAL) - r.value(0, INTERACTION));
            assertEquals(-2 * exactDk, r.value(k, 14) - r.value(0, 14), 1e-12);
            assertEquals(exactDk, r.value(k, KINETIC_EXACT) - r.value(0, KINETIC_EXACT), 1e-14);
            // the histogram's kinetic energy carries a binning error of order ρ̄Δθ²/12
            assertEquals(dk, exactDk, 0.2 * 0.14 * 0.14 / 12 * 1.5);
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Problem p = problem(fig6(1), power(2, 20), linear(10, 1));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> md(params("samples", 10, "blocks", 20)).check(p));
        assertTrue(e.getMessage().startsWith("solver.blocks:"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> md(params("rods", 80, "cutoff", 250.0)).check(p));
        assertTrue(e.getMessage().contains("solver.cutoff") && e.getMessage().contains("200"),
                e.getMessage());
        ModeSpace lorentz = ModeSpace.of(new LorentzianTestModel(1, Statistics.CLASSICAL, -0.1,
                1.0), QuadratureGrid.uniform(-7, 7, 50));
        double[] rho = new double[50];
        java.util.Arrays.fill(rho, 0.01);
        Problem q = problem(TbaState.fromDensity(lorentz, rho), power(2, 20), linear(10, 1));
        e = assertThrows(InvalidInputException.class, () -> md(Map.of()).check(q));
        assertTrue(e.getMessage().startsWith("model.name:")
                && e.getMessage().contains("MicroscopicDynamics"), e.getMessage());
        // a sample that cannot conserve energy at this step is stopped, naming solver.dt
        Problem strong = problem(fig6(1), power(6, 20), linear(20, 1));
        e = assertThrows(InvalidInputException.class, () -> run(strong, params("rods", 20,
                "samples", 4, "blocks", 2, "dt", 2.0, "conservation", 1e-9)));
        assertTrue(e.getMessage().startsWith("solver.dt:"), e.getMessage());
    }
}
