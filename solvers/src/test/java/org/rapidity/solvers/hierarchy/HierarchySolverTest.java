package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.evolution.EvolvingSolver;
import org.rapidity.framework.evolution.Stages;
import org.rapidity.framework.observables.NegativeDensity;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.TwoPointMoments;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.solvers.kinetic.LandauSolver;

/**
 * The hierarchy solver as a whole: conservation laws and symmetry along a run, convergence in the
 * time step, exact resume, the hand-off to the Landau equation, and refusals.
 */
class HierarchySolverTest {

    /** Lumps wider than Fig. 6 (β = 2.5 needs 60 or more points on [-7, 7]). */
    static final double BETA = 1.0;

    static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("z_max", 200.0);
        m.put("z_points", 64);
        m.put("time_step", 1.0);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Problem fig6(ModeSpace space, double v0, String truncation, double... times) {
        return new Problem(Runs.lumps(space, BETA), List.of(Runs.powerLaw(v0, 20)),
                truncation == null ? null : Runs.truncation(truncation), times);
    }

    /**
     * Particle number is conserved to rounding, momentum (zero) stays zero, the total energy
     * {@code ∫ρE + e_int} to the accuracy of the time stepper while a sizeable amount is moved
     * between its kinetic and interaction parts, and {@code g2(z; θ1, θ2) = g2(-z; θ2, θ1)}.
     * No absorbing layer: the periodic separation grid is a closed system too (correlations that
     * wrap around are not wrong for these checks).
     */
    @Test
    void conservesNumberMomentumAndEnergyAndKeepsTheSymmetry() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 10, 20, 30};
        Runs.Recorder rec = new Runs.Recorder(times);
        Runs.solver(params("absorbing_layer", 0.0, "edge_tolerance", 1.0, "time_step", 0.5))
                .run(fig6(space, 4, "kubo", times), rec);
        assertEquals(times.length, rec.snapshots.size());
        EnergyBudget e0 = rec.energy(0);
        double n0 = rec.state(0).particleDensity();
        double scale = e0.kineticEnergyDensity();
        for (int k = 1; k < times.length; k++) {
            TbaState s = rec.state(k);
            EnergyBudget e = rec.energy(k);
            assertEquals(n0, s.particleDensity(), 1e-14 * n0);
            assertEquals(0, s.momentumDensity(), 1e-14);
            assertEquals(s.energyDensity(), e.kineticEnergyDensity(), 0);
            assertEquals(e0.totalEnergyDensity(), e.totalEnergyDensity(), 1e-9 * scale,
                    "t = " + times[k]);
            TwoPointMoments m = rec.moments(k);
            // G_{αβ}(-s) = G_{βα}(s) at s = 0 and at the Nyquist node, which are their own mirrors
            int last = m.separations().length - 1;
            assertEquals(m.moments(0, 1)[0], m.moments(1, 0)[0], 1e-15);
            assertEquals(m.moments(1, 2)[last], m.moments(2, 1)[last], 1e-15);
            // ∫dz g00 is conserved (zero) by the transport and sources
            assertEquals(0, m.integral(0, 0), 1e-14);
        }
        double moved = rec.energy(3).kineticEnergyDensity() - e0.kineticEnergyDensity();
        assertTrue(moved > 1e-3 * scale, "kinetic energy grows, from the interaction: " + moved);
    }

    /** The kurtosis at {@code t = 20} converges as the time step is halved. */
    @Test
    void convergesInTheTimeStep() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 20};
        double[] k = new double[3];
        double[] steps = {4, 2, 1};
        for (int i = 0; i < 3; i++) {
            Runs.Recorder rec = new Runs.Recorder(times);
            Runs.solver(params("z_points", 32, "time_step", steps[i], "absorbing_layer", 0.0,
                    "conservation", 1.0, "edge_tolerance", 1.0))
                    .run(fig6(space, 4, "kubo", times), rec);
            k[i] = Runs.kurtosis(rec.state(1));
        }
        double coarse = Math.abs(k[0] - k[2]);
        double fine = Math.abs(k[1] - k[2]);
        assertTrue(Math.abs(k[2] - Runs.kurtosis(Runs.lumps(space, BETA))) > 1e-2,
                "the kurtosis moves");
        assertTrue(fine < coarse / 4 && fine < 1e-6, coarse + " then " + fine);
    }

    /**
     * The Fig. 6 lumps ({@code β = 2.5}) at {@code ξ = 5}, {@code V0 = 2}: on 30 rapidities on
     * {@code [-7, 7]} (spacing 0.47, about one point per lump width) the tails turn negative
     * beyond the default {@code negative_tail} within {@code t = 5}; the refusal names the grid
     * and the parameter; raised, the run goes on and {@code negative-density} reports the tail,
     * and the same run with a finer spacing ({@code [-5, 5]}, 60 points) stays non-negative to
     * far below that level.
     */
    @Test
    void negativeTailsStopACoarseGridAndVanishOnAFinerOne() {
        double[] times = {0, 5};
        Map<String, Object> p = params("z_max", 50.0, "z_points", 32, "time_step", 0.5);
        ModeSpace coarse = Runs.rods(1, 7, 30);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Runs.solver(p).run(lumps25(coarse, times), new Runs.Recorder(times)));
        assertTrue(e.getMessage().startsWith("grid.points")
                && e.getMessage().contains("solver.negative_tail"), e.getMessage());
        p.put("negative_tail", 1.0);
        Runs.Recorder rec = new Runs.Recorder(times);
        Runs.solver(p).run(lumps25(coarse, times), rec);
        double[] tail = new NegativeDensity().evaluate(rec.snapshots.get(1));
        assertTrue(tail[0] < -1e-6 && tail[1] < 0, "coarse: " + tail[0] + ", " + tail[1]);
        p.remove("negative_tail");
        Runs.Recorder fine = new Runs.Recorder(times);
        Runs.solver(p).run(lumps25(Runs.rods(1, 5, 60), times), fine);
        double[] none = new NegativeDensity().evaluate(fine.snapshots.get(1));
        assertTrue(none[0] > 1e-3 * tail[0], "fine: " + none[0] + ", coarse: " + tail[0]);
    }

    static Problem lumps25(ModeSpace space, double[] times) {
        return new Problem(Runs.lumps(space, 2.5), List.of(Runs.powerLaw(2, 5)),
                Runs.truncation("two-point"), times);
    }

    /** An interrupted run resumes from its checkpoint exactly as if uninterrupted. */
    @Test
    void resumesExactly() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 5, 10, 15};
        Solver solver = Runs.solver(params("z_points", 32, "time_step", 2.0));
        Runs.Recorder full = new Runs.Recorder(times);
        solver.run(fig6(space, 3, "kubo", times), full);
        Runs.Recorder first = new Runs.Recorder(times, null, 2);
        assertThrows(Runs.Interrupted.class, () -> solver.run(fig6(space, 3, "kubo", times),
                first));
        Runs.Recorder rest = new Runs.Recorder(times, first.checkpoints.get(1), Integer.MAX_VALUE);
        solver.run(fig6(space, 3, "kubo", times), rest);
        assertEquals(2, rest.snapshots.size());
        assertArrayEquals(full.state(3).density(), rest.state(1).density(), 0);
        assertArrayEquals(full.moments(3).moments(1, 1), rest.moments(1).moments(1, 1), 0);
        assertEquals(full.energy(3).interactionEnergyDensity(),
                rest.energy(1).interactionEnergyDensity(), 0);
    }

    /** The Fig. 6 run: the hierarchy, then the {@code landau} solver from {@code t_L}. */
    static Stages hybrid(Map<String, Object> hierarchy, double tL, Map<String, Object> landau) {
        LandauSolver.Provider lp = new LandauSolver.Provider();
        return new Stages(List.of((EvolvingSolver) Runs.solver(hierarchy), (EvolvingSolver)
                lp.create(Parameters.validate("solver", lp.parameters(), landau))),
                new double[] {tL});
    }

    /**
     * In two stages, the hierarchy runs to {@code t_L} and the Landau equation from the
     * density it reached: after {@code t_L} the outputs are exactly those of the {@code landau}
     * solver started from that density (its rate, its conservation of {@code ∫ρE}); the
     * interaction energy keeps its hand-off value and the {@code g2} moments are NaN. A run
     * interrupted in the Landau phase resumes exactly.
     */
    @Test
    void handsOverToTheLandauEquation() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 10, 20, 40, 200, 1000};
        double tL = 25;
        Stages hybrid = hybrid(params("z_points", 32, "time_step", 2.0), tL,
                Map.of("linearise", 0));
        Runs.Recorder rec = new Runs.Recorder(times);
        hybrid.run(fig6(space, 6, "kubo", times), rec);
        assertEquals(times.length, rec.snapshots.size());
        for (int k = 0; k < times.length; k++) {
            assertEquals(times[k], rec.snapshots.get(k).time(), 0);
        }
        // the hierarchy alone to t_L, in the same steps
        Runs.Recorder toL = new Runs.Recorder(new double[] {0, 10, 20, tL});
        Runs.solver(params("z_points", 32, "time_step", 2.0)).run(fig6(space, 6, "kubo", 0, 10,
                20, tL), toL);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(toL.state(k).density(), rec.state(k).density(), 0);
            assertTrue(Double.isFinite(rec.moments(k).integral(1, 1)));
        }
        TbaState atL = toL.state(3);
        double interaction = toL.energy(3).interactionEnergyDensity();
        double[] after = {tL, 40, 200, 1000};
        Runs.Recorder landau = new Runs.Recorder(after);
        LandauSolver.Provider lp = new LandauSolver.Provider();
        lp.create(Parameters.validate("solver", lp.parameters(), Map.of())).run(new Problem(
                TbaState.fromEvolvedDensity(space, atL.density(), 1e-6),
                List.of(Runs.powerLaw(6, 20)), null, after), landau);
        for (int k = 3; k < times.length; k++) {
            assertArrayEquals(landau.state(k - 2).density(), rec.state(k).density(), 0);
            assertEquals(interaction, rec.energy(k).interactionEnergyDensity(), 0);
            assertTrue(Double.isNaN(rec.moments(k).integral(0, 0)));
            assertEquals(atL.energyDensity(), rec.energy(k).kineticEnergyDensity(),
                    1e-6 * atL.energyDensity());
        }
        assertTrue(Runs.kurtosis(rec.state(5)) > Runs.kurtosis(atL) + 1e-3,
                "the Landau phase thermalises");
        // interrupted after the output at t = 200, resumed
        Runs.Recorder first = new Runs.Recorder(times, null, 5);
        assertThrows(Runs.Interrupted.class, () -> hybrid.run(fig6(space, 6, "kubo", times),
                first));
        Runs.Recorder rest = new Runs.Recorder(times, first.checkpoints.get(
                first.checkpoints.size() - 1), Integer.MAX_VALUE);
        hybrid.run(fig6(space, 6, "kubo", times), rest);
        assertEquals(1, rest.snapshots.size());
        assertArrayEquals(rec.state(5).density(), rest.state(0).density(), 0);
        assertEquals(interaction, rest.energy(0).interactionEnergyDensity(), 0);
    }

    /**
     * Mean field: a homogeneous state does not evolve (the Vlasov force of a uniform density
     * vanishes); the interaction energy is that of the uncorrelated and contact pairs,
     * {@code ½ρ̄²V̂(0) + ½V(0)(C₀₀ - ρ̄)} with {@code C₀₀ = ρ̄(1-aρ̄)²} for hard rods.
     */
    @Test
    void meanFieldLeavesTheHomogeneousStateAlone() {
        ModeSpace space = Runs.rods(1, 7, 30);
        double[] times = {0, 50};
        Runs.Recorder rec = new Runs.Recorder(times);
        Runs.solver(params()).run(fig6(space, 2, "mean-field", times), rec);
        assertArrayEquals(rec.state(0).density(), rec.state(1).density(), 0);
        double rhoBar = 0.2;
        SeparationGrid grid = new SeparationGrid(200, 64, Runs.powerLaw(2, 20));
        double expected = 0.5 * rhoBar * rhoBar * Runs.powerLaw(2, 20).fourierTransform(0)
                + 0.5 * grid.potential(0) * (rhoBar * Math.pow(1 - rhoBar, 2) - rhoBar);
        assertEquals(expected, rec.energy(1).interactionEnergyDensity(), 1e-14);
        assertEquals(0, rec.moments(1).integral(2, 2), 0);
    }

    @Test
    void refusesWhatItCannotSolve() {
        ModeSpace space = Runs.rods(1, 7, 24);
        Solver solver = Runs.solver(params());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> solver.check(new Problem(Runs.lumps(space, BETA), List.of(), null,
                        new double[] {0, 1})));
        assertTrue(e.getMessage().startsWith("perturbations"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Runs.solver(params("z_points", 63))
                .check(fig6(space, 1, "kubo", 0, 1)));
        assertTrue(e.getMessage().startsWith("solver.z_points"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Runs.solver(params("z_max", 30.0))
                .check(fig6(space, 1, "kubo", 0, 1)));
        assertTrue(e.getMessage().startsWith("solver.z_max"), e.getMessage());
        ModeSpace gl = ModeSpace.of(space.model(), QuadratureGrid.gaussLegendre(-7, 7, 24));
        e = assertThrows(InvalidInputException.class, () -> solver.check(fig6(gl, 1, "kubo", 0,
                1)));
        assertTrue(e.getMessage().startsWith("grid.quadrature"), e.getMessage());
    }

    /**
     * Without the absorbing layer, correlations travelling at the relative speeds of the tails
     * wrap around the periodic separation grid; the run stops and names {@code solver.z_max}.
     */
    @Test
    void stopsWhenCorrelationsReachTheEdge() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 20, 40};
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Runs.solver(params("z_max", 40.0, "z_points", 32, "absorbing_layer", 0.0,
                        "time_step", 2.0)).run(fig6(space, 3, "kubo", times),
                        new Runs.Recorder(times)));
        assertTrue(e.getMessage().startsWith("solver.z_max"), e.getMessage());
    }

    @Test
    void usesTheKuboClosureUnlessTold() {
        ModeSpace space = Runs.rods(1, 7, 24);
        assertEquals("kubo", HierarchySolver.truncation(fig6(space, 1, null, 0, 1)).name());
        assertEquals(List.of(TbaState.class, EnergyBudget.class, TwoPointMoments.class),
                Runs.solver(params()).snapshotViews());
    }

    /**
     * The Landau stage's {@code linearise} asks it for the spectrum of its linearised operator
     * about the thermal state with the densities of {@code ρ(t_L)}; the results reach the run's
     * context: {@code M} rates, the three of the conserved charges zero to the accuracy of the
     * thermal state, a positive gap. Without it (default) nothing is computed.
     */
    @Test
    void reportsTheLinearisedLandauSpectrumOnRequest() {
        ModeSpace space = Runs.rods(1, 7, 40);
        double[] times = {0, 10, 50};
        Map<String, double[]> results = new HashMap<>();
        Runs.Recorder rec = new Runs.Recorder(times) {
            @Override
            public void result(String name, double... values) {
                results.put(name, values.clone());
            }
        };
        hybrid(params("z_points", 32, "time_step", 2.0), 10, Map.of("linearise", 4)).run(
                fig6(space, 4, "kubo", times), rec);
        assertEquals(times.length, rec.snapshots.size());
        double[] rates = results.get("linearised_rates");
        assertEquals(4, rates.length);
        double gap = results.get("linearised_gap")[0];
        assertTrue(gap > 0, "gap " + gap);
        int zero = 0;
        for (double r : rates) {
            if (Math.abs(r) < 1e-6 * gap) {
                zero++;
            }
        }
        assertEquals(3, zero, "N, P, E are conserved: " + java.util.Arrays.toString(rates));
        Map<String, double[]> none = new HashMap<>();
        hybrid(params("z_points", 32, "time_step", 2.0), 10, Map.of("linearise", 0)).run(
                fig6(space, 4, "kubo", times), new Runs.Recorder(times) {
                    @Override
                    public void result(String name, double... values) {
                        none.put(name, values);
                    }
                });
        assertTrue(none.isEmpty(), none.keySet().toString());
    }
}
