package org.rapidity.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapidity.runner.output.Csv;

/**
 * Fig. 7 at {@code a = 0} (gBBGKY paper, caption law {@code Γ ∝ V0⁴/ξ⁴}) from molecular
 * dynamics: the late relaxation rate of the ensemble kurtosis of each run, by two estimators over
 * windows that start at multiples of the fast transient's time, and the power law
 * {@code Γ ∝ V0^p ξ^q} fitted to them (docs/fig7.md). Times in hard-rod units ({@code m = 1}).
 */
final class Fig7MdRates {

    /** One MD run: its kurtosis curve, the rods per sample, and whether it only checks size. */
    record Run(RateCollapse.Curve curve, int rods, boolean sizeCheck) {
    }

    /**
     * The fast transient's time is the first time the kurtosis (initially -1.39) reaches this
     * level: inside the fast rise at every coupling run, below the slow stage's plateau (which
     * lies at -1.19 at V0/ξ = 0.15, so -1.2 would not do there).
     */
    static final double TRANSIENT_LEVEL = -1.3;

    /** The late window starts at these multiples of the transient's time; the middle is used. */
    static final double[] MULTIPLES = {20, 40, 80};

    /** The range the floor fit searches for the rate (inverse time). */
    static final double[] RATE_RANGE = {1e-6, 1e-1};

    private Fig7MdRates() {
    }

    /**
     * The kurtosis an ensemble of free-particle samples relaxes to,
     * {@code K∞ = K₀ (3N³ - 3N² + 10N - 8)/(N³(N+1)) = 3K₀/N + O(N⁻²)}, {@code K₀} the initial
     * excess kurtosis of the (even) velocity distribution and {@code N} the particles per sample.
     * Each sample conserves its momentum {@code N u} and kinetic energy {@code N(T + u²)}, and
     * relaxes to the uniform distribution on its (N-1)-sphere, whose one-velocity marginal has
     * {@code ⟨(v-u)⁴⟩ = 3T²(N-1)/(N+1)}. The histogram pools the samples; with the moments of
     * {@code N} i.i.d. initial velocities ({@code ⟨T²⟩}, {@code ⟨Tu²⟩}, {@code ⟨u⁴⟩} from
     * {@code μ2}, {@code μ4}) this gives the above: a Gaussian start stays at K = 0, the
     * microcanonical narrowing cancelling the spread of the samples' temperatures. The weak
     * potential's share of the energy is neglected (derived here, docs/fig7.md).
     */
    static double finiteSizeFloor(double k0, int n) {
        double x = n;
        return k0 * (3 * x * x * x - 3 * x * x + 10 * x - 8) / (x * x * x * (x + 1));
    }

    /** The runs that enter the power law (the size checks do not). */
    static List<RateCollapse.Curve> fitted(List<Run> runs) {
        return runs.stream().filter(r -> !r.sizeCheck()).map(Run::curve).toList();
    }

    /** The three late-rate estimators, in the report's order. */
    static final String[] ESTIMATORS = {"Γ₀ (floor 0)", "Γ_N (floor K∞(N))", "Γ (floor fitted)"};

    /**
     * The late rate of one run by estimator {@code e} over {@code t >= m t_tr}: {Γ, σ};
     * NaN where the window holds too few outputs.
     */
    static double[] rate(Run r, int e, double m) {
        return rate(r, e, m, Fig7Transient.LEVEL);
    }

    /** {@link #rate(Run, int, double)} with {@code t_tr} by the definition {@code tr}. */
    static double[] rate(Run r, int e, double m, Fig7Transient tr) {
        RateCollapse.Curve c = r.curve();
        double from = m * tr.time(c);
        if (e == 2) {
            RateCollapse.Relaxation f = RateCollapse.relaxationWithFloor(c, from, RATE_RANGE[0],
                    RATE_RANGE[1]);
            return f == null ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {f.gamma(), f.sGamma()};
        }
        double floor = e == 1 ? finiteSizeFloor(c.k()[0], r.rods()) : 0;
        double[] k = c.k().clone();
        for (int i = 0; i < k.length; i++) {
            k[i] -= floor;
        }
        return RateCollapse.exponentialRateAfter(new RateCollapse.Curve(c.v0(), c.xi(), c.t(), k,
                c.err()), from);
    }

    /**
     * Appends the a = 0 section (the runs, their rates by three estimators and three windows and
     * by the model-free plateau fractions, the fitted exponents; first the local exponents of
     * {@link Fig7LocalExponents}) to {@code md}; returns the law of the model-free rate at
     * f = 0.5 (weighted), or null with fewer than 3 runs, or all at one {@code ξ}, in the fit.
     */
    static RateCollapse.PowerLaw report(List<Run> runs, List<String> md) {
        List<RateCollapse.Curve> fit = fitted(runs);
        if (fit.size() < 3) {
            return null;
        }
        md.add("## a = 0, molecular dynamics (density 0.2, L = N/0.2)");
        md.add("");
        Fig7LocalExponents.report(runs, md, Fig7Transient.LEVEL);
        Fig7LocalExponents.report(runs, md, Fig7Transient.RISE);
        md.add("t_tr = t(K = " + TRANSIENT_LEVEL + "), the fast transient; K∞(N) the predicted "
                + "finite-size floor from K(0) (Fig7MdRates.finiteSizeFloor); K∞ fitted by "
                + "K = K∞ + A e^{-Γt} over t >= 40 t_tr (σ from Δχ² = 1, scaled by χ²/dof when "
                + "above 1); K(end) the last output with its jackknife error. Runs marked * are "
                + "size checks, not in the fit.");
        md.add("");
        md.add("| V0 | ξ | V0/ξ | N | t_tr | end | K(0) | K∞(N) | K∞ fitted | χ²/dof | K(end) |");
        md.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Run r : runs) {
            RateCollapse.Curve c = r.curve();
            double tt = Fig7Transient.LEVEL.time(c);
            RateCollapse.Relaxation f = RateCollapse.relaxationWithFloor(c, MULTIPLES[1] * tt,
                    RATE_RANGE[0], RATE_RANGE[1]);
            int last = c.t().length - 1;
            md.add(String.format(Locale.ROOT,
                    "| %s | %s%s | %.3f | %d | %.3g | %.3g | %.3f | %.3f | %s | %s | %.3f ± %.3f |",
                    Csv.number(c.v0()), Csv.number(c.xi()), r.sizeCheck() ? "*" : "",
                    c.v0() / c.xi(), r.rods(), tt, c.t()[last], c.k()[0],
                    finiteSizeFloor(c.k()[0], r.rods()),
                    f == null ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", f.kInf(),
                            f.sKInf()),
                    f == null ? "–" : String.format(Locale.ROOT, "%.2f", f.chi2() / f.dof()),
                    c.k()[last], c.err() == null ? 0 : c.err()[last]));
        }
        md.add("");
        md.add("Late rates Γ ± σ (1e-4 per unit time) over t >= m t_tr:");
        md.add("");
        StringBuilder head = new StringBuilder("| V0 | ξ |");
        for (double m : MULTIPLES) {
            for (String e : ESTIMATORS) {
                head.append(" ").append(e.substring(0, e.indexOf(' '))).append(" m=")
                        .append(Csv.number(m)).append(" |");
            }
        }
        md.add(head.toString());
        md.add("|---|---|" + "---|".repeat(MULTIPLES.length * ESTIMATORS.length));
        for (Run r : runs) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s%s |",
                    Csv.number(r.curve().v0()), Csv.number(r.curve().xi()),
                    r.sizeCheck() ? "*" : ""));
            for (double m : MULTIPLES) {
                for (int e = 0; e < ESTIMATORS.length; e++) {
                    double[] g = rate(r, e, m);
                    row.append(String.format(Locale.ROOT, " %.3f ± %.3f |", 1e4 * g[0],
                            1e4 * g[1]));
                }
            }
            md.add(row.toString());
        }
        md.add("");
        md.add("Fitted Γ ∝ V0^p ξ^q (weighted by σ(Γ)/Γ, errors scaled by χ²/dof when above 1; "
                + "p + q from the same fit against V0/ξ and ξ); the caption's p = 4, q = -4:");
        md.add("");
        List<Run> inFit = runs.stream().filter(r -> !r.sizeCheck()).toList();
        for (int e = 0; e < ESTIMATORS.length; e++) {
            for (int mi = 0; mi < MULTIPLES.length; mi++) {
                List<Double> g = new ArrayList<>();
                List<Double> sg = new ArrayList<>();
                for (Run r : inFit) {
                    double[] x = rate(r, e, MULTIPLES[mi]);
                    g.add(x[0]);
                    sg.add(x[1]);
                }
                law("- " + ESTIMATORS[e] + ", m = " + Csv.number(MULTIPLES[mi]) + ": ", fit, g, sg,
                        md);
            }
        }
        md.add("");
        return crossings(runs, fit, md);
    }

    /** The fractions of the plateau level whose crossing times give the model-free rates. */
    static final double[] PLATEAU_FRACTIONS = {0.7, 0.5, 0.35};

    /**
     * Absolute kurtosis levels whose crossing times give rates as at a = 1 (no plateau offset:
     * a run whose plateau lies higher starts nearer to them).
     */
    static final double[] LEVELS = {-0.6, -0.5, -0.4, -0.3};

    /**
     * The plateau of the slow stage: the mean kurtosis over {@code 20 t_tr <= t <= 40 t_tr},
     * after the fast rise, before the slow decay ({@code t_tr = t(K = TRANSIENT_LEVEL)}).
     */
    static double plateau(RateCollapse.Curve c) {
        return plateau(c, Fig7Transient.LEVEL.time(c));
    }

    /** The plateau for a given {@code t_tr}: the mean kurtosis over {@code [20, 40] t_tr}. */
    static double plateau(RateCollapse.Curve c, double tt) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < c.t().length; i++) {
            if (c.t()[i] >= MULTIPLES[0] * tt && c.t()[i] <= MULTIPLES[1] * tt) {
                sum += c.k()[i];
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    /**
     * The model-free rate {@code Γ_f = 1/t_f}, {@code t_f} the first time after {@code 40 t_tr}
     * that the kurtosis has come the fraction {@code 1 - f} of the way from the plateau to the
     * floor, {@code K = K∞ + f (K_pl - K∞)}: {Γ, σ(Γ)}, σ from the kurtosis error at the crossing
     * over the local slope {@code dK/dt} of the bracketing outputs. Curves that collapse (the
     * paper's Fig. 7, with an offset for the plateau) give rates with one law at every
     * {@code f}; no exponential form is assumed. {@code floor}: {@link #finiteSizeFloor}, or 0.
     */
    static double[] plateauFractionRate(RateCollapse.Curve c, double f, double floor) {
        return plateauFractionRate(c, f, floor, Fig7Transient.LEVEL);
    }

    /** The rate {@code Γ_f} above with {@code t_tr} by the definition {@code tr}. */
    static double[] plateauFractionRate(RateCollapse.Curve c, double f, double floor,
            Fig7Transient tr) {
        double tt = tr.time(c);
        return crossingRate(c, floor + f * (plateau(c, tt) - floor), MULTIPLES[1] * tt);
    }

    /**
     * {@code Γ = 1/t}, {@code t} the first time after {@code 40 t_tr} that the kurtosis reaches
     * {@code level} (linear between outputs): {Γ, σ(Γ)} as in {@link #plateauFractionRate}.
     */
    static double[] crossingRate(RateCollapse.Curve c, double level) {
        return crossingRate(c, level, MULTIPLES[1] * Fig7Transient.LEVEL.time(c));
    }

    /** {@link #crossingRate(RateCollapse.Curve, double)} after the time {@code after}. */
    static double[] crossingRate(RateCollapse.Curve c, double level, double after) {
        for (int i = 1; i < c.t().length; i++) {
            if (c.t()[i - 1] >= after && c.k()[i - 1] < level && c.k()[i] >= level) {
                double slope = (c.k()[i] - c.k()[i - 1]) / (c.t()[i] - c.t()[i - 1]);
                double t = c.t()[i - 1] + (level - c.k()[i - 1]) / slope;
                double err = c.err() == null ? 0 : 0.5 * (c.err()[i - 1] + c.err()[i]);
                return new double[] {1 / t, err / slope / (t * t)};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** The predicted finite-size floor of a run, from its initial kurtosis and rods. */
    static double floor(Run r) {
        return finiteSizeFloor(r.curve().k()[0], r.rods());
    }

    /** Appends the model-free rates and their laws; returns the law at f = 0.5 (or null). */
    private static RateCollapse.PowerLaw crossings(List<Run> runs, List<RateCollapse.Curve> fit,
            List<String> md) {
        md.add("Model-free: K_pl the plateau (mean K over 20 t_tr … 40 t_tr), t_f the first time "
                + "after 40 t_tr that K reaches K∞(N) + f (K_pl - K∞(N)), t(K) the first time "
                + "after 40 t_tr it reaches the absolute level K (linear between outputs; σ from "
                + "the kurtosis error over the slope), Γ = 1/t:");
        md.add("");
        md.add("| V0 | ξ | K_pl | t_0.7 | t_0.5 | t_0.35 | t(-0.6) | t(-0.5) | t(-0.4) | t(-0.3) |");
        md.add("|---|---|---|---|---|---|---|---|---|---|");
        int nf = PLATEAU_FRACTIONS.length;
        for (Run r : runs) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s%s | %.3f |",
                    Csv.number(r.curve().v0()), Csv.number(r.curve().xi()),
                    r.sizeCheck() ? "*" : "", plateau(r.curve())));
            for (int l = 0; l < nf + LEVELS.length; l++) {
                double[] g = crossing(r, l);
                row.append(String.format(Locale.ROOT, " %.4g ± %.2g |", 1 / g[0],
                        g[1] / (g[0] * g[0])));
            }
            md.add(row.toString());
        }
        md.add("");
        List<Run> inFit = runs.stream().filter(r -> !r.sizeCheck()).toList();
        RateCollapse.PowerLaw half = null;
        for (int l = 0; l < nf + LEVELS.length; l++) {
            List<Double> g = new ArrayList<>();
            List<Double> sg = new ArrayList<>();
            for (Run r : inFit) {
                double[] x = crossing(r, l);
                g.add(x[0]);
                sg.add(x[1]);
            }
            RateCollapse.PowerLaw w = law(l < nf ? "- Γ_f, f = " + PLATEAU_FRACTIONS[l] + ": "
                    : "- Γ = 1/t(K = " + LEVELS[l - nf] + "): ", fit, g, sg, md);
            if (l == 1) {
                half = w;
            }
        }
        md.add("");
        return half;
    }

    /**
     * Fits and appends one law (p, q, p + q, distances from the caption's p = 4, q = -4);
     * null, with a note, where some run has no rate or all runs share one {@code ξ}.
     */
    private static RateCollapse.PowerLaw law(String what, List<RateCollapse.Curve> fit,
            List<Double> g, List<Double> sg, List<String> md) {
        if (g.stream().anyMatch(x -> !(x > 0)) || sg.stream().anyMatch(x -> !(x > 0))) {
            md.add(what + "no rate in some run (level not reached or window too short)");
            return null;
        }
        if (fit.stream().mapToDouble(RateCollapse.Curve::xi).distinct().count() < 2) {
            md.add(what + "no fit (all runs at one ξ: q undetermined)");
            return null;
        }
        RateCollapse.PowerLaw w = RateCollapse.fitWeighted(fit, g, sg);
        RateCollapse.PowerLaw s = RateCollapse.fitWeighted(byCoupling(fit), g, sg);
        md.add(String.format(Locale.ROOT, "%s%s; p + q = %.2f ± %.2f; p = 4 at %.1fσ, "
                + "q = -4 at %.1fσ", what, w, s.q(), s.sq(), (4 - w.p()) / w.sp(),
                (w.q() + 4) / w.sq()));
        return w;
    }

    /** Crossing rate {l}: the plateau fractions first, then the absolute levels. */
    private static double[] crossing(Run r, int l) {
        int nf = PLATEAU_FRACTIONS.length;
        return l < nf ? plateauFractionRate(r.curve(), PLATEAU_FRACTIONS[l], floor(r))
                : crossingRate(r.curve(), LEVELS[l - nf]);
    }

    /** The curves with {@code V0} replaced by {@code V0/ξ}: the fit's q then is {@code p + q}. */
    static List<RateCollapse.Curve> byCoupling(List<RateCollapse.Curve> cs) {
        return cs.stream().map(c -> new RateCollapse.Curve(c.v0() / c.xi(), c.xi(), c.t(), c.k(),
                c.err())).toList();
    }
}
