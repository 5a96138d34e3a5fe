package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapidity.solvers.ghd.LiebLinigerGhdTest.keeping;
import static org.rapidity.solvers.ghd.LiebLinigerGhdTest.solver;
import static org.rapidity.solvers.ghd.LiebLinigerGhdTest.thermal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.models.liebliniger.RepulsiveLiebLiniger;

/**
 * The strings' own rapidity grids after the crossing of {@code c = 0} ({@link StringGrids},
 * docs/experiment.md, "A rapidity grid per string"). The degenerate tube of {@link
 * StringAtomsAfterCrossingTest} ({@code c = 2}, {@code β = μ = 0.5}, {@code V = x²/4}, 12
 * strings, rapidities on {@code [-6, 6]}) is ramped at {@code ∂_t c = -1} through the gap
 * {@code (-1, 1)} to {@code c = -2} and held there for two units of time, in a box
 * {@code [-12, 12]} of 60 cells (the box {@code [-8, 8]} of 20 cells of that test adds a drift of
 * its own: the atoms reaching its ends, and {@code Δx = 0.8} against the heavy strings' extent
 * {@code ~√(8/n)} in {@code x}). With {@code c} held the energy {@code U + E_V} is a constant of
 * the motion (with the string numbers, which the steps keep by {@link SpeciesNumbers}).
 */
class StringGridTest {

    private static final Map<String, double[]> RUNS = new ConcurrentHashMap<>();

    /**
     * {@code {(E(6) - E(4))/|E(4)|, N(6)/N(4) - 1}} of {@code E = U + E_V} on {@code nt}
     * rapidities, the strings on the common grid or on their own ({@code 'thermal'}).
     */
    static double[] drift(int nt, String grid) {
        return RUNS.computeIfAbsent(nt + grid, k -> {
            RepulsiveLiebLiniger m = keeping(2.0, 12);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
            double[] times = {0, 4, 6};
            ProfileRun run = new ProfileRun(times);
            solver("x_min", -12, "x_max", 12, "x_points", 60, "trap_curvature", 0.5, "ramp_rate",
                    -1.0, "ramp_to", -2.0, "crossing_gap", 1.0, "conservation", 1,
                    "string_grid", grid).run(new Problem(thermal(space, 0.5, 0.5), List.of(),
                            null, times), run);
            Profile a = run.profiles.get(1);
            Profile b = run.profiles.get(2);
            double ea = a.internalEnergy() + a.potentialEnergy();
            double eb = b.internalEnergy() + b.potentialEnergy();
            double[] out = {(eb - ea) / Math.abs(ea),
                b.particleNumber() / a.particleNumber() - 1};
            System.out.printf(Locale.ROOT, "strings on a %s grid, 60 x %d: U + E_V %.6f at t = 4"
                    + " (c = -2), %.6f at t = 6: %+.3e; N %+.2e%n", grid, nt, ea, eb, out[0],
                    out[1]);
            return out;
        });
    }

    /**
     * On 24 rapidities the heavy strings' peaks (a node or two of the common grid) diffuse in
     * {@code λ} and the energy drifts; on their own grids far less. Measured 2026-12-07: common
     * {@code +1.70e-2}, thermal {@code +5.4e-3} (what is left is mostly the atoms', {@code h =
     * 0.5}; with the finest spacing's time step the strings {@code n ≥ 2} had {@code +0.158}
     * and {@code +0.032} of {@code |E| = 10.8}).
     */
    @Test
    void theStringsOwnGridsKeepTheEnergyWithTheCouplingHeld() {
        double[] common = drift(24, "common");
        double[] own = drift(24, "thermal");
        assertTrue(common[0] > 1.2e-2, "common grid: " + common[0]);
        assertTrue(Math.abs(own[0]) < 8e-3, "own grids: " + own[0]);
        assertTrue(Math.abs(own[0]) < Math.abs(common[0]) / 2, own[0] + " against " + common[0]);
        assertTrue(Math.abs(own[1]) < 1e-4, "atoms on the own grids: " + own[1]);
    }

    /**
     * The drift falls faster than first order in the spacing: halving it (24 → 48 rapidities)
     * divides the drift by more than 4. Measured 2026-12-07: {@code +5.4e-3 → +5.9e-4}, 9.3
     * times smaller (order 3.2; the common grid: 7.9 times, also faster than first order once
     * the cells resolve the strings).
     */
    @Test
    void theEnergyDriftFallsFasterThanFirstOrder() {
        double coarse = drift(24, "thermal")[0];
        double fine = drift(48, "thermal")[0];
        assertTrue(Math.abs(fine) < Math.abs(coarse) / 4, fine + " after " + coarse);
    }

    /**
     * The grids: the atoms' is the common one; the {@code n}-string's is scaled by
     * {@code 1/√n} about the centre with as many nodes; {@code 'common'} repeats the grid.
     */
    @Test
    void eachStringHasTheGridScaledByItsThermalWidth() {
        QuadratureGrid g = QuadratureGrid.uniform(-2, 6, 16);
        List<QuadratureGrid> own = StringGrids.of(g, 4, true);
        assertEquals(g, own.get(0));
        for (int a = 0; a < 4; a++) {
            QuadratureGrid q = own.get(a);
            assertEquals(16, q.size());
            assertEquals(2 + 4 / Math.sqrt(a + 1), q.max(), 1e-14);
            assertEquals(2 - 4 / Math.sqrt(a + 1), q.min(), 1e-14);
            assertEquals(g.weight(0) / Math.sqrt(a + 1), q.weight(0), 1e-14);
        }
        assertEquals(List.of(g, g, g), StringGrids.of(g, 3, false));
    }

    /** A run resumed from a checkpoint after the crossing goes on on the strings' own grids. */
    @Test
    void aCheckpointAfterTheCrossingResumesOnTheOwnGrids() {
        RepulsiveLiebLiniger m = keeping(2.0, 6);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 16));
        double[] times = {0, 3.75, 4.25};
        Object[] kv = {"x_min", -8, "x_max", 8, "x_points", 12, "trap_curvature", 0.5,
            "ramp_rate", -1.0, "ramp_to", -2.0, "crossing_gap", 1.5, "conservation", 1,
            "string_grid", "thermal"};
        Problem problem = new Problem(thermal(space, 0.5, 0.5), List.of(), null, times);
        ProfileRun whole = new ProfileRun(times);
        solver(kv).run(problem, whole);
        ProfileRun cut = new ProfileRun(times, null, 2);
        assertThrows(ProfileRun.Interrupted.class, () -> solver(kv).run(problem, cut));
        ProfileRun resumed = new ProfileRun(times, cut.checkpoints.get(cut.checkpoints.size() - 1),
                Integer.MAX_VALUE);
        solver(kv).run(problem, resumed);
        Profile a = whole.profiles.get(2);
        Profile b = resumed.profiles.get(resumed.profiles.size() - 1);
        assertEquals(StringGrids.of(space.grid(0), 6, true), a.space().grids());
        assertEquals(a.space().grids(), b.space().grids());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.state(i).filling(), b.state(i).filling(), 0.0);
        }
    }

    /**
     * An unknown value is refused naming the parameter and the values allowed; so is
     * {@code 'thermal'} in a run that does not cross {@code c = 0} (it would do nothing).
     */
    @Test
    void anUnknownGridOrOneWithoutACrossingIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> solver(
                "x_min", -8, "x_max", 8, "x_points", 12, "string_grid", "fine"));
        assertTrue(e.getMessage().contains("string_grid") && e.getMessage().contains("thermal"),
                e.getMessage());
        ModeSpace space = ModeSpace.of(keeping(2.0, 6), QuadratureGrid.uniform(-6, 6, 16));
        Problem problem = new Problem(thermal(space, 0.5, 0.5), List.of(), null,
                new double[] {0, 1});
        InvalidInputException held = assertThrows(InvalidInputException.class, () -> solver(
                "x_min", -8, "x_max", 8, "x_points", 12, "trap_curvature", 0.5, "ramp_rate",
                -0.5, "ramp_to", 1.0, "string_grid", "thermal").check(problem));
        assertEquals("solver.string_grid", held.field(), held.getMessage());
    }
}
