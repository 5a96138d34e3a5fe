package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tube populations of the strings paper's lattice (Supplementary note 1, Table S1): the trapped
 * tube's equation of state against its classical closed form, conservation of the atoms through
 * the re-thermalisation, and the five data sets against Table S1.
 */
class TubePopulationsTest {

    /**
     * Non-degenerate limit of the trapped tube: {@code n = e^{μ/T}(T/4π)^{1/2}} (ħ = 2m = 1) and
     * {@code ∫dz e^{-ω²z²/4T} = (4πT)^{1/2}/ω} give {@code N = (T/ω) e^{μ₀/T}}, the Boltzmann gas
     * in a 1D harmonic trap; interactions correct it by O(n) (repulsion lowers N). Measured:
     * -1.5e-6 at μ₀ = -12T and -8.6e-6 at -10T (tolerance 1e-4).
     */
    @Test
    void classicalLimitOfTheTrappedTube() {
        double t = 2.5;
        double omega = 0.05;
        TrappedTube tube = new TrappedTube(3.5, t, omega);
        for (double mu : new double[] {-12 * t, -10 * t}) {
            double exact = t / omega * Math.exp(mu / t);
            if (System.getenv("TUBES_PRINT") != null) {
                System.out.printf("classical mu0=%.1fT rel %.3e%n", mu / t,
                        tube.atomNumber(mu) / exact - 1);
            }
            assertEquals(exact, tube.atomNumber(mu), 1e-4 * exact, "N at μ₀ = " + mu);
        }
    }

    /**
     * Per-tube conservation: a tube of the central atom number re-thermalised at {@code T_1D} in
     * {@code ω_z} holds the same atoms; hotter tubes need a lower central μ for the same N.
     */
    @Test
    void rethermalisationConservesEachTube() {
        TubePopulations p = TubePopulations.of(TubeLoading.named("fig3-15nK"));
        TrappedTube fin = p.finalTube();
        double n = p.centralAtoms();
        double mu = p.finalCentralPotential(fin, n);
        assertEquals(n, fin.atomNumber(mu), 1e-9 * n, "N conserved");
        TrappedTube hotter = new TrappedTube(p.coupling(), 2 * fin.temperature(),
                TubePopulations.omega(p.units(), p.loading().finalHertz()));
        assertTrue(hotter.centralPotentialFor(n) < mu, "hotter tube, lower μ₀ at equal N");
        TrappedTube co = p.crossoverTube();
        for (TubePopulations.Tube tb : p.tubes().subList(0, 50)) {
            assertEquals(co.atomNumber(tb.localPotential()), tb.atoms(), 3e-4 * tb.atoms(),
                    "tabulated N of tube " + tb.i() + "," + tb.j());
        }
    }

    /**
     * Table S1 data sets: the populated tubes hold {@code N_BEC} (bisection on μ; every tube adds
     * at least one atom, so to within one atom); about 4000 tubes (main text); the paper's
     * {@code N} is the atom-weighted mean {@code ΣN²/ΣN} (the unweighted mean is 35-45% lower,
     * see docs/experiment.md) and {@code N_cent} the central tube. Measured (2026-12-06):
     * fig2 N_w 12.1 (11), N_cent 22.1 (21); fig3-15nK 25.5 (25), 42.3 (41); fig3-20/35nK
     * 19.3 (19), 34.6 (34); fig4 6.0 (5), 10.5 (9). Tolerance 12% for the Fig. 2-3 sets and
     * 25% for Fig. 4 (N ≈ 5: the one-atom cut-off and the coarse T_co = 3 nK matter most).
     */
    @ParameterizedTest
    @ValueSource(strings = {"fig2", "fig3-15nK", "fig3-20nK", "fig3-35nK", "fig4"})
    void tableS1(String name) {
        check(TubeLoading.named(name));
    }

    private static void check(TubeLoading d) {
        TubePopulations p = TubePopulations.of(d);
        assertEquals(d.atomsBec(), p.totalAtoms(), 1.0, "Σ N = N_BEC");
        assertTrue(p.tubes().stream().allMatch(t -> t.atoms() >= 1), "no tube below one atom");
        int tubes = p.tubes().size();
        assertTrue(tubes > 3000 && tubes < 6000, "about 4000 tubes: " + tubes);
        double tol = d.name().equals("fig4") ? 0.25 : 0.12;
        assertEquals(d.paperMeanAtoms(), p.atomWeightedMeanAtoms(), tol * d.paperMeanAtoms(),
                "N (atom-weighted)");
        assertEquals(d.paperCentralAtoms(), p.centralAtoms(), tol * d.paperCentralAtoms(),
                "N_cent");
    }

    /**
     * Fig. S1: a hotter crossover populates more tubes with fewer atoms each (T_co = 2.5, 5,
     * 10 nK for the T_1D = 15 nK set).
     */
    @Test
    void hotterCrossoverPopulatesMoreSmallerTubes() {
        TubeLoading base = TubeLoading.named("fig3-15nK");
        int prevTubes = 0;
        double prevCentral = Double.MAX_VALUE;
        for (double tco : new double[] {2.5, 5, 10}) {
            TubePopulations p = TubePopulations.of(base.withCrossover(tco));
            if (System.getenv("TUBES_PRINT") != null) {
                System.out.printf("Tco=%.1f tubes=%d Nbar=%.2f Nw=%.2f Ncent=%.2f%n", tco,
                        p.tubes().size(), p.meanAtoms(), p.atomWeightedMeanAtoms(),
                        p.centralAtoms());
            }
            assertTrue(p.tubes().size() > prevTubes, "more tubes at T_co = " + tco);
            assertTrue(p.centralAtoms() < prevCentral, "smaller central tube at T_co = " + tco);
            prevTubes = p.tubes().size();
            prevCentral = p.centralAtoms();
        }
    }

    /**
     * Convergence of the equation of state: doubling the rapidity nodes, the z nodes and the μ
     * table density changes N_cent and N_w of the T_1D = 15 nK set by less than 1e-3 relative
     * (measured: 1.3e-6 and 7e-5; 3739 tubes both).
     */
    @Test
    void populationsConvergeInResolution() {
        TubeLoading d = TubeLoading.named("fig3-15nK");
        TubePopulations coarse = TubePopulations.of(d);
        TubePopulations fine = TubePopulations.of(d, 192, 512, 16);
        if (System.getenv("TUBES_PRINT") != null) {
            System.out.printf("coarse Ncent=%.6f Nw=%.6f tubes=%d; fine Ncent=%.6f Nw=%.6f"
                    + " tubes=%d%n", coarse.centralAtoms(), coarse.atomWeightedMeanAtoms(),
                    coarse.tubes().size(), fine.centralAtoms(), fine.atomWeightedMeanAtoms(),
                    fine.tubes().size());
        }
        assertEquals(fine.centralAtoms(), coarse.centralAtoms(), 1e-3 * fine.centralAtoms());
        assertEquals(fine.atomWeightedMeanAtoms(), coarse.atomWeightedMeanAtoms(),
                1e-3 * fine.atomWeightedMeanAtoms());
    }

    /** Atom-number bins: weights count every tube once and conserve Σ N = N_BEC exactly. */
    @Test
    void binsConserveTubesAndAtoms() {
        TubePopulations p = TubePopulations.of(TubeLoading.named("fig2"));
        for (int k : new int[] {1, 4, 16}) {
            var bins = p.bins(k);
            assertEquals(p.tubes().size(), bins.stream().mapToInt(TubePopulations.Bin::tubes)
                    .sum(), "tubes in " + k + " bins");
            assertEquals(p.totalAtoms(), bins.stream().mapToDouble(b -> b.tubes() * b.atoms())
                    .sum(), 1e-9 * p.totalAtoms(), "atoms in " + k + " bins");
            assertTrue(bins.size() <= k);
        }
    }
}
