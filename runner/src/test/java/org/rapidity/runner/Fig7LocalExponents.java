package org.rapidity.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.rapidity.runner.output.Csv;

/**
 * The local exponent of Fig. 7's rate at {@code a = 0} (gBBGKY paper, caption law
 * {@code Γ ∝ V0⁴/ξ⁴}): between two MD runs at the same {@code ξ} and neighbouring {@code V0},
 * {@code p_loc = ln(Γ_b/Γ_a) / ln(V0_b/V0_a)}, with {@code σ(p_loc) = hypot(σ_a/Γ_a, σ_b/Γ_b) /
 * |ln(V0_b/V0_a)|} (the two runs are independent ensembles). A power law that sets in only at
 * weak coupling shows as {@code p_loc} drifting with {@code V0/ξ}; one fitted {@code p} over all
 * runs averages the drift away (docs/fig7.md). The rates are {@link Fig7MdRates}'s model-free
 * {@code Γ_f} (plateau fractions) and the floor-subtracted exponential {@code Γ_N}.
 */
final class Fig7LocalExponents {

    /** One local exponent: the pair's {@code V0}, {@code ξ}, and {@code p_loc ± σ}. */
    record Local(double v0a, double v0b, double xi, double p, double sp) {
    }

    private Fig7LocalExponents() {
    }

    /**
     * {@code p_loc ± σ} from the rates {@code {Γ, σ}} of two runs at {@code V0 = va, vb}; NaN if
     * either rate is missing.
     */
    static double[] exponent(double va, double[] ga, double vb, double[] gb) {
        double lv = Math.log(vb / va);
        double p = Math.log(gb[0] / ga[0]) / lv;
        double sp = Math.hypot(ga[1] / ga[0], gb[1] / gb[0]) / Math.abs(lv);
        return ga[0] > 0 && gb[0] > 0 ? new double[] {p, sp} : new double[] {Double.NaN, Double.NaN};
    }

    /** A rate estimator of one run: {Γ, σ(Γ)}. */
    interface Rate {
        double[] of(Fig7MdRates.Run r);
    }

    /**
     * The local exponents of {@code rate} between neighbouring {@code V0} at each {@code ξ}
     * (size checks left out), ordered by {@code ξ}, then {@code V0}.
     */
    static List<Local> neighbours(List<Fig7MdRates.Run> runs, Rate rate) {
        TreeMap<Double, List<Fig7MdRates.Run>> byXi = new TreeMap<>();
        for (Fig7MdRates.Run r : runs) {
            if (!r.sizeCheck()) {
                byXi.computeIfAbsent(r.curve().xi(), x -> new ArrayList<>()).add(r);
            }
        }
        List<Local> out = new ArrayList<>();
        for (List<Fig7MdRates.Run> series : byXi.values()) {
            series.sort(Comparator.comparingDouble(r -> r.curve().v0()));
            for (int i = 1; i < series.size(); i++) {
                RateCollapse.Curve a = series.get(i - 1).curve();
                RateCollapse.Curve b = series.get(i).curve();
                double[] p = exponent(a.v0(), rate.of(series.get(i - 1)), b.v0(),
                        rate.of(series.get(i)));
                out.add(new Local(a.v0(), b.v0(), a.xi(), p[0], p[1]));
            }
        }
        return out;
    }

    /**
     * Appends, for the transient's definition {@code tr}, the rates of the runs that have a
     * neighbour at their {@code ξ} and the table of local exponents (one column per estimator:
     * {@code Γ_f} at each plateau fraction, {@code Γ_N} over {@code t >= 40 t_tr}) to
     * {@code md}; nothing with no pair.
     */
    static void report(List<Fig7MdRates.Run> runs, List<String> md, Fig7Transient tr) {
        List<String> names = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        for (double f : Fig7MdRates.PLATEAU_FRACTIONS) {
            names.add("Γ_f, f = " + f);
            rates.add(r -> Fig7MdRates.plateauFractionRate(r.curve(), f, Fig7MdRates.floor(r),
                    tr));
        }
        names.add("Γ_N, m = " + Csv.number(Fig7MdRates.MULTIPLES[1]));
        rates.add(r -> Fig7MdRates.rate(r, 1, Fig7MdRates.MULTIPLES[1], tr));
        List<List<Local>> cols = rates.stream().map(r -> neighbours(runs, r)).toList();
        if (cols.get(0).isEmpty()) {
            return;
        }
        md.add("With " + tr.name() + " (Fig7Transient): t_tr, the plateau K_pl (mean K over "
                + "[20, 40] t_tr), t_f = 1/Γ_f and Γ_N (1e-4 per unit time) of the runs "
                + "(size checks left out):");
        md.add("");
        md.add("| V0 | ξ | t_tr | K_pl | " + String.join(" | ", names) + " |");
        md.add("|---|---|---|---|" + "---|".repeat(names.size()));
        for (Fig7MdRates.Run r : runs) {
            if (r.sizeCheck()) {
                continue;
            }
            double tt = tr.time(r.curve());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "| %s | %s | %.3g | %.3f |", Csv.number(r.curve().v0()),
                    Csv.number(r.curve().xi()), tt, Fig7MdRates.plateau(r.curve(), tt)));
            for (int i = 0; i < rates.size(); i++) {
                double[] g = rates.get(i).of(r);
                row.append(i < rates.size() - 1
                        ? String.format(Locale.ROOT, " %.4g ± %.2g |", 1 / g[0],
                                g[1] / (g[0] * g[0]))
                        : String.format(Locale.ROOT, " %.3f ± %.3f |", 1e4 * g[0], 1e4 * g[1]));
            }
            md.add(row.toString());
        }
        md.add("");
        md.add("Local exponents p_loc = ln(Γ_b/Γ_a)/ln(V0_b/V0_a) between neighbouring V0 at "
                + "fixed ξ, " + tr.name() + " (Fig7LocalExponents; the caption's law has p = 4 "
                + "throughout):");
        md.add("");
        md.add("| ξ | V0 a → b | V0/ξ a → b | " + String.join(" | ", names) + " |");
        md.add("|---|---|---|" + "---|".repeat(names.size()));
        for (int i = 0; i < cols.get(0).size(); i++) {
            Local l = cols.get(0).get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "| %s | %s → %s | %.3f → %.3f |", Csv.number(l.xi()), Csv.number(l.v0a()),
                    Csv.number(l.v0b()), l.v0a() / l.xi(), l.v0b() / l.xi()));
            for (List<Local> c : cols) {
                row.append(String.format(Locale.ROOT, " %.2f ± %.2f |", c.get(i).p(),
                        c.get(i).sp()));
            }
            md.add(row.toString());
        }
        md.add("");
    }
}
