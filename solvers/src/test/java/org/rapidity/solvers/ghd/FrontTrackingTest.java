package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.states.Bipartition;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;
import org.rapidity.models.liebliniger.RepulsiveLiebLiniger;

/**
 * Sharp fronts by the feet of the characteristics ({@link CharacteristicFeet}) against exact
 * solutions: the hard-rod bipartition (contraction map, {@link HardRodsExact}) and the
 * Lieb-Liniger bipartition of two thermal reservoirs (self-similar solution,
 * {@link RiemannSolution}); the filling scheme on the same grids for comparison.
 */
class FrontTrackingTest {

    static double A = 1.0;

    /** Result of one run: L1 error of the density, max error, ΔN, wall seconds. */
    record Run(double l1, double max, double dn, double seconds) {
    }

    static GhdSolver solver(double xMax, int nx, String scheme) {
        return new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), Map.of("x_min",
                -xMax, "x_max", xMax, "x_points", nx, "scheme", scheme)));
    }

    /** Hard rods, ρ̄ = 0.5 | 0.1 at unit temperature, sharp at x = 0, against the exact map. */
    static Run hardRods(int nx, int nt, double t, String scheme) {
        double left = 0.5;
        double right = 0.1;
        double xMax = 20;
        HardRods rods = new HardRods(A, Parameters.empty());
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, nt));
        TbaState l = rods(space, left);
        TbaState r = rods(space, right);
        ProfileRun run = new ProfileRun(0, t);
        long t0 = System.nanoTime();
        solver(xMax, nx, scheme).run(new Problem(new Bipartition(l, r, 0, "state"), List.of(),
                List.of(), null, run.times), run);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        HardRodsBipartitionExact exact = new HardRodsBipartitionExact(A, left, right);
        Profile end = run.profiles.get(1);
        Profile start = run.profiles.get(0);
        double max = 0;
        double l1 = 0;
        for (int i = 0; i < nx; i++) {
            double e = Math.abs(end.state(i).particleDensity() - exact.density(end.position(i),
                    t));
            max = Math.max(max, e);
            l1 += end.weight(i) * e;
        }
        return new Run(l1, max, end.particleNumber() - start.particleNumber(), seconds);
    }

    /** The hard-rod thermal state of unit temperature at density ρ̄ (Maxwell g(θ)). */
    static TbaState rods(ModeSpace space, double density) {
        double[] n = new double[space.size()];
        for (int k = 0; k < n.length; k++) {
            n[k] = 2 * Math.PI * density * HardRodsGhdTest.g(space.theta(k)) / (1 - A * density);
        }
        return TbaState.fromFilling(space, n);
    }

    /**
     * Lieb-Liniger c = 1, thermal β = 1, μ = +1 | -1 (the reservoirs of LiebLinigerGhdTest):
     * ∫|n - n_ss|dx / t at t against the self-similar solution on 480 nodes.
     */
    static Run liebLiniger(int nx, int nt, double t, String scheme) {
        return liebLiniger(nx, nt, t, scheme, 480);
    }

    /** {@link #liebLiniger(int, int, double, String)} against the solution on {@code nodes}. */
    static Run liebLiniger(int nx, int nt, double t, String scheme, int nodes) {
        return liebLiniger(new RepulsiveLiebLiniger(1.0), nx, nt, t, scheme, nodes);
    }

    /** The same bipartition of any Lieb-Liniger model (e.g. Bethe strings: several species). */
    static Run liebLiniger(org.rapidity.framework.spi.IntegrableModel m, int nx, int nt,
            double t, String scheme, int nodes) {
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
        TbaState left = LiebLinigerGhdTest.thermal(space, 1, 1);
        TbaState right = LiebLinigerGhdTest.thermal(space, 1, -1);
        double xMax = 14;
        ProfileRun run = new ProfileRun(0, t);
        long t0 = System.nanoTime();
        solver(xMax, nx, scheme).run(new Problem(new Bipartition(left, right, 0, "state"),
                List.of(), List.of(), null, run.times), run);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ModeSpace fine = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nodes));
        double[] fl = LiebLinigerGhdTest.thermal(fine, 1, 1).filling();
        double[] fr = LiebLinigerGhdTest.thermal(fine, 1, -1).filling();
        Profile p = run.profiles.get(1);
        double l1 = 0;
        double max = 0;
        for (int i = 0; i < nx; i++) {
            double exact = SelfSimilarSolution.onRay(fine, fl, fr, p.position(i) / t)
                    .particleDensity();
            double e = Math.abs(p.state(i).particleDensity() - exact);
            l1 += p.weight(i) * e;
            max = Math.max(max, e);
        }
        return new Run(l1 / t, max, p.particleNumber() - run.profiles.get(0).particleNumber(),
                seconds);
    }

    static void print(String what, int nx, int nt, Run r) {
        System.out.printf(Locale.ROOT, "%s %d x %d: L1 %.3e max %.3e dN %.2e  %.2f s%n", what, nx,
                nt, r.l1(), r.max(), r.dn(), r.seconds());
    }

    /**
     * Nearly free rods (a = 10⁻³): the feet of the characteristics keep the sharp front, and
     * the density converges at second order (L1 error down by more than 3 per halving of both
     * spacings), while the filling scheme is first order and several times further off.
     */
    @Test
    void freeFrontsConvergeAtSecondOrder() {
        A = 1e-3;
        try {
            Run coarse = hardRods(60, 30, 1.5, "characteristics");
            Run fine = hardRods(120, 60, 1.5, "characteristics");
            Run filling = hardRods(120, 60, 1.5, "filling");
            print("free characteristics", 60, 30, coarse);
            print("free characteristics", 120, 60, fine);
            print("free filling", 120, 60, filling);
            assertTrue(fine.l1() < coarse.l1() / 3, fine.l1() + " after " + coarse.l1());
            assertTrue(fine.l1() < filling.l1() / 4, fine.l1() + " vs " + filling.l1());
            assertTrue(Math.abs(fine.dn()) < 1e-4, "ΔN " + fine.dn());
        } finally {
            A = 1;
        }
    }

    /**
     * A run carrying the feet resumes from a checkpoint bit for bit (the feet are saved), and
     * the scheme is refused on a ring and with diffusion, naming the field.
     */
    @Test
    void resumeWithFeetIsExact() {
        HardRods rods = new HardRods(1.0, Parameters.empty());
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, 20));
        Problem problem = new Problem(new Bipartition(rods(space, 0.5), rods(space, 0.1), 0,
                "state"), List.of(), List.of(), null, new double[] {0, 0.5, 1, 1.5});
        double[] times = problem.outputTimes();
        ProfileRun whole = new ProfileRun(times);
        solver(10, 30, "characteristics").run(problem, whole);
        ProfileRun first = new ProfileRun(times, null, 2);
        org.junit.jupiter.api.Assertions.assertThrows(ProfileRun.Interrupted.class,
                () -> solver(10, 30, "characteristics").run(problem, first));
        ProfileRun rest = new ProfileRun(times, first.checkpoints.get(
                first.checkpoints.size() - 1), Integer.MAX_VALUE);
        solver(10, 30, "characteristics").run(problem, rest);
        double[][] a = whole.profiles.get(times.length - 1).fillings();
        double[][] b = rest.profiles.get(rest.profiles.size() - 1).fillings();
        for (int i = 0; i < a.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a[i], b[i], 0.0);
        }
        org.rapidity.framework.param.InvalidInputException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        org.rapidity.framework.param.InvalidInputException.class,
                        () -> new GhdSolver(Parameters.validate("solver", GhdSolver.specs(),
                                Map.of("x_min", -10, "x_max", 10, "x_points", 30, "boundary",
                                        "periodic", "scheme", "characteristics")))
                                .check(problem));
        org.junit.jupiter.api.Assertions.assertEquals("solver.scheme", e.field());
        e = org.junit.jupiter.api.Assertions.assertThrows(
                org.rapidity.framework.param.InvalidInputException.class,
                () -> new GhdSolver(Parameters.validate("solver", GhdSolver.specs(),
                        Map.of("x_min", -10, "x_max", 10, "x_points", 30, "diffusion", true,
                                "scheme", "characteristics"))).check(problem));
        org.junit.jupiter.api.Assertions.assertEquals("solver.diffusion", e.field());
    }

    /**
     * Interacting fronts by the free coordinate ({@link FreeCoordinate}): hard rods (a = 1)
     * against their closed form and Lieb-Liniger against the self-similar solution converge at
     * second order (L1 error down by more than 3.5 per halving of both spacings), keep the atom
     * number, and on the finer grid are at least 4× (hard rods) and 6× (Lieb-Liniger) more
     * accurate than the filling scheme on the same grid. (The Lieb-Liniger reference on 192
     * nodes here, 4× finer than the finer run, to stay fast; {@link #table()} uses 480.)
     */
    @Test
    void interactingFrontsByTheFreeCoordinateAreSecondOrder() {
        Run coarse = hardRods(60, 30, 1.5, "free-coordinate");
        Run fine = hardRods(120, 60, 1.5, "free-coordinate");
        Run filling = hardRods(120, 60, 1.5, "filling");
        print("HR free-coordinate", 60, 30, coarse);
        print("HR free-coordinate", 120, 60, fine);
        print("HR filling", 120, 60, filling);
        assertTrue(fine.l1() < coarse.l1() / 3.5, fine.l1() + " after " + coarse.l1());
        assertTrue(fine.l1() < filling.l1() / 4, fine.l1() + " vs " + filling.l1());
        assertTrue(Math.abs(fine.dn()) < 1e-3, "ΔN " + fine.dn());
        Run llCoarse = liebLiniger(28, 24, 1.5, "free-coordinate", 192);
        Run llFine = liebLiniger(56, 48, 1.5, "free-coordinate", 192);
        Run llFilling = liebLiniger(56, 48, 1.5, "filling", 192);
        print("LL free-coordinate", 28, 24, llCoarse);
        print("LL free-coordinate", 56, 48, llFine);
        print("LL filling", 56, 48, llFilling);
        assertTrue(llFine.l1() < llCoarse.l1() / 3.5, llFine.l1() + " after " + llCoarse.l1());
        assertTrue(llFine.l1() < llFilling.l1() / 6, llFine.l1() + " vs " + llFilling.l1());
        assertTrue(Math.abs(llFine.dn()) < 1e-3, "ΔN " + llFine.dn());
    }

    /**
     * The free-coordinate scheme solves each output directly: several outputs, and a run
     * resumed from a checkpoint, give bit for bit the fillings of one straight run; it is
     * refused, naming the field, with a trap or a ramp (force), diffusion, a ring and a time
     * step, and stops when the fronts reach the reference end of the box.
     */
    @Test
    void freeCoordinateResumesExactlyAndRefusesWhatItCannotSolve() {
        HardRods rods = new HardRods(1.0, Parameters.empty());
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, 20));
        Problem problem = new Problem(new Bipartition(rods(space, 0.5), rods(space, 0.1), 0,
                "state"), List.of(), List.of(), null, new double[] {0, 0.5, 1, 1.5});
        double[] times = problem.outputTimes();
        ProfileRun whole = new ProfileRun(times);
        solver(20, 50, "free-coordinate").run(problem, whole);
        ProfileRun first = new ProfileRun(times, null, 2);
        assertThrows(ProfileRun.Interrupted.class,
                () -> solver(20, 50, "free-coordinate").run(problem, first));
        ProfileRun rest = new ProfileRun(times, first.checkpoints.get(
                first.checkpoints.size() - 1), Integer.MAX_VALUE);
        solver(20, 50, "free-coordinate").run(problem, rest);
        double[][] a = whole.profiles.get(times.length - 1).fillings();
        double[][] b = rest.profiles.get(rest.profiles.size() - 1).fillings();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        ProfileRun once = new ProfileRun(0, 1.5);
        solver(20, 50, "free-coordinate").run(new Problem(problem.initialProfile().get(),
                List.of(), List.of(), null, once.times), once);
        double[][] c = once.profiles.get(1).fillings();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], c[i], 1e-10);
        }
        InvalidInputException small = assertThrows(InvalidInputException.class,
                () -> solver(8, 20, "free-coordinate").run(problem, new ProfileRun(times)));
        assertEquals("solver.x_min", small.field()); // the fronts reach the reference end
        assertEquals("solver.scheme", refusal(problem, Map.of("boundary", "periodic")));
        assertEquals("solver.diffusion", refusal(problem, Map.of("diffusion", true)));
        assertEquals("solver.dt", refusal(problem, Map.of("dt", 0.01)));
        Problem trapped = new Problem(problem.initialProfile().get(), List.of(),
                List.of((org.rapidity.framework.spi.Drive) new org.rapidity.framework.drives.HarmonicTrap(0.1)), null, times);
        assertEquals("solver.scheme", refusal(trapped, Map.of()));
    }

    /** The field named by the error of the free-coordinate scheme with extra parameters. */
    private static String refusal(Problem problem, Map<String, Object> extra) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("x_min", -16, "x_max", 16,
                "x_points", 40, "scheme", "free-coordinate"));
        p.putAll(extra);
        return assertThrows(InvalidInputException.class, () -> new GhdSolver(
                Parameters.validate("solver", GhdSolver.specs(), p)).check(problem)).field();
    }

    /**
     * Any model, several species: the attractive Lieb-Liniger gas (c = -1) with its 1- and
     * 2-strings, bipartition of thermal states β = 1, μ = ±1 (string dressing), against the
     * self-similar solution of the same model on 192 nodes: the free coordinate converges at
     * second order (L1 error down by more than 3.5 per halving) and is at least 3× more
     * accurate than the filling scheme on the finer grid. Tagged validation (about 15 s: the
     * reference dresses strings on 192 nodes at every cell).
     */
    @Test
    @org.junit.jupiter.api.Tag("validation")
    void stringFrontsByTheFreeCoordinateAreSecondOrder() {
        var m = new org.rapidity.models.liebliniger.AttractiveLiebLiniger(-1.0, 2);
        Run coarse = liebLiniger(m, 28, 24, 1.5, "free-coordinate", 192);
        Run fine = liebLiniger(m, 56, 48, 1.5, "free-coordinate", 192);
        Run filling = liebLiniger(m, 56, 48, 1.5, "filling", 192);
        print("strings free-coordinate", 28, 24, coarse);
        print("strings free-coordinate", 56, 48, fine);
        print("strings filling", 56, 48, filling);
        assertTrue(fine.l1() < coarse.l1() / 3.5, fine.l1() + " after " + coarse.l1());
        assertTrue(fine.l1() < filling.l1() / 3, fine.l1() + " vs " + filling.l1());
        assertTrue(Math.abs(fine.dn()) < 1e-3, "ΔN " + fine.dn());
    }

    /**
     * The comparison table of docs/solvers/ghd.md: free rods (a = 10⁻³), hard rods (a = 1) and
     * Lieb-Liniger at three grids by the three schemes, and the free coordinate one grid finer
     * (each run twice, the second timed: the first warms the JIT).
     */
    @Test
    @org.junit.jupiter.api.Tag("validation")
    void table() {
        String[] schemes = {"filling", "characteristics", "free-coordinate"};
        for (double a : new double[] {1e-3, 1}) {
            A = a;
            for (int k : new int[] {1, 2, 4}) {
                for (String scheme : schemes) {
                    hardRods(60 * k, 30 * k, 1.5, scheme);
                    print((a < 1 ? "free " : "HR ") + scheme, 60 * k, 30 * k,
                            hardRods(60 * k, 30 * k, 1.5, scheme));
                }
            }
        }
        hardRods(480, 240, 1.5, "free-coordinate"); // one level finer: equal wall time
        print("HR free-coordinate", 480, 240, hardRods(480, 240, 1.5, "free-coordinate"));
        A = 1;
        for (int k : new int[] {1, 2, 4}) {
            for (String scheme : schemes) {
                liebLiniger(28 * k, 24 * k, 1.5, scheme);
                print("LL " + scheme, 28 * k, 24 * k, liebLiniger(28 * k, 24 * k, 1.5, scheme));
            }
        }
        liebLiniger(224, 192, 1.5, "free-coordinate");
        print("LL free-coordinate", 224, 192, liebLiniger(224, 192, 1.5, "free-coordinate"));
    }
}
