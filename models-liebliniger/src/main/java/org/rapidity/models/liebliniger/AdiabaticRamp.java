package org.rapidity.models.liebliniger;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * A slow (adiabatic) ramp of the coupling of a homogeneous Lieb-Liniger state at the Euler
 * scale: every quasiparticle keeps its quantum number, so the filling as a function of the
 * counting function
 * <pre>
 *   Z_a(θ) = p_a(θ)/2π + Σ_b ∫dθ' Θ_ab(θ - θ') ρ_b(θ'),     Z'_a = ρ^t_a,
 * </pre>
 * is the same before and after: {@code ϑ^{c1}_a(θ) = ϑ^{c0}_a(θ*)} with
 * {@code Z^{c0}_a(θ*) = Z^{c1}_a(θ)}. This is the GHD force of {@code ∂_t c} (strings paper,
 * after (S9)) integrated over the ramp: differentiating the relation in time gives
 * {@code ∂_tϑ + F ∂_θϑ = 0} with {@code F = -2π ∂_t c (∂_c Z)^dr/(p')^dr}.
 *
 * <p>The scattering phases are those of {@link LiebLiniger}'s kernels {@code T = ∂_θΘ}:
 * repulsive {@code Θ = (1/π) arctan(u/c)}, attractive
 * {@code Θ_nm = (1/π) Σ_j k_j arctan(2u/(cj))} (the coefficients {@code k_j} of {@code φ_nm}),
 * and their limits as {@code c → 0}: {@code Θ → ½ sign(u)} for {@code c → 0⁺} and
 * {@code Θ_nm → -½(2 min(n,m) - δ_nm) sign(u)} for {@code c → 0⁻}, where the dressing becomes
 * local ({@code ρ^t = 1/(2π(1 - ϑ))}, resp. {@link StringRamp#zeroCouplingTotalDensities}).
 * Those limits are exact on any rapidity grid, unlike a dressing at small {@code |c|}, whose
 * kernels of width {@code ~|c|} the grid no longer resolves: this is how a GHD solver crosses
 * {@code c = 0}.
 *
 * <p>The map is solved by fixed-point iteration on {@code ϑ^{c1}} (the counting function of the
 * target depends on its own filling); {@code θ*} is found by inverting {@code Z^{c0}} with cubic
 * Hermite interpolation (its derivative is {@code ρ^t}), and {@code ϑ^{c0}(θ*)} by cubic
 * Lagrange interpolation, zero outside the rapidity window.
 */
final class AdiabaticRamp {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-13;

    /** Scattering-phase matrices per mode space, at the model's c. */
    private static final Map<ModeSpace, double[]> PHASES = Collections.synchronizedMap(
            new WeakHashMap<>());

    private AdiabaticRamp() {
    }

    /** One end of a ramp: the modes of a model and whether the end is its {@code c → 0} limit. */
    record End(ModeSpace space, boolean zero) {
    }

    /**
     * The filling at {@code to} reached from {@code filling} at {@code from} (the same species
     * and number of nodes per species; the nodes of {@code to} may differ, e.g. a finer grid per
     * string, onto which {@code ϑ^{c0}(θ*)} is interpolated).
     */
    static double[] map(End from, double[] filling, End to) {
        ModeSpace fs = from.space();
        ModeSpace ts = to.space();
        boolean same = fs.speciesCount() == ts.speciesCount();
        for (int a = 0; same && a < fs.speciesCount(); a++) {
            same = fs.grid(a).size() == ts.grid(a).size();
        }
        if (!same) {
            throw new IllegalArgumentException("an adiabatic ramp keeps the species and the"
                    + " number of nodes of each");
        }
        double[] rtFrom = totalDensity(from, filling);
        double[] zFrom = counting(from, filling, rtFrom);
        double[] current = filling.clone();
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] rtTo = totalDensity(to, current);
            double[] zTo = counting(to, current, rtTo);
            double[] next = new double[current.length];
            double change = 0;
            for (int a = 0; a < ts.speciesCount(); a++) {
                int off = ts.offset(a);
                int m = ts.grid(a).size();
                double[] theta = fs.grid(a).nodes();
                for (int k = 0; k < m; k++) {
                    double star = invert(theta, zFrom, rtFrom, off, zTo[off + k]);
                    double v = Double.isNaN(star) ? 0 : Math.max(0, Math.min(1,
                            interpolate(theta, filling, off, star)));
                    next[off + k] = v;
                    change = Math.max(change, Math.abs(v - current[off + k]));
                }
            }
            current = next;
            if (change <= TOLERANCE) {
                return current;
            }
        }
        return current; // converged to rounding-level oscillation
    }

    /** {@code ρ^t} of the filling at an end (the local zero-coupling dressing at {@code c → 0}). */
    static double[] totalDensity(End end, double[] filling) {
        ModeSpace s = end.space();
        if (!end.zero()) {
            return TbaState.fromFilling(s, filling).totalDensity();
        }
        double[] rt = new double[filling.length];
        if (s.model() instanceof RepulsiveLiebLiniger) {
            for (int i = 0; i < rt.length; i++) {
                rt[i] = s.momentumDerivative()[i] / (2 * Math.PI * (1 - filling[i]));
            }
            return rt;
        }
        int species = s.speciesCount();
        int m = s.grid(0).size();
        for (int a = 1; a < species; a++) {
            if (!s.grid(a).equals(s.grid(0))) {
                throw new InvalidInputException("grid", "the zero-coupling string dressing is"
                        + " local in rapidity and needs the same nodes for every string");
            }
        }
        double[] f = new double[species];
        for (int k = 0; k < m; k++) {
            for (int a = 0; a < species; a++) {
                f[a] = filling[s.offset(a) + k];
            }
            double[] r = StringRamp.zeroCouplingTotalDensities(f);
            for (int a = 0; a < species; a++) {
                rt[s.offset(a) + k] = r[a];
            }
        }
        return rt;
    }

    /**
     * The fillings at {@code c → 0} of the root densities {@code ρ} (the inverse of
     * {@code ϑ ↦ ϑ ρ^t} with the local dressing), explicit because the dressing is local and
     * linear in {@code ρ}: {@code ρ^t_a = p'_a/2π - Σ_b s_ab ρ_b} with the zero-coupling kernel
     * {@code T_ab → s_ab δ(θ - θ')} ({@code s = -1} repulsive, so {@code ρ^t = p'/2π + ρ};
     * {@code s_nm = 2min(n,m) - δ_nm} for strings), and {@code ϑ = ρ/ρ^t}, clipped to
     * {@code [0, 1]} (a density no filling holds, e.g. of an interpolation, gives 1).
     */
    static double[] zeroCouplingFilling(ModeSpace s, double[] rho) {
        double[] pp = s.momentumDerivative();
        double[] out = new double[rho.length];
        LiebLiniger model = (LiebLiniger) s.model();
        int species = s.speciesCount();
        for (int a = 0; a < species; a++) {
            int m = s.grid(a).size();
            for (int k = 0; k < m; k++) {
                int i = s.offset(a) + k;
                double r = Math.max(0, rho[i]);
                if (r == 0) {
                    continue;
                }
                double rt = pp[i] / (2 * Math.PI);
                for (int b = 0; b < species; b++) {
                    // -s_ab = 2 × (the step of Θ_ab at c → 0), for either sign of c
                    rt += 2 * zeroCouplingPhase(model, a, b, 1.0) * Math.max(0,
                            rho[s.offset(b) + k]);
                }
                out[i] = rt > r ? r / rt : 1;
            }
        }
        return out;
    }

    /**
     * {@code Z_i = p_i/2π + Σ_j w_j Θ_ij ρ_j} at a finite coupling (the quadrature of a smooth
     * integrand). At {@code c → 0} the phases are steps, {@code Θ_ab → s_ab sign(θ - θ')}, and
     * {@code Z_a(θ) = p_a/2π + Σ_b s_ab (2N_b(θ) - N_b)} with the cumulative counts
     * {@code N_b(θ) = ∫_{-∞}^{θ} ρ_b} ({@link #cumulative}, fourth order) instead of a sum over a
     * step, which would be only second order.
     */
    static double[] counting(End end, double[] filling, double[] rt) {
        ModeSpace s = end.space();
        int n = s.size();
        double[] p = s.momentum();
        double[] z = new double[n];
        if (end.zero()) {
            int species = s.speciesCount();
            double[] rho = new double[n];
            for (int j = 0; j < n; j++) {
                rho[j] = filling[j] * rt[j];
            }
            double[][] cum = new double[species][];
            for (int b = 0; b < species; b++) {
                cum[b] = cumulative(s.grid(b).nodes(), rho, s.offset(b));
            }
            LiebLiniger m = (LiebLiniger) s.model();
            for (int a = 0; a < species; a++) {
                int m0 = s.grid(a).size();
                for (int k = 0; k < m0; k++) {
                    int i = s.offset(a) + k;
                    double sum = 0;
                    for (int b = 0; b < species; b++) {
                        double[] c = cum[b];
                        double total = c[c.length - 1];
                        // the phase's step: Θ_ab → s_ab sign(u), s_ab = zeroCouplingPhase(u > 0)
                        double step = zeroCouplingPhase(m, a, b, 1.0);
                        sum += step * (2 * c[k] - total);
                    }
                    z[i] = p[i] / (2 * Math.PI) + sum;
                }
            }
            return z;
        }
        double[] wr = new double[n];
        for (int j = 0; j < n; j++) {
            wr[j] = s.weight(j) * filling[j] * rt[j];
        }
        double[] theta = phases(s);
        RowProducts.addTo(theta, wr, z); // the sums from zero
        for (int i = 0; i < n; i++) {
            z[i] = p[i] / (2 * Math.PI) + z[i];
        }
        return z;
    }

    /**
     * Cumulative integrals {@code ∫_{-∞}^{θ_k} f} at the nodes ({@code k = 0 … m-1}) and the
     * total (index {@code m}) of nodal values {@code f[off + k]}: on each interval between
     * neighbouring nodes the cubic through the four nearest nodes (zero at virtual nodes beyond
     * the window, spaced like the edge) is integrated exactly by two-point Gauss–Legendre.
     */
    static double[] cumulative(double[] t, double[] f, int off) {
        int m = t.length;
        double[] out = new double[m + 1];
        double g = 0.5 / Math.sqrt(3);
        double acc = 0;
        for (int k = -1; k < m; k++) {
            double a = node(t, k);
            double b = node(t, k + 1);
            double mid = 0.5 * (a + b);
            double h = b - a;
            double piece = 0.5 * h * (cubic(t, f, off, k, mid - g * h)
                    + cubic(t, f, off, k, mid + g * h));
            acc += piece;
            if (k + 1 < m) {
                out[k + 1] = acc;
            }
        }
        out[m] = acc;
        return out;
    }

    private static double node(double[] t, int k) {
        int m = t.length;
        if (k < 0) {
            return t[0] + k * (t[1] - t[0]);
        }
        if (k >= m) {
            return t[m - 1] + (k - m + 1) * (t[m - 1] - t[m - 2]);
        }
        return t[k];
    }

    /** The cubic through nodes {@code k-1 … k+2} (zero beyond the window) at {@code x}. */
    private static double cubic(double[] t, double[] f, int off, int k, double x) {
        int m = t.length;
        double s = 0;
        for (int q = 0; q < 4; q++) {
            int kq = k - 1 + q;
            double v = kq < 0 || kq >= m ? 0 : f[off + kq];
            if (v == 0) {
                continue;
            }
            double l = 1;
            double xq = node(t, kq);
            for (int r = 0; r < 4; r++) {
                if (r != q) {
                    l *= (x - node(t, k - 1 + r)) / (xq - node(t, k - 1 + r));
                }
            }
            s += l * v;
        }
        return s;
    }

    /** Θ at the model's coupling, row-major, cached per space. */
    private static double[] phases(ModeSpace s) {
        double[] cached = PHASES.get(s);
        if (cached != null) {
            return cached;
        }
        LiebLiniger m = (LiebLiniger) s.model();
        double c = m.coupling();
        double[] out = s.pairValues((a, t, b, tp) -> phase(m, a, b, t - tp, c), true);
        PHASES.put(s, out);
        return out;
    }

    /** {@code Θ_ab(u)} at coupling {@code c}. */
    static double phase(LiebLiniger m, int a, int b, double u, double c) {
        if (m instanceof RepulsiveLiebLiniger) {
            return Math.atan(u / c) / Math.PI;
        }
        AttractiveLiebLiniger s = (AttractiveLiebLiniger) m;
        int n = a + 1;
        int mm = b + 1;
        double sum = 0;
        for (int j = Math.abs(n - mm); j <= n + mm; j += 2) {
            double k = coefficient(n, mm, j);
            if (k != 0) {
                sum += k * Math.atan(2 * u / (c * j));
            }
        }
        return sum / Math.PI;
    }

    /** {@code lim_{c → 0} Θ_ab(u)} on the model's side of zero. */
    static double zeroCouplingPhase(LiebLiniger m, int a, int b, double u) {
        double sign = Math.signum(u);
        if (m instanceof RepulsiveLiebLiniger) {
            return 0.5 * sign;
        }
        return -0.5 * (2 * Math.min(a + 1, b + 1) - (a == b ? 1 : 0)) * sign;
    }

    /** Coefficient of {@code a_j} in {@code φ_{n,m}}. */
    private static double coefficient(int n, int m, int j) {
        int lo = Math.abs(n - m);
        if (j == lo) {
            return n == m ? 0 : 1;
        }
        return j == n + m ? 1 : 2;
    }

    /**
     * The rapidity where the increasing counting function of one species (values {@code z},
     * derivatives {@code rt} at {@code theta}, from {@code off}) takes the value {@code target};
     * NaN beyond the window (where the filling is taken as zero).
     */
    static double invert(double[] theta, double[] z, double[] rt, int off, double target) {
        int m = theta.length;
        double first = z[off];
        double last = z[off + m - 1];
        if (target < first) {
            double star = theta[0] + (target - first) / rt[off];
            return star < theta[0] - spacing(theta, 0) ? Double.NaN : star;
        }
        if (target > last) {
            double star = theta[m - 1] + (target - last) / rt[off + m - 1];
            return star > theta[m - 1] + spacing(theta, m - 2) ? Double.NaN : star;
        }
        int lo = 0;
        int hi = m - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (z[off + mid] <= target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // cubic Hermite on [θ_lo, θ_hi] with slopes ρ^t; Newton from the linear guess
        double h = theta[hi] - theta[lo];
        double z0 = z[off + lo];
        double z1 = z[off + hi];
        double d0 = rt[off + lo] * h;
        double d1 = rt[off + hi] * h;
        double t = z1 > z0 ? (target - z0) / (z1 - z0) : 0.5;
        for (int it = 0; it < 50; it++) {
            double t2 = t * t;
            double t3 = t2 * t;
            double val = (2 * t3 - 3 * t2 + 1) * z0 + (t3 - 2 * t2 + t) * d0
                    + (-2 * t3 + 3 * t2) * z1 + (t3 - t2) * d1;
            double der = (6 * t2 - 6 * t) * z0 + (3 * t2 - 4 * t + 1) * d0
                    + (-6 * t2 + 6 * t) * z1 + (3 * t2 - 2 * t) * d1;
            double step = der > 0 ? (val - target) / der : 0;
            double next = Math.max(0, Math.min(1, t - step));
            if (Math.abs(next - t) < 1e-15) {
                t = next;
                break;
            }
            t = next;
        }
        return theta[lo] + t * h;
    }

    private static double spacing(double[] theta, int i) {
        return theta[i + 1] - theta[i];
    }

    /**
     * Cubic Lagrange interpolation of the values {@code f[off + k]} at nodes {@code theta[k]},
     * continued by zero beyond the window (virtual nodes spaced like the edge; zero beyond the
     * first virtual node).
     */
    static double interpolate(double[] theta, double[] f, int off, double x) {
        int m = theta.length;
        if (x < theta[0] - (theta[1] - theta[0]) || x > theta[m - 1] + (theta[m - 1]
                - theta[m - 2])) {
            return 0; // beyond the window and its virtual zero node: no extrapolation
        }
        int j;
        if (x <= theta[0]) {
            j = -1;
        } else if (x >= theta[m - 1]) {
            j = m - 1;
        } else {
            int lo = 0;
            int hi = m - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (theta[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            j = lo;
        }
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int q = 0; q < 4; q++) {
            int k = j - 1 + q;
            if (k < 0) {
                xs[q] = theta[0] + k * (theta[1] - theta[0]);
                ys[q] = 0;
            } else if (k >= m) {
                xs[q] = theta[m - 1] + (k - m + 1) * (theta[m - 1] - theta[m - 2]);
                ys[q] = 0;
            } else {
                xs[q] = theta[k];
                ys[q] = f[off + k];
            }
        }
        double s = 0;
        for (int q = 0; q < 4; q++) {
            double l = 1;
            for (int r = 0; r < 4; r++) {
                if (r != q) {
                    l *= (x - xs[r]) / (xs[q] - xs[r]);
                }
            }
            s += l * ys[q];
        }
        return s;
    }
}
