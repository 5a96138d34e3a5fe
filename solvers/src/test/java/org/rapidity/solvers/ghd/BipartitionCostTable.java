package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
 * rapidity's side of {@code examples/ifluid-comparison/}: the {@code ghd} solver on the two
 * bipartitions of {@link FrontTrackingTest} (the same states, boxes, grids and time), with
 * wall time and process CPU time of each run ({@code ProcessHandle}: all threads, the JIT's
 * and collector's included), the L1 error measured against the exact profiles of
 * {@link BipartitionExactProfiles} read back from its CSV file, exactly as the iFluid and
 * BetheFluid drivers measure theirs. Lieb-Liniger: {@code ∫|ρ̄ - exact|dx / t}; hard rods:
 * {@code ∫|ρ̄ - exact|dx}. The coarsest grid of each problem and scheme is run twice and the
 * second run is kept (the first warms the JIT up).
 * <p>
 * System properties: {@code exact.in} (default
 * {@code ../examples/ifluid-comparison/bipartition-exact.csv}), {@code cost.out} (default
 * {@code target/rapidity-results.csv}), {@code cost.levels} (default {@code 1,2,4,8}: multiples
 * of 28 × 24 and 60 × 30), {@code cost.schemes} (default {@code filling,characteristics}),
 * {@code cost.problems} (default {@code liebliniger,hardrods}), {@code cost.cfl} (the solver's
 * {@code cfl}, default 1).
 */
class BipartitionCostTable {

    static final double T = 1.5;

    /** One solver run: the final densities at the cell centres, wall and CPU seconds. */
    record Timed(double[] x, double[] density, double[] initial, double wall, double cpu) {
    }

    @Test
    @Tag("validation")
    void table() throws IOException {
        Map<String, double[]> exact = readExact(Path.of(System.getProperty("exact.in",
                "../examples/ifluid-comparison/bipartition-exact.csv")));
        Path out = Path.of(System.getProperty("cost.out", "target/rapidity-results.csv"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        String[] schemes = System.getProperty("cost.schemes", "filling,characteristics")
                .split(",");
        String[] levels = System.getProperty("cost.levels", "1,2,4,8").split(",");
        double cfl = Double.parseDouble(System.getProperty("cost.cfl", "1"));
        String[] problems = System.getProperty("cost.problems", "liebliniger,hardrods")
                .split(",");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("code,problem,cells,rapidities,cfl,steps,dt,l1,max_error,delta_atoms,"
                    + "wall_s,cpu_s");
            for (String problem : problems) {
                for (String level : levels) {
                    int k = Integer.parseInt(level.trim());
                    int nx = problem.equals("liebliniger") ? 28 * k : 60 * k;
                    int nt = problem.equals("liebliniger") ? 24 * k : 30 * k;
                    for (String scheme : schemes) {
                        if (level.equals(levels[0])) {
                            run(problem, nx, nt, scheme, cfl); // warms the JIT up
                        }
                        Timed r = run(problem, nx, nt, scheme, cfl);
                        double[] e = exact.get(problem + "," + nx);
                        assertEquals(nx, e.length, "exact profile of " + problem + " at " + nx);
                        double dx = r.x()[1] - r.x()[0];
                        double l1 = 0;
                        double max = 0;
                        double dn = 0;
                        for (int i = 0; i < nx; i++) {
                            double d = Math.abs(r.density()[i] - e[i]);
                            l1 += dx * d;
                            max = Math.max(max, d);
                            dn += dx * (r.density()[i] - r.initial()[i]);
                        }
                        if (problem.equals("liebliniger")) {
                            l1 /= T;
                        }
                        assertTrue(l1 < 0.2, problem + " " + scheme + " L1 " + l1);
                        System.out.printf(Locale.ROOT, "rapidity %s %s %d x %d cfl %.2f: L1"
                                + " %.3e max %.3e dN %.2e  %.2f s (cpu %.2f s)%n", scheme,
                                problem, nx, nt, cfl, l1, max, dn, r.wall(), r.cpu());
                        w.printf(Locale.ROOT, "rapidity-%s,%s,%d,%d,%.3g,,,%.6e,%.6e,%.6e,%.3f,"
                                + "%.3f%n", scheme, problem, nx, nt, cfl, l1, max, dn, r.wall(),
                                r.cpu());
                        w.flush();
                    }
                }
            }
        }
    }

    /** The {@code ghd} solver on one bipartition at the given CFL number, timed. */
    static Timed run(String problem, int nx, int nt, String scheme, double cfl) {
        TbaState left;
        TbaState right;
        double xMax;
        if (problem.equals("liebliniger")) {
            RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1.0);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
            left = LiebLinigerGhdTest.thermal(space, 1, 1);
            right = LiebLinigerGhdTest.thermal(space, 1, -1);
            xMax = 14;
        } else {
            HardRods rods = new HardRods(1.0, Parameters.empty());
            ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, nt));
            left = FrontTrackingTest.rods(space, 0.5);
            right = FrontTrackingTest.rods(space, 0.1);
            xMax = 20;
        }
        ProfileRun run = new ProfileRun(0, T);
        Duration cpu0 = cpu();
        long t0 = System.nanoTime();
        new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), Map.of("x_min", -xMax,
                "x_max", xMax, "x_points", nx, "scheme", scheme, "cfl", cfl))).run(new Problem(
                new Bipartition(left, right, 0, "state"), List.of(), List.of(), null, run.times),
                run);
        double wall = (System.nanoTime() - t0) * 1e-9;
        double seconds = (cpu().minus(cpu0)).toNanos() * 1e-9;
        Profile start = run.profiles.get(0);
        Profile end = run.profiles.get(1);
        double[] x = new double[nx];
        double[] rho = new double[nx];
        double[] rho0 = new double[nx];
        for (int i = 0; i < nx; i++) {
            x[i] = end.position(i);
            rho[i] = end.state(i).particleDensity();
            rho0[i] = start.state(i).particleDensity();
        }
        return new Timed(x, rho, rho0, wall, seconds);
    }

    static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow(() ->
                new IllegalStateException("this platform reports no process CPU time"));
    }

    /** {@code problem,cells -> density column} of bipartition-exact.csv. */
    static Map<String, double[]> readExact(Path file) throws IOException {
        Map<String, List<Double>> columns = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            columns.computeIfAbsent(f[0] + "," + f[1], k -> new java.util.ArrayList<>())
                    .add(Double.parseDouble(f[3]));
        }
        Map<String, double[]> out = new HashMap<>();
        columns.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue)
                .toArray()));
        return out;
    }
}
