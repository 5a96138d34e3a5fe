package org.rapidity.solvers.md;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Molecular dynamics against the generalised Landau equation (Fig. 6 setting, t_L = 10ξ), a long
 * validation (tag {@code validation}): a reduced run that CI selects explicitly, and the full
 * 1000-sample comparison for V0 = 1 … 6, which also needs {@code -Dmd.fig6=full} (see
 * examples/md-vs-landau.sh) and writes {@code target/md-vs-landau.md}.
 *
 * <p>The Landau equation is the leading order of the relaxation in the potential (its rate is
 * of order V0²; corrections are of higher order in V0), so it must agree with MD within the MD
 * errors at weak coupling and may not at strong coupling. The CI test asserts: at V0 = 1, that
 * MD and Landau agree within 3σ and that σ is below a third of the Landau change (a collision
 * integral off by a factor 2, as before the halving of (67)-(68), would fail by more than 3σ);
 * at V0 = 6, that MD relaxes faster than Landau by more than 3σ. The direction of the
 * strong-coupling departure is measured, not predicted (README, "Molecular dynamics": MD/Landau
 * = 1.02 ± 0.25, 1.41, 1.84, 2.23, 2.28, 2.20 ± 0.08 for V0 = 1 … 6 with 1000 samples).
 */
@Tag("validation")
class MdVersusLandauTest {

    /** MD/Landau for the last output, with its error (the MD error over ΔK_Landau). */
    static double[] ratio(MdVersusLandau.Report rep) {
        MdVersusLandau.Row last = rep.last();
        return new double[] {last.mdChange() / last.landauChange(),
            last.mdError() / last.landauChange()};
    }

    @Test
    void landauIsExactAtWeakCouplingAndMolecularDynamicsRelaxesFasterAtStrongCoupling() {
        // weak coupling, V0 = 1. The MD error of a kurtosis change hardly grows with the window
        // (1000 samples: 0.0012-0.0018 for every window from 200 to 1800 long), while the
        // change grows linearly: a long window with few samples is the cheapest resolution
        MdVersusLandau.Report weak = MdVersusLandau.compare(1, 1, 250, 1.0, 200, 4000, 2,
                0.075, false);
        // strong coupling, V0 = 6: the relaxation is 35 times faster, 200 samples resolve it
        MdVersusLandau.Report strong = MdVersusLandau.compare(6, 1, 200, 1.0, 200, 2000, 2,
                0.075, false);
        System.out.print(MdVersusLandau.markdown(List.of(weak, strong)));
        MdVersusLandau.Row w = weak.last();
        assertTrue(w.mdError() < w.landauChange() / 3, "resolving power at V0 = 1: "
                + w.mdError() + " vs " + w.landauChange());
        assertTrue(Math.abs(w.z()) < 3, "V0 = 1: MD " + w.mdChange() + " ± " + w.mdError()
                + ", Landau " + w.landauChange());
        MdVersusLandau.Row s = strong.last();
        double[] r1 = ratio(weak);
        double[] r6 = ratio(strong);
        assertTrue(s.z() > 3, "at V0 = 6 MD must outrun the leading order: MD/Landau = " + r6[0]
                + " ± " + r6[1] + " (" + r1[0] + " ± " + r1[1] + " at V0 = 1)");
    }

    @Test
    @EnabledIfSystemProperty(named = "md.fig6", matches = "full")
    void fullFig6Comparison() throws IOException {
        List<MdVersusLandau.Report> reports = new ArrayList<>();
        int samples = Integer.getInteger("md.fig6.samples", 1000);
        String list = System.getProperty("md.fig6.v0", "1,2,3,4,5,6");
        for (String v : list.split(",")) {
            double v0 = Double.parseDouble(v);
            reports.add(MdVersusLandau.compare(v0, 1, Integer.getInteger("md.fig6.rods", 80),
                    samples, 0.5, 200, 2000, 9,
                    Double.parseDouble(System.getProperty("md.fig6.bandwidth", "0.075")), true));
            System.out.print(MdVersusLandau.markdown(List.of(reports.get(reports.size() - 1))));
        }
        StringBuilder sb = new StringBuilder("# Molecular dynamics against the Landau equation"
                + " (gBBGKY Fig. 6 setting)\n\n");
        sb.append(MdVersusLandau.markdown(reports));
        sb.append("\n| V0 | late window | ΔK_MD | ΔK_Landau from the MD state | z |\n"
                + "|---|---|---|---|---|\n");
        for (MdVersusLandau.Report r : reports) {
            sb.append(String.format(java.util.Locale.ROOT, "| %g | %g to %g | %.4f ± %.4f | %.4f |"
                    + " %+.2f |%n", r.v0(), r.lateStart(), r.last().time(), r.lateMd(),
                    r.lateMdError(), r.lateLandau(), r.lateZ()));
        }
        sb.append("\n| V0 | worst abs z | K_MD(t_L) | K shift by smoothing | ΔK_Landau(end),"
                + " bandwidth 0.15 / chosen / 0.3 | MD seconds | Landau seconds |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (MdVersusLandau.Report r : reports) {
            sb.append(String.format(java.util.Locale.ROOT, "| %g | %.2f | %.4f | %+.4f |"
                    + " %.4f / %.4f / %.4f | %.0f | %.0f |%n", r.v0(), r.worstZ(),
                    r.kurtosisAtTl(), r.smoothingShift(), r.sensitivity()[0],
                    r.last().landauChange(), r.sensitivity()[1], r.mdSeconds(),
                    r.landauSeconds()));
        }
        Path out = Path.of("target", "md-vs-landau.md");
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
        // the weakest coupling (if V0 <= 1) agrees within 3σ, with the power to see a factor 2;
        // MD/Landau does not decrease with V0 beyond the errors, and at the strongest V0 it
        // exceeds its weak-coupling value by more than 3σ
        MdVersusLandau.Report weakest = reports.get(0);
        if (weakest.v0() <= 1) {
            assertTrue(weakest.last().mdError() < weakest.last().landauChange() / 3,
                    "resolving power at V0 = " + weakest.v0());
            assertTrue(Math.abs(weakest.last().z()) < 3, "V0 = " + weakest.v0() + ": z = "
                    + weakest.last().z());
        }
        for (int k = 1; k < reports.size(); k++) {
            double[] a = ratio(reports.get(k - 1));
            double[] b = ratio(reports.get(k));
            assertTrue(b[0] > a[0] - 3 * Math.hypot(a[1], b[1]), "MD/Landau " + a[0] + " at V0 = "
                    + reports.get(k - 1).v0() + ", " + b[0] + " at V0 = " + reports.get(k).v0());
        }
        double[] first = ratio(weakest);
        double[] last = ratio(reports.get(reports.size() - 1));
        if (weakest.v0() <= 1 && reports.size() > 1) {
            assertTrue(last[0] - first[0] > 3 * Math.hypot(first[1], last[1]),
                    "MD/Landau does not grow with V0: " + first[0] + " -> " + last[0]);
        }
    }
}
