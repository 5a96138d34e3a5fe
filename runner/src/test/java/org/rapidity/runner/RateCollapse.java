package org.rapidity.runner;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The rate collapse of gBBGKY paper Fig. 7: late-time relaxation rates {@code Γ(V0, ξ)} of the
 * kurtosis of {@code ρ_θ}, the power law {@code Γ ∝ V0^p ξ^q} fitted to them (least squares on
 * {@code ln Γ}, standard errors from the residuals), and how well curves overlap once time is
 * rescaled as {@code t̄ = t V0^p ξ^q}. Times in the hard-rod units of the runs (length/velocity,
 * {@code m = 1}); {@code V0} an energy × length as in {@code V = (V0/ξ)φ(x/ξ)}, {@code ξ} a length.
 */
final class RateCollapse {

    private RateCollapse() {
    }

    /** The kurtosis against time of one run at {@code (V0, ξ)}; {@code err} may be null. */
    record Curve(double v0, double xi, double[] t, double[] k, double[] err) {
    }

    /** {@code Γ = C V0^p ξ^q}, with the standard errors of p, q and ln C, and the rms residual. */
    record PowerLaw(double p, double q, double lnC, double sp, double sq, double slnC,
            double rms, int points) {

        /** The rate the law gives at {@code (V0, ξ)}. */
        double rate(double v0, double xi) {
            return Math.exp(lnC + p * Math.log(v0) + q * Math.log(xi));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "p = %.4f ± %.2g, q = %.4f ± %.2g (%d runs, rms of ln Γ %.2g)",
                    p, sp, q, sq, points, rms);
        }
    }

    /**
     * The first time the kurtosis, rising towards its thermal 0, reaches {@code level}
     * (interpolated linearly in {@code ln t}); NaN if it never does.
     */
    static double crossingTime(Curve c, double level) {
        for (int i = 1; i < c.t().length; i++) {
            double k0 = c.k()[i - 1];
            double k1 = c.k()[i];
            if (k0 < level && k1 >= level) {
                double lt0 = Math.log(Math.max(c.t()[i - 1], 1e-300));
                double lt1 = Math.log(c.t()[i]);
                if (c.t()[i - 1] <= 0) {
                    return c.t()[i];
                }
                return Math.exp(lt0 + (level - k0) / (k1 - k0) * (lt1 - lt0));
            }
        }
        return Double.NaN;
    }

    /**
     * The late-time relaxation rate {@code Γ = 1/t_level}, the inverse of the time the kurtosis
     * takes to reach {@code level}: rates that collapse under {@code t̄ = t V0^p ξ^q} scale as
     * {@code V0^p ξ^q} at every level, so comparing levels tests whether one law holds.
     */
    static double rate(Curve c, double level) {
        return 1 / crossingTime(c, level);
    }

    /**
     * The exponential rate {@code -d ln|K|/dt} of the kurtosis, least squares over the outputs
     * with {@code from <= K <= to} (both negative); NaN with fewer than 3 such outputs.
     */
    static double exponentialRate(Curve c, double from, double to) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < c.t().length; i++) {
            if (c.k()[i] >= from && c.k()[i] <= to) {
                pts.add(new double[] {c.t()[i], Math.log(-c.k()[i])});
            }
        }
        if (pts.size() < 3) {
            return Double.NaN;
        }
        double[][] x = new double[pts.size()][];
        double[] y = new double[pts.size()];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] {1, pts.get(i)[0]};
            y[i] = pts.get(i)[1];
        }
        return -leastSquares(x, y)[0][1];
    }

    /**
     * The late-time exponential rate of an ensemble's kurtosis, {@code K ≈ -A e^{-Γt}}: weighted
     * least squares of {@code ln(-K)} against {@code t} (weights {@code (K/err)²}) over the
     * outputs with {@code t >= from} and {@code K < 0}; returns {Γ, its standard error from the
     * weights}.
     */
    static double[] exponentialRateAfter(Curve c, double from) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < c.t().length; i++) {
            if (c.t()[i] >= from && c.k()[i] < 0) {
                double w = c.err() == null ? 1 : Math.abs(c.k()[i]) / c.err()[i];
                pts.add(new double[] {w, w * c.t()[i], w * Math.log(-c.k()[i])});
            }
        }
        if (pts.size() < 3) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[][] x = new double[pts.size()][];
        double[] y = new double[pts.size()];
        for (int i = 0; i < y.length; i++) {
            x[i] = new double[] {pts.get(i)[0], pts.get(i)[1]};
            y[i] = pts.get(i)[2];
        }
        double[][] r = leastSquares(x, y);
        return new double[] {-r[0][1], c.err() == null ? r[1][1] : Math.sqrt(r[3][1])};
    }

    /**
     * A relaxation to a finite-size floor, {@code K(t) = K∞ + A e^{-Γt}}, with its standard
     * errors and the fit's χ² over {@code dof} degrees of freedom.
     */
    record Relaxation(double gamma, double sGamma, double kInf, double sKInf, double amplitude,
            double chi2, int dof) {
    }

    /**
     * The late relaxation of an ensemble's kurtosis towards a floor, {@code K ≈ K∞ + A e^{-Γt}},
     * fitted over the outputs with {@code t >= from} (weights {@code 1/err²}; unit weights without
     * errors). A finite ensemble of {@code N} particles per sample does not relax to the thermal
     * {@code K = 0} but to a level of order {@code 1/N}; fitting {@code ln(-K)} with the floor
     * forced to 0 then bends the line and lowers the rate as the window moves later, while
     * {@code K∞} free absorbs it. Least squares: {@code K∞, A} linear at each {@code Γ}, {@code Γ}
     * by golden section on {@code ln Γ} in {@code [gMin, gMax]} after a scan; errors from the
     * curvature of the profile {@code χ²(Γ)} ({@code Δχ² = 1}), scaled by {@code χ²/dof} when
     * that exceeds 1. Returns null with fewer than 4 outputs in the window.
     */
    static Relaxation relaxationWithFloor(Curve c, double from, double gMin, double gMax) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < c.t().length; i++) {
            if (c.t()[i] >= from) {
                double w = c.err() == null ? 1 : 1 / c.err()[i];
                pts.add(new double[] {c.t()[i], c.k()[i], w});
            }
        }
        if (pts.size() < 4) {
            return null;
        }
        int scan = 200;
        double lo = Math.log(gMin);
        double h = (Math.log(gMax) - lo) / scan;
        int best = 0;
        double bestChi2 = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= scan; j++) {
            double chi2 = floorProfile(pts, Math.exp(lo + j * h))[0];
            if (chi2 < bestChi2) {
                bestChi2 = chi2;
                best = j;
            }
        }
        double a = lo + Math.max(best - 1, 0) * h;
        double b = lo + Math.min(best + 1, scan) * h;
        double g = 0.5 * (Math.sqrt(5) - 1);
        for (int it = 0; it < 80; it++) {
            double x1 = b - g * (b - a);
            double x2 = a + g * (b - a);
            if (floorProfile(pts, Math.exp(x1))[0] < floorProfile(pts, Math.exp(x2))[0]) {
                b = x2;
            } else {
                a = x1;
            }
        }
        double gamma = Math.exp(0.5 * (a + b));
        double[] at = floorProfile(pts, gamma);
        int dof = pts.size() - 3;
        double scale = Math.max(1, at[0] / dof);
        double dg = 1e-3 * gamma;
        double curv = (floorProfile(pts, gamma + dg)[0] - 2 * at[0]
                + floorProfile(pts, gamma - dg)[0]) / (dg * dg);
        double sGamma = curv > 0 ? Math.sqrt(2 / curv * scale) : Double.NaN;
        return new Relaxation(gamma, sGamma, at[1], Math.sqrt(at[3] * scale), at[2], at[0], dof);
    }

    /**
     * At fixed {@code Γ}: the weighted least squares {@code K ≈ K∞ + A e^{-Γt}} over points
     * {t, K, 1/err}; returns {χ², K∞, A, variance of K∞ from the weights} (χ² infinite where the
     * design is degenerate).
     */
    private static double[] floorProfile(List<double[]> pts, double gamma) {
        double[][] x = new double[pts.size()][];
        double[] y = new double[pts.size()];
        for (int i = 0; i < y.length; i++) {
            double[] p = pts.get(i);
            x[i] = new double[] {p[2], p[2] * Math.exp(-gamma * p[0])};
            y[i] = p[2] * p[1];
        }
        double[][] r;
        try {
            r = leastSquares(x, y);
        } catch (IllegalArgumentException degenerate) {
            // e^{-Γt} constant or zero over the window: no rate is fitted there
            return new double[] {Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN};
        }
        double rms = r[2][0];
        return new double[] {rms * rms * y.length, r[0][0], r[0][1], r[3][0]};
    }

    /** Fits {@code ln Γ = ln C + p ln V0 + q ln ξ} to one rate per curve. */
    static PowerLaw fit(List<Curve> curves, List<Double> rates) {
        int n = curves.size();
        if (n < 3) {
            throw new IllegalArgumentException("a power law in V0 and ξ needs 3 runs, got " + n);
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, Math.log(curves.get(i).v0()), Math.log(curves.get(i).xi())};
            y[i] = Math.log(rates.get(i));
        }
        double[][] r = leastSquares(x, y);
        return new PowerLaw(r[0][1], r[0][2], r[0][0], r[1][1], r[1][2], r[1][0], r[2][0], n);
    }

    /**
     * Fits {@code ln Γ = ln C + p ln V0 + q ln ξ} weighted by the rates' errors
     * ({@code σ(ln Γ) = σ(Γ)/Γ}); standard errors from the weights, scaled by {@code χ²/dof}
     * when that exceeds 1 (scatter beyond the stated errors); rms of the unweighted residuals.
     */
    static PowerLaw fitWeighted(List<Curve> curves, List<Double> rates, List<Double> errors) {
        int n = curves.size();
        if (n < 3) {
            throw new IllegalArgumentException("a power law in V0 and ξ needs 3 runs, got " + n);
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        double[] lv = new double[n];
        double[] lx = new double[n];
        for (int i = 0; i < n; i++) {
            double w = rates.get(i) / errors.get(i);
            lv[i] = Math.log(curves.get(i).v0());
            lx[i] = Math.log(curves.get(i).xi());
            x[i] = new double[] {w, w * lv[i], w * lx[i]};
            y[i] = w * Math.log(rates.get(i));
        }
        double[][] r = leastSquares(x, y);
        int dof = n - 3;
        double chi2 = r[2][0] * r[2][0] * n;
        double scale = dof > 0 ? Math.max(1, chi2 / dof) : 1;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double d = r[0][0] + r[0][1] * lv[i] + r[0][2] * lx[i] - Math.log(rates.get(i));
            ss += d * d;
        }
        return new PowerLaw(r[0][1], r[0][2], r[0][0], Math.sqrt(r[3][1] * scale),
                Math.sqrt(r[3][2] * scale), Math.sqrt(r[3][0] * scale), Math.sqrt(ss / n), n);
    }

    /**
     * Ordinary least squares {@code y ≈ Xβ}: returns {β, standard errors of β from the residuals
     * (NaN without degrees of freedom), {rms residual}, diagonal of {@code (XᵀX)⁻¹}} (the
     * variances of β when the rows are already weighted by their inverse errors).
     */
    private static double[][] leastSquares(double[][] x, double[] y) {
        DMatrixRMaj a = new DMatrixRMaj(x);
        DMatrixRMaj b = new DMatrixRMaj(y.length, 1, true, y);
        int k = x[0].length;
        DMatrixRMaj ata = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(a, a, ata);
        DMatrixRMaj atb = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(a, b, atb);
        DMatrixRMaj inv = ata.copy();
        if (!CommonOps_DDRM.invert(inv)) {
            throw new IllegalArgumentException("degenerate least-squares design");
        }
        DMatrixRMaj beta = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(inv, atb, beta);
        double ss = 0;
        for (int i = 0; i < y.length; i++) {
            double f = 0;
            for (int j = 0; j < k; j++) {
                f += x[i][j] * beta.get(j);
            }
            ss += (f - y[i]) * (f - y[i]);
        }
        int dof = y.length - k;
        double[] be = new double[k];
        double[] se = new double[k];
        double[] unscaled = new double[k];
        for (int j = 0; j < k; j++) {
            be[j] = beta.get(j);
            unscaled[j] = inv.get(j, j);
            se[j] = Math.sqrt(unscaled[j] * (dof > 0 ? ss / dof : Double.NaN));
        }
        return new double[][] {be, se, {Math.sqrt(ss / y.length)}, unscaled};
    }

    /** The rescaled time {@code t̄ = t V0^p ξ^q} of every output of the curve. */
    static double[] rescaledTime(Curve c, PowerLaw law) {
        double s = Math.pow(c.v0(), law.p()) * Math.pow(c.xi(), law.q());
        double[] tb = new double[c.t().length];
        for (int i = 0; i < tb.length; i++) {
            tb[i] = c.t()[i] * s;
        }
        return tb;
    }

    /**
     * The largest kurtosis difference of two curves against the rescaled time, over the outputs
     * of {@code a} with {@code t̄ >= fromRescaled} that lie inside {@code b}'s range ({@code b}
     * interpolated linearly in {@code ln t̄}); NaN if they do not overlap there.
     */
    static double maxDistance(Curve a, Curve b, PowerLaw law, double fromRescaled) {
        double[] ta = rescaledTime(a, law);
        double[] tb = rescaledTime(b, law);
        double worst = Double.NaN;
        for (int i = 0; i < ta.length; i++) {
            if (ta[i] < fromRescaled || ta[i] <= 0) {
                continue;
            }
            for (int j = 1; j < tb.length; j++) {
                if (tb[j - 1] > 0 && tb[j - 1] <= ta[i] && ta[i] <= tb[j]) {
                    double w = Math.log(ta[i] / tb[j - 1]) / Math.log(tb[j] / tb[j - 1]);
                    double kb = b.k()[j - 1] + w * (b.k()[j] - b.k()[j - 1]);
                    double d = Math.abs(a.k()[i] - kb);
                    worst = Double.isNaN(worst) ? d : Math.max(worst, d);
                    break;
                }
            }
        }
        return worst;
    }
}
