package org.rapidity.runner.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tube sum on members with closed forms: Gaussian clouds {@code n_m(x) = N_m g(x; x_m, σ_m)}
 * whose summed profile has {@code ⟨x⟩ = Σw N x_m/Σw N} and {@code ⟨x²⟩ = Σw N (σ_m² + x_m²)/Σw N}
 * (a width taken after summing is not the mean of the widths); energies per atom are
 * {@code ΣE/ΣN}; fractions per atom are atom-weighted; momentum distributions on different
 * grids are summed on a common one (two equal Gaussians keep their FWHM {@code 2√(2 ln 2)σ});
 * one member of weight W is W copies of itself; members of different times are refused.
 */
class EnsembleSumTest {

    private static final List<String> HEADER = List.of("time", "coupling", "atom-number",
            "internal-energy", "rms-width", "centre-of-mass", "nP_1", "release-energy-1d",
            "momentum-fwhm", "unknown-column");

    private static double[] grid(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * (i + 0.5) / n;
        }
        return x;
    }

    private static EnsembleSum.Curve gaussian(double[] x, double atoms, double centre,
            double sigma) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double z = (x[i] - centre) / sigma;
            y[i] = atoms * Math.exp(-0.5 * z * z) / (Math.sqrt(2 * Math.PI) * sigma);
        }
        return new EnsembleSum.Curve(x, y);
    }

    private record Member(double atoms, double centre, double sigma, double energy,
            double fraction, double release) {
    }

    private static EnsembleSum.Result sum(double[] w, List<Member> ms, double[][] momentumGrids,
            double time) {
        double[] x = grid(-40, 40, 800);
        List<EnsembleSum.Table> tables = new ArrayList<>();
        List<List<EnsembleSum.Curve>> profiles = new ArrayList<>();
        List<List<EnsembleSum.Curve>> momenta = new ArrayList<>();
        for (int m = 0; m < ms.size(); m++) {
            Member a = ms.get(m);
            tables.add(new EnsembleSum.Table(HEADER, new double[][] {{m == 0 ? time : 0, 1.5,
                a.atoms(), a.energy(), a.sigma(), a.centre(), a.fraction(), a.release(), 0,
                7}}));
            profiles.add(List.of(gaussian(x, a.atoms(), a.centre(), a.sigma())));
            momenta.add(List.of(gaussian(momentumGrids[m], a.atoms(), 0, 1.0)));
        }
        return EnsembleSum.sum(w, tables, profiles, momenta);
    }

    @Test
    void widthsAreTakenOfTheSummedProfile() {
        List<Member> ms = List.of(new Member(4, -1, 2, 10, 1.0, 3), new Member(20, 0.5, 5, 130,
                0.5, 7));
        double[] w = {300, 50};
        EnsembleSum.Result r = sum(w, ms, new double[][] {grid(-8, 8, 400), grid(-9, 9, 300)},
                0);
        EnsembleSum.Table t = r.table();
        double atoms = 300 * 4 + 50 * 20;
        assertEquals(atoms, t.column("atom-number")[0], 1e-12 * atoms);
        double mean = (300 * 4 * -1 + 50 * 20 * 0.5) / atoms;
        double second = (300 * 4 * (4 + 1) + 50 * 20 * (25 + 0.25)) / atoms;
        assertEquals(mean, t.column("centre-of-mass")[0], 1e-9);
        assertEquals(Math.sqrt(second - mean * mean), t.column("rms-width")[0], 1e-9);
        assertEquals(300 * 10 + 50 * 130, t.column("internal-energy")[0], 1e-9);
        assertEquals((300 * 10 + 50 * 130) / atoms, t.column("internal-energy-per-atom")[0],
                1e-12, "energy per atom ΣE/ΣN");
        assertEquals((300 * 4 * 1.0 + 50 * 20 * 0.5) / atoms, t.column("nP_1")[0], 1e-12);
        assertEquals((300 * 4 * 3.0 + 50 * 20 * 7.0) / atoms, t.column("release-energy-1d")[0],
                1e-12);
        // two Gaussians of σ = 1 on different grids: the sum has the same FWHM
        assertEquals(2 * Math.sqrt(2 * Math.log(2)), t.column("momentum-fwhm")[0], 2e-3);
        assertEquals(List.of("unknown-column"), r.left(), "no rule: left out, named");
        assertTrue(!t.header().contains("unknown-column"));
    }

    /**
     * Time of flight: the momentum images ({@code tof-momentum-distribution}) are summed before
     * the FWHM is taken (two Gaussians of widths 1 and 3: the FWHM of the sum, found by
     * bisection here, not the mean of the FWHMs), and the fitted release energies
     * ({@code release-energy-*-tof*}, linear in ⟨z²⟩) and the atoms' drift are atom-weighted;
     * the energy drift has no rule and is left out, named.
     */
    @Test
    void timeOfFlightImagesAreSummedBeforeTheirWidth() {
        List<String> header = List.of("time", "atom-number", "release-energy-1d-tof_Hz",
                "release-energy-3d-tof-minus-s3_Hz", "tof-momentum-fwhm", "tof-atoms-drift",
                "tof-energy-drift");
        double[] n = {4, 20};
        double[] w = {300, 50};
        double[] sig = {1, 3};
        List<EnsembleSum.Table> tables = new ArrayList<>();
        List<List<EnsembleSum.Curve>> tof = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            tables.add(new EnsembleSum.Table(header, new double[][] {{0, n[m], 100 + 50 * m,
                -10 * m, 9, 1e-4 * (m + 1), 0.1}}));
            tof.add(List.of(gaussian(grid(-20 - m, 20 + m, 2000 + 400 * m), n[m], 0, sig[m])));
        }
        EnsembleSum.Result r = EnsembleSum.sum(w, tables, List.of(List.of(), List.of()),
                List.of(List.of(), List.of()), tof);
        double atoms = 300 * 4 + 50 * 20;
        EnsembleSum.Table t = r.table();
        assertEquals((300 * 4 * 100 + 50 * 20 * 150) / atoms,
                t.column("release-energy-1d-tof_Hz")[0], 1e-12);
        assertEquals((50 * 20 * -10) / atoms, t.column("release-energy-3d-tof-minus-s3_Hz")[0],
                1e-12);
        assertEquals((300 * 4 * 1e-4 + 50 * 20 * 2e-4) / atoms, t.column("tof-atoms-drift")[0],
                1e-16);
        // the half maximum of Σ w N_m g(p; σ_m), by bisection on the closed form
        java.util.function.DoubleUnaryOperator f = p -> {
            double v = 0;
            for (int m = 0; m < 2; m++) {
                v += w[m] * n[m] * Math.exp(-0.5 * p * p / (sig[m] * sig[m]))
                        / (Math.sqrt(2 * Math.PI) * sig[m]);
            }
            return v;
        };
        double half = 0.5 * f.applyAsDouble(0);
        double lo = 0;
        double hi = 10;
        for (int k = 0; k < 100; k++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) > half) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertEquals(2 * lo, t.column("tof-momentum-fwhm")[0], 1e-3);
        assertEquals(1, r.tofMomenta().size());
        assertTrue(r.left().contains("tof-energy-drift"));
    }

    /**
     * {@code n*} is taken again of the summed {@code ⟨E_b⟩}: members whose own n* are 2 and 6
     * (atom-weighted mean 4.4) give the n* of the atom-weighted binding energy; the n-string
     * references, functions of c alone, pass through and must agree.
     */
    @Test
    void nStarIsTakenOfTheSummedBindingEnergy() {
        List<String> header = List.of("time", "coupling", "atom-number", "binding-energy",
                "n-star", "string-binding-per-atom-6_Hz");
        double c = -1.5;
        double b2 = c * c * (2 * 2 - 1) / 12.0; // E_b,2/2: n* = 2 exactly at the threshold
        double b6 = c * c * (6 * 6 - 1) / 12.0 * 1.01; // just above E_b,6/6
        List<EnsembleSum.Table> tables = List.of(
                new EnsembleSum.Table(header, new double[][] {{1, c, 4, b2, 2, 77}}),
                new EnsembleSum.Table(header, new double[][] {{1, c, 6, b6, 6, 77}}));
        EnsembleSum.Result r = EnsembleSum.sum(new double[] {1, 1}, tables,
                List.of(List.of(), List.of()), List.of(List.of(), List.of()));
        double mean = (4 * b2 + 6 * b6) / 10;
        assertEquals(mean, r.table().column("binding-energy")[0], 1e-12 * mean);
        int expected = (int) Math.floor(Math.sqrt(1 + 12 * mean / (c * c)));
        assertEquals(expected, r.table().column("n-star")[0], 0);
        assertEquals(4, expected, "the atom-weighted <E_b> reaches E_b,4/4 (not the mean n* 4.4)");
        assertEquals(77, r.table().column("string-binding-per-atom-6_Hz")[0], 0);
        EnsembleSum.Result alone = EnsembleSum.sum(new double[] {3}, tables.subList(0, 1),
                List.of(List.of()), List.of(List.of()));
        assertEquals(2, alone.table().column("n-star")[0], 0, "one member: its own n*");
        List<EnsembleSum.Table> differ = List.of(tables.get(0), new EnsembleSum.Table(header,
                new double[][] {{1, c, 6, b6, 6, 78}}));
        assertThrows(IllegalArgumentException.class, () -> EnsembleSum.sum(new double[] {1, 1},
                differ, List.of(List.of(), List.of()), List.of(List.of(), List.of())));
    }

    /**
     * The measured {@code n*} ({@code n-star-tof}) is taken again of the atom-weighted fitted
     * {@code 𝓔_3D − 𝓔_1D} ({@code binding-energy-tof}), like {@code n-star}; on the repulsive
     * side it is 1 whatever the fits' difference.
     */
    @Test
    void measuredNStarIsTakenOfTheSummedFittedBinding() {
        List<String> header = List.of("time", "coupling", "atom-number", "binding-energy-tof",
                "n-star-tof");
        double c = -1.5;
        double b2 = c * c * (2 * 2 - 1) / 12.0;
        double b6 = c * c * (6 * 6 - 1) / 12.0 * 1.01;
        List<EnsembleSum.Table> tables = List.of(
                new EnsembleSum.Table(header, new double[][] {{1, c, 4, b2, 2}, {0, 2, 4, 5, 1}}),
                new EnsembleSum.Table(header, new double[][] {{1, c, 6, b6, 6}, {0, 2, 6, 5, 1}}));
        EnsembleSum.Result r = EnsembleSum.sum(new double[] {1, 1}, tables,
                List.of(List.of(), List.of()), List.of(List.of(), List.of()));
        assertEquals(4, r.table().column("n-star-tof")[0], 0, "of the summed binding");
        assertEquals(1, r.table().column("n-star-tof")[1], 0, "c > 0: no strings");
    }

    @Test
    void oneMemberOfWeightWIsWCopies() {
        double[] p = grid(-8, 8, 400);
        EnsembleSum.Result one = sum(new double[] {1}, List.of(new Member(12, 0.3, 3, 40, 0.8,
                5)), new double[][] {p}, 0);
        EnsembleSum.Result many = sum(new double[] {37}, List.of(new Member(12, 0.3, 3, 40, 0.8,
                5)), new double[][] {p}, 0);
        for (String c : List.of("rms-width", "centre-of-mass", "nP_1", "release-energy-1d",
                "momentum-fwhm", "internal-energy-per-atom")) {
            assertEquals(one.table().column(c)[0], many.table().column(c)[0], 1e-12, c);
        }
        assertEquals(37 * one.table().column("atom-number")[0],
                many.table().column("atom-number")[0], 1e-12);
        double[] y1 = one.profiles().get(0).y();
        double[] y37 = many.profiles().get(0).y();
        for (int i = 0; i < y1.length; i++) {
            assertEquals(37 * y1[i], y37[i], 1e-12 * Math.abs(y37[i]) + 1e-300);
        }
        assertArrayEquals(p, many.momenta().get(0).x(), "a shared grid is kept");
    }

    @Test
    void membersOfDifferentTimesOrGridsAreRefused() {
        List<Member> ms = List.of(new Member(4, 0, 2, 10, 1, 3), new Member(5, 0, 2, 10, 1, 3));
        double[][] grids = {grid(-8, 8, 100), grid(-8, 8, 100)};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sum(new double[] {1, 1}, ms, grids, 2.0));
        assertTrue(e.getMessage().contains("time differ"), e.getMessage());
        EnsembleSum.Curve a = new EnsembleSum.Curve(grid(-1, 1, 10), new double[10]);
        EnsembleSum.Curve b = new EnsembleSum.Curve(grid(-1, 1, 12), new double[12]);
        assertThrows(IllegalArgumentException.class, () -> EnsembleSum.sameGridSum(
                new double[] {1, 1}, List.of(a, b)));
    }
}
