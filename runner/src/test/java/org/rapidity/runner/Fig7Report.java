package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.Plots;

/**
 * The full Fig. 7 (gBBGKY paper, rate collapse of the hard-rod gas) from the runs of
 * examples/hardrods-fig7.sh: {@code a1/V0=…,xi=…} (landau solver) and {@code a0/V0=…,xi=…} (MD at
 * {@code a = 0}). Fits {@code Γ ∝ V0^p ξ^q} to the late-time rates and writes fig7-a1.csv,
 * fig7-a0.csv (kurtosis against {@code t} and {@code t̄ = t V0^p ξ^q}), fig7.png (both panels
 * against {@code log10 t̄} with the fitted exponents, and a = 0 against the caption's
 * {@code t V0⁴/ξ⁴}) and fig7-exponents.md.
 */
final class Fig7Report {

    private static final Pattern NAME = Pattern.compile("V0=([0-9.]+),xi=([0-9.]+)");

    /** Kurtosis levels whose crossing times give the Landau rates at early, middle, late times. */
    static final double[] LEVELS = {-1.0, -0.5, -0.1};

    /** The late window of the Landau exponential rate (the kurtosis between these). */
    static final double[] LATE_WINDOW = {-0.3, -0.02};

    /**
     * MD at a = 0: the late window starts at these multiples of the time the kurtosis first
     * reaches -0.8 (the middle of the fast early transient, a time scale that does not assume the
     * late law); the middle one gives the rescaled time axis.
     */
    static final double[] TRANSIENT_MULTIPLES = {10, 20, 40};

    private Fig7Report() {
    }

    static void write(Path dir) throws IOException {
        List<RateCollapse.Curve> a1 = read(dir.resolve("a1"), false);
        List<RateCollapse.Curve> a0 = read(dir.resolve("a0"), true);
        assertTrue(a1.size() >= 4, "fewer than 4 landau runs in " + dir.resolve("a1"));
        List<String> md = new ArrayList<>();
        md.add("# Fig. 7: fitted rate exponents, Γ ∝ V0^p ξ^q");
        md.add("");
        md.add("Written by examples/hardrods-fig7.sh (Fig7Report). Least squares on ln Γ, standard "
                + "errors from the residuals. Paper: a = 1 caption and Sec. IV `a²V0²/ξ³` "
                + "(p = 2, q = -3), Sec. V `(aV0)²/ξ²` (q = -2); a = 0 caption `V0⁴/ξ⁴` "
                + "(p = 4, q = -4), Sec. IV C `(V0/ξ)⁴/ξ⁴` (q = -8).");
        md.add("");
        md.add("## a = 1, generalised Landau equation (60 rapidities on [-7, 7])");
        md.add("");
        md.add("| V0 | ξ | t(K=-1) | t(K=-0.5) | t(K=-0.1) | Γ late (K in [-0.3,-0.02]) |");
        md.add("|---|---|---|---|---|---|");
        List<List<Double>> rates = new ArrayList<>();
        for (int l = 0; l <= LEVELS.length; l++) {
            rates.add(new ArrayList<>());
        }
        for (RateCollapse.Curve c : a1) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s |",
                    Csv.number(c.v0()), Csv.number(c.xi())));
            for (int l = 0; l < LEVELS.length; l++) {
                double t = RateCollapse.crossingTime(c, LEVELS[l]);
                rates.get(l).add(1 / t);
                row.append(String.format(Locale.ROOT, " %.5g |", t));
            }
            double g = RateCollapse.exponentialRate(c, LATE_WINDOW[0], LATE_WINDOW[1]);
            rates.get(LEVELS.length).add(g);
            row.append(String.format(Locale.ROOT, " %.5g |", g));
            md.add(row.toString());
        }
        md.add("");
        RateCollapse.PowerLaw law1 = null;
        for (int l = 0; l <= LEVELS.length; l++) {
            RateCollapse.PowerLaw f = RateCollapse.fit(a1, rates.get(l));
            String what = l < LEVELS.length ? "Γ = 1/t(K=" + LEVELS[l] + ")" : "Γ late";
            md.add("- " + what + ": " + f);
            law1 = f;
        }
        md.add("");
        RateCollapse.PowerLaw law0 = null;
        if (a0.size() >= 3) {
            md.add("## a = 0, molecular dynamics (L = 20ξ, density 0.2)");
            md.add("");
            md.add("Late rate: weighted fit of ln(-K) against t from m × t(K = -0.8) to the end "
                    + "(jackknife errors of K), for m = 10, 20, 40.");
            md.add("");
            md.add("| V0 | ξ | t(K=-0.8) | Γ (m=10) | Γ (m=20) | σ | Γ (m=40) |");
            md.add("|---|---|---|---|---|---|---|");
            List<List<Double>> g0 = new ArrayList<>();
            for (double m : TRANSIENT_MULTIPLES) {
                g0.add(new ArrayList<>());
            }
            for (RateCollapse.Curve c : a0) {
                double t8 = RateCollapse.crossingTime(c, -0.8);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                        "| %s | %s | %.4g |", Csv.number(c.v0()), Csv.number(c.xi()), t8));
                for (int m = 0; m < TRANSIENT_MULTIPLES.length; m++) {
                    double[] g = RateCollapse.exponentialRateAfter(c, TRANSIENT_MULTIPLES[m] * t8);
                    g0.get(m).add(g[0]);
                    row.append(String.format(Locale.ROOT, " %.4g |", g[0]));
                    if (m == 1) {
                        row.append(String.format(Locale.ROOT, " %.2g |", g[1]));
                    }
                }
                md.add(row.toString());
            }
            md.add("");
            for (int m = 0; m < TRANSIENT_MULTIPLES.length; m++) {
                RateCollapse.PowerLaw f = RateCollapse.fit(a0, g0.get(m));
                md.add("- Γ late, m = " + TRANSIENT_MULTIPLES[m] + ": " + f);
                if (m == 1) {
                    law0 = f;
                }
            }
            md.add("");
        }
        Csv.writeLines(dir.resolve("fig7-exponents.md"), md);
        table(dir.resolve("fig7-a1.csv"), a1, law1);
        List<Plots.Panel> panels = new ArrayList<>(List.of(panel("a = 1 (Landau)", a1, law1)));
        if (law0 != null) {
            table(dir.resolve("fig7-a0.csv"), a0, law0);
            panels.add(panel("a = 0 (MD)", a0, law0));
            panels.add(panel("a = 0 (MD), the caption's law", a0,
                    new RateCollapse.PowerLaw(4, -4, 0, 0, 0, 0, 0, 0)));
        }
        Plots.save(dir.resolve("fig7.png"), panels);
    }

    private static Plots.Panel panel(String title, List<RateCollapse.Curve> cs,
            RateCollapse.PowerLaw law) {
        List<Plots.Series> s = new ArrayList<>();
        for (RateCollapse.Curve c : cs) {
            double[] tb = RateCollapse.rescaledTime(c, law);
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < tb.length; i++) {
                if (tb[i] > 0) {
                    pts.add(new double[] {Math.log10(tb[i]), c.k()[i]});
                }
            }
            s.add(new Plots.Series("V0=" + Csv.number(c.v0()) + " ξ=" + Csv.number(c.xi()),
                    pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray()));
        }
        String x = String.format(Locale.ROOT, "log10(t V0^%.2f ξ^%.2f)", law.p(), law.q());
        return new Plots.Panel(title, x, "kurtosis", s);
    }

    private static void table(Path file, List<RateCollapse.Curve> cs, RateCollapse.PowerLaw law)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RateCollapse.Curve c : cs) {
            double[] tb = RateCollapse.rescaledTime(c, law);
            for (int i = 0; i < tb.length; i++) {
                rows.add(List.of(Csv.number(c.v0()), Csv.number(c.xi()), Csv.number(c.t()[i]),
                        Csv.number(tb[i]), Csv.number(c.k()[i]),
                        Csv.number(c.err() == null ? 0 : c.err()[i])));
            }
        }
        Csv.write(file, List.of("V0", "xi", "time", "rescaled_time", "kurtosis", "kurtosis_err"),
                rows);
    }

    /** The runs of one panel, sorted by folder name; MD runs are one-member sweeps. */
    private static List<RateCollapse.Curve> read(Path panel, boolean ensemble) throws IOException {
        List<RateCollapse.Curve> cs = new ArrayList<>();
        if (!Files.isDirectory(panel)) {
            return cs;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(panel)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path d : dirs) {
            Matcher m = NAME.matcher(d.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            double v0 = Double.parseDouble(m.group(1));
            double xi = Double.parseDouble(m.group(2));
            Path csv = d.resolve("observables.csv");
            if (ensemble) {
                csv = d.resolve("perturbations.0.V0=" + m.group(1)).resolve("observables.csv");
            }
            // only finished runs (an ensemble's sweep.csv, a run's summary.json come last)
            if (!Files.isRegularFile(d.resolve(ensemble ? "sweep.csv" : "summary.json"))) {
                continue;
            }
            CsvTable t = CsvTable.read(csv);
            cs.add(new RateCollapse.Curve(v0, xi, t.first(), t.column("kurtosis"),
                    t.has("kurtosis_err") ? t.column("kurtosis_err") : null));
        }
        return cs;
    }
}
