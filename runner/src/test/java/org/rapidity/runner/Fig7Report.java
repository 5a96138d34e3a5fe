package org.rapidity.runner;

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

    private static final Pattern NAME =
            Pattern.compile("V0=([0-9.]+),xi=([0-9.]+)(?:,N=([0-9]+))?");

    /** Kurtosis levels whose crossing times give the Landau rates at early, middle, late times. */
    static final double[] LEVELS = {-1.0, -0.5, -0.1};

    /** The late window of the Landau exponential rate (the kurtosis between these). */
    static final double[] LATE_WINDOW = {-0.3, -0.02};

    private Fig7Report() {
    }

    static void write(Path dir) throws IOException {
        List<RateCollapse.Curve> a1 = read(dir.resolve("a1"));
        List<String> md = new ArrayList<>();
        md.add("# Fig. 7: fitted rate exponents, Γ ∝ V0^p ξ^q");
        md.add("");
        md.add("Written by examples/hardrods-fig7.sh (Fig7Report). Least squares on ln Γ, standard "
                + "errors from the residuals. Paper: a = 1 caption and Sec. IV `a²V0²/ξ³` "
                + "(p = 2, q = -3), Sec. V `(aV0)²/ξ²` (q = -2); a = 0 caption `V0⁴/ξ⁴` "
                + "(p = 4, q = -4), Sec. IV C `(V0/ξ)⁴/ξ⁴` (q = -8).");
        md.add("");
        RateCollapse.PowerLaw law1 = a1.size() >= 4 ? landau(a1, md) : null;
        List<Fig7MdRates.Run> runs = readMd(dir.resolve("a0"));
        RateCollapse.PowerLaw law0 = Fig7MdRates.report(runs, md);
        List<RateCollapse.Curve> a0 = Fig7MdRates.fitted(runs);
        Csv.writeLines(dir.resolve("fig7-exponents.md"), md);
        List<Plots.Panel> panels = new ArrayList<>();
        if (law1 != null) {
            table(dir.resolve("fig7-a1.csv"), a1, law1);
            panels.add(panel("a = 1 (Landau)", a1, law1));
        }
        if (law0 != null) {
            table(dir.resolve("fig7-a0.csv"), a0, law0);
            panels.add(panel("a = 0 (MD)", a0, law0));
        } else if (!a0.isEmpty()) {
            // no fitted law (one ξ): the runs against t itself
            panels.add(panel("a = 0 (MD)", a0, new RateCollapse.PowerLaw(0, 0, 0, 0, 0, 0, 0, 0)));
        }
        if (!a0.isEmpty()) {
            panels.add(panel("a = 0 (MD), the caption's law", a0,
                    new RateCollapse.PowerLaw(4, -4, 0, 0, 0, 0, 0, 0)));
        }
        if (!panels.isEmpty()) {
            Plots.save(dir.resolve("fig7.png"), panels);
        }
    }

    /** The a = 1 panel's rates (crossing times, late window) and their power laws. */
    private static RateCollapse.PowerLaw landau(List<RateCollapse.Curve> a1, List<String> md) {
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
        return law1;
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

    /** The landau runs of the a = 1 panel, sorted by folder name. */
    private static List<RateCollapse.Curve> read(Path panel) throws IOException {
        return readMd(panel, false).stream().map(Fig7MdRates.Run::curve).toList();
    }

    /** The MD runs of the a = 0 panel: one-member sweeps; {@code ,N=…} names the rods per sample. */
    private static List<Fig7MdRates.Run> readMd(Path panel) throws IOException {
        return readMd(panel, true);
    }

    /**
     * The runs of one panel, sorted by folder name ({@code V0=…,xi=…[,N=…]}, {@code N} default
     * {@code 4ξ}, L = 20ξ at density 0.2); MD runs are one-member sweeps.
     */
    private static List<Fig7MdRates.Run> readMd(Path panel, boolean ensemble) throws IOException {
        List<Fig7MdRates.Run> cs = new ArrayList<>();
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
                // the sweep's one member, named by the value as given (2 or 2.0)
                try (Stream<Path> s = Files.list(d)) {
                    csv = s.filter(x -> x.getFileName().toString().startsWith("perturbations.0.V0="))
                            .findFirst().orElse(d).resolve("observables.csv");
                }
            }
            // only finished runs (an ensemble's sweep.csv, a run's summary.json come last)
            if (!Files.isRegularFile(d.resolve(ensemble ? "sweep.csv" : "summary.json"))) {
                continue;
            }
            CsvTable t = CsvTable.read(csv);
            int rods = m.group(3) != null ? Integer.parseInt(m.group(3)) : (int) Math.round(4 * xi);
            cs.add(new Fig7MdRates.Run(new RateCollapse.Curve(v0, xi, t.first(),
                    t.column("kurtosis"), t.has("kurtosis_err") ? t.column("kurtosis_err") : null),
                    rods, m.group(3) != null));
        }
        return cs;
    }
}
