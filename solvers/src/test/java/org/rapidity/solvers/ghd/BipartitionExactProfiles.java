package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.models.liebliniger.RepulsiveLiebLiniger;

/**
 * The exact density profiles of the two bipartitions of docs/solvers/ghd.md ("Sharp fronts"),
 * at the cell centres of the grids {@link FrontTrackingTest} uses, written to a CSV file so that
 * other codes (iFluid, BetheFluid: {@code examples/ifluid-comparison/}) are measured against
 * the same exact solution with the same L1 definition. Columns {@code problem, cells, x,
 * density}: Lieb-Liniger ({@code c = 1}, {@code β = 1}, {@code μ = +1 | -1}, box
 * {@code [-14, 14]}, {@code t = 1.5}, {@link SelfSimilarSolution} on 480 nodes) at 28 … 448
 * cells; hard rods ({@code a = 1}, {@code ρ̄ = 0.5 | 0.1}, unit temperature, box
 * {@code [-20, 20]}, {@code t = 1.5}, {@link HardRodsBipartitionExact}) at 60 … 960 cells.
 * ħ = 2m = 1 for Lieb-Liniger (energy θ²), unit mass for the rods (energy θ²/2).
 * <p>
 * The file goes to the system property {@code exact.out} (default
 * {@code target/bipartition-exact.csv}). Checked on the way: the atoms of each profile are
 * those of the initial state (the exact solution conserves them; the midpoint rule on a
 * profile with kinks is second order, so the tolerance shrinks with the cells).
 */
class BipartitionExactProfiles {

    static final double T = 1.5;

    @Test
    @Tag("validation")
    void export() throws IOException {
        Path out = Path.of(System.getProperty("exact.out", "target/bipartition-exact.csv"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1.0);
        ModeSpace fine = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 480));
        double[] fl = LiebLinigerGhdTest.thermal(fine, 1, 1).filling();
        double[] fr = LiebLinigerGhdTest.thermal(fine, 1, -1).filling();
        double rhoL = LiebLinigerGhdTest.thermal(fine, 1, 1).particleDensity();
        double rhoR = LiebLinigerGhdTest.thermal(fine, 1, -1).particleDensity();
        HardRodsBipartitionExact rods = new HardRodsBipartitionExact(1.0, 0.5, 0.1);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("problem,cells,x,density");
            for (int cells : new int[] {28, 56, 112, 224, 448}) {
                QuadratureGrid x = QuadratureGrid.uniform(-14, 14, cells);
                double atoms = 0;
                for (int i = 0; i < cells; i++) {
                    double rho = SelfSimilarSolution.onRay(fine, fl, fr, x.node(i) / T)
                            .particleDensity();
                    atoms += x.weight(i) * rho;
                    w.printf(Locale.ROOT, "liebliniger,%d,%.17g,%.17g%n", cells, x.node(i), rho);
                }
                assertEquals(14 * (rhoL + rhoR), atoms, 30.0 / (cells * cells),
                        "LL atoms at " + cells + " cells");
            }
            for (int cells : new int[] {60, 120, 240, 480, 960}) {
                QuadratureGrid x = QuadratureGrid.uniform(-20, 20, cells);
                double atoms = 0;
                for (int i = 0; i < cells; i++) {
                    double rho = rods.density(x.node(i), T);
                    atoms += x.weight(i) * rho;
                    w.printf(Locale.ROOT, "hardrods,%d,%.17g,%.17g%n", cells, x.node(i), rho);
                }
                assertEquals(20 * (0.5 + 0.1), atoms, 60.0 / (cells * cells),
                        "rod atoms at " + cells + " cells");
            }
        }
        System.out.println("exact bipartition profiles written to " + out.toAbsolutePath());
    }
}
