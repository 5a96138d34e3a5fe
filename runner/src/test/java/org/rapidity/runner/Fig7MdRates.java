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
     * level: inside the fast rise at every coupling run, above the slow stage's plateau.
     */
    static final double TRANSIENT_LEVEL = -1.2;

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

    /**
     * Appends the a = 0 section (table of rates, fitted exponents, size checks) to {@code md};
     * returns the weighted floor-fit law of the middle window, or null with fewer than 3 runs.
     */
    static RateCollapse.PowerLaw report(List<Run> runs, List<String> md) {
        List<RateCollapse.Curve> fit = fitted(runs);
        if (fit.size() < 3) {
            return null;
        }
        md.add("## a = 0, molecular dynamics (density 0.2, L = N/0.2)");
        md.add("");
        md.add("Late rate from the window t >= m × t(K = " + TRANSIENT_LEVEL + ") to the end, "
                + "m = 20, 40, 80: Γ₀ the weighted fit of ln(-K) (floor forced to 0), Γ the fit "
                + "K = K∞ + A e^{-Γt} (jackknife errors of K; σ from Δχ² = 1, scaled by χ²/dof "
                + "when above 1).");
        md.add("");
        md.add("| V0 | ξ | V0/ξ | N | t(K=" + TRANSIENT_LEVEL + ") | Γ₀ m=20 | Γ₀ m=40 | Γ₀ m=80 "
                + "| Γ m=20 | Γ m=40 | K∞ m=40 | χ²/dof | Γ m=80 |");
        md.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        int m3 = MULTIPLES.length;
        List<List<Double>> g0 = new ArrayList<>();
        List<List<Double>> g = new ArrayList<>();
        List<List<Double>> sg = new ArrayList<>();
        for (int m = 0; m < m3; m++) {
            g0.add(new ArrayList<>());
            g.add(new ArrayList<>());
            sg.add(new ArrayList<>());
        }
        for (Run r : runs) {
            RateCollapse.Curve c = r.curve();
            double tt = RateCollapse.crossingTime(c, TRANSIENT_LEVEL);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "| %s | %s | %.3f | %d | %.3g |", Csv.number(c.v0()), Csv.number(c.xi()),
                    c.v0() / c.xi(), r.rods(), tt));
            double[] free = new double[m3];
            RateCollapse.Relaxation[] floor = new RateCollapse.Relaxation[m3];
            for (int m = 0; m < m3; m++) {
                free[m] = RateCollapse.exponentialRateAfter(c, MULTIPLES[m] * tt)[0];
                floor[m] = RateCollapse.relaxationWithFloor(c, MULTIPLES[m] * tt,
                        RATE_RANGE[0], RATE_RANGE[1]);
                row.append(String.format(Locale.ROOT, " %.3g |", free[m]));
            }
            for (int m = 0; m < m3; m++) {
                RateCollapse.Relaxation f = floor[m];
                row.append(f == null ? " – |" : String.format(Locale.ROOT,
                        m == 1 ? " %.3g ± %.2g | %.3f ± %.3f | %.2f |" : " %.3g ± %.2g |",
                        f.gamma(), f.sGamma(), f.kInf(), f.sKInf(), f.chi2() / f.dof()));
            }
            md.add(row.toString());
            if (!r.sizeCheck()) {
                for (int m = 0; m < m3; m++) {
                    g0.get(m).add(free[m]);
                    g.get(m).add(floor[m] == null ? Double.NaN : floor[m].gamma());
                    sg.get(m).add(floor[m] == null ? Double.NaN : floor[m].sGamma());
                }
            }
        }
        md.add("");
        RateCollapse.PowerLaw primary = null;
        for (int m = 0; m < m3; m++) {
            md.add(String.format(Locale.ROOT, "- m = %s: Γ₀ (unweighted): %s", Csv.number(
                    MULTIPLES[m]), RateCollapse.fit(fit, g0.get(m))));
            if (g.get(m).stream().anyMatch(x -> !Double.isFinite(x))) {
                md.add("  Γ: a window too short for the floor fit in some run");
                continue;
            }
            RateCollapse.PowerLaw w = RateCollapse.fitWeighted(fit, g.get(m), sg.get(m));
            RateCollapse.PowerLaw s = RateCollapse.fitWeighted(byCoupling(fit), g.get(m),
                    sg.get(m));
            md.add(String.format(Locale.ROOT, "  Γ (weighted): %s; p + q = %.2f ± %.2f; "
                    + "caption p = 4 at %.1fσ, q = -4 at %.1fσ", w, s.q(), s.sq(),
                    (4 - w.p()) / w.sp(), (w.q() + 4) / w.sq()));
            if (m == 1) {
                primary = w;
            }
        }
        md.add("");
        return primary;
    }

    /** The curves with {@code V0} replaced by {@code V0/ξ}: the fit's q then is {@code p + q}. */
    static List<RateCollapse.Curve> byCoupling(List<RateCollapse.Curve> cs) {
        return cs.stream().map(c -> new RateCollapse.Curve(c.v0() / c.xi(), c.xi(), c.t(), c.k(),
                c.err())).toList();
    }
}
