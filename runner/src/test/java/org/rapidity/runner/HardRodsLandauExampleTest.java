package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/hardrods-landau.json reduced to 60 rapidities and t ≤ 20000, once with its solver
 * (landau) and once switched to fgr by one name: under both, the kurtosis of the two lumps
 * relaxes towards the thermal 0 by more than 0.15, the entropy density grows at every output
 * (H theorem), particle and energy densities stay put (1e-9, 1e-6), and the two relax alike (final
 * kurtosis changes within 5 %; the two collision integrals differ by ~2 % at 60 rapidities).
 */
@Tag("example")
class HardRodsLandauExampleTest {

    static final List<String> REDUCED = List.of("grid.points=60", "times.end=20000",
            "times.outputs=5");

    @TempDir
    static Path out;

    static CsvTable landau;
    static CsvTable fgr;

    @BeforeAll
    static void runBoth() throws IOException {
        Example.run("hardrods-landau.json", out.resolve("landau"), REDUCED);
        Example.assertNonEmpty(out.resolve("landau/observables.png"));
        landau = CsvTable.read(out.resolve("landau/observables.csv"));
        List<String> asFgr = new java.util.ArrayList<>(List.of("solver.name=fgr"));
        asFgr.addAll(REDUCED);
        Example.run("hardrods-landau.json", out.resolve("fgr"), asFgr, "--no-plots");
        fgr = CsvTable.read(out.resolve("fgr/observables.csv"));
    }

    /** Entropy growth, relaxation of the kurtosis and conservation of N and E. */
    static void assertRelaxes(String solver, CsvTable obs) {
        double[] t = obs.first();
        double[] s = obs.column("entropy-density");
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1], solver + ": entropy decreased at t = " + t[i] + ": "
                    + s[i - 1] + " -> " + s[i]);
        }
        double[] k = obs.column("kurtosis");
        assertTrue(CsvTable.last(k) > k[0] + 0.15, solver + ": kurtosis did not relax: " + k[0]
                + " -> " + CsvTable.last(k));
        double[] n = obs.column("particle-density");
        double[] e = obs.column("energy-density");
        double dn = (CsvTable.last(n) - n[0]) / n[0];
        double de = (CsvTable.last(e) - e[0]) / e[0];
        assertTrue(Math.abs(dn) <= 1e-9 && Math.abs(de) <= 1e-6, solver
                + ": N or E not conserved: " + dn + ", " + de);
    }

    @Test
    void landauProducesEntropyRelaxesAndConserves() {
        assertRelaxes("landau", landau);
    }

    @Test
    void fgrProducesEntropyRelaxesAndConserves() {
        assertRelaxes("fgr", fgr);
    }

    @Test
    void fgrAndLandauRelaxAlike() {
        double[] kl = landau.column("kurtosis");
        double kf = CsvTable.last(fgr.column("kurtosis"));
        double d = Math.abs((kf - CsvTable.last(kl)) / (CsvTable.last(kl) - kl[0]));
        assertTrue(d <= 0.05, "fgr and landau relax differently: final kurtosis "
                + CsvTable.last(kl) + " vs " + kf + " (from " + kl[0] + ")");
    }
}
