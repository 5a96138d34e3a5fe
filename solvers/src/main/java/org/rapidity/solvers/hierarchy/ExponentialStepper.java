package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;

/**
 * The fourth-order exponential time-differencing Runge-Kutta method ETDRK4 of Cox and Matthews
 * (J. Comput. Phys. 176 (2002) 430; the φ-function form of Kassam and Trefethen, SIAM J. Sci.
 * Comput. 26 (2005) 1214) for {@code (ρ, G̃)} with {@code ∂_t G̃ = L G̃ + N(ρ, G̃)},
 * {@code ∂_t ρ = N_ρ(ρ, G̃)}, where {@code L} is the transport of the mode components
 * {@code G̃_ij} at the reference velocities, diagonal in Fourier space:
 * {@code L̂ = -i k (v_i - v_j)}. With {@code z = hL̂} and {@code φ_k} the exponential integrator
 * functions,
 * <pre>
 *   a = e^{z/2} u + (h/2) φ1(z/2) N(u),          b = e^{z/2} u + (h/2) φ1(z/2) N(a),
 *   c = e^{z/2} a + (h/2) φ1(z/2) (2N(b) - N(u)),
 *   u' = e^z u + h[(φ1 - 3φ2 + 4φ3) N(u) + 2(φ2 - 2φ3)(N(a) + N(b)) + (4φ3 - φ2) N(c)](z).
 * </pre>
 * The transport is exact (no CFL limit from the fastest relative velocity, no phase error), and a
 * source constant in time is integrated exactly; for {@code ρ} ({@code L = 0}) the scheme is the
 * classical RK4. The φ functions use their Taylor series for {@code |z| < 1} (no cancellation).
 *
 * <p>Not thread-safe (work arrays); the transforms run in parallel over the pairs {@code (i, j)}.
 */
final class ExponentialStepper {

    /** The non-linear part: {@code (dRho, dG) = N(ρ, G̃)}. */
    interface Rate {
        void rate(double[] rho, double[] g, double[] dRho, double[] dG);
    }

    /**
     * The non-linear part with a three-point function held in Fourier space:
     * {@code (dRho, dG, dG3) = N(ρ, G̃, ĝ3)}; {@code dG3} may be the array {@code g3} itself (the
     * evaluation reads {@code g3} before it writes {@code dG3}).
     */
    interface Rate3 {
        void rate(double[] rho, double[] g, G3Spectrum g3, double[] dRho, double[] dG,
                G3Spectrum dG3);
    }

    private final SeparationGrid grid;
    private final int n;
    private final int nn;
    private final int nz;
    private final double h;
    // packed per pair: [p nz + 0] n = 0 (real), [+1] Nyquist (real), [+2k, +2k+1] complex
    private final double[] e2;
    private final double[] q1;
    private final double[] e1;
    private final double[] f1;
    private final double[] f2;
    private final double[] f3;
    private final double[] specU;
    private final double[] specNu;
    private final double[] specNa;
    private final double[] specNb;
    private final double[] specNc;
    private final double[] stage;
    private final double[] rate;

    /**
     * @param grid separations
     * @param velocity reference velocities {@code v_i}
     * @param h step
     */
    ExponentialStepper(SeparationGrid grid, double[] velocity, double h) {
        this.grid = grid;
        this.n = velocity.length;
        this.nn = n * n;
        this.nz = grid.size();
        this.h = h;
        int size = nn * nz;
        e2 = new double[size];
        q1 = new double[size];
        e1 = new double[size];
        f1 = new double[size];
        f2 = new double[size];
        f3 = new double[size];
        IntStream.range(0, nn).parallel().forEach(pair -> {
            double dv = velocity[pair / n] - velocity[pair % n];
            int base = pair * nz;
            double[] c = new double[12];
            for (int k = 0; k <= nz / 2; k++) {
                // z = h L̂ = -i k (v_i - v_j) h (zero at k = 0 and at the Nyquist wavenumber)
                double zi = k == 0 || k == nz / 2 ? 0 : -grid.wavenumber(k) * dv * h;
                coefficients(zi, h, c);
                int at = k == 0 ? base : k == nz / 2 ? base + 1 : base + 2 * k;
                boolean real = k == 0 || k == nz / 2;
                put(e2, at, c[0], c[1], real);
                put(q1, at, c[2], c[3], real);
                put(e1, at, c[4], c[5], real);
                put(f1, at, c[6], c[7], real);
                put(f2, at, c[8], c[9], real);
                put(f3, at, c[10], c[11], real);
            }
        });
        specU = new double[size];
        specNu = new double[size];
        specNa = new double[size];
        specNb = new double[size];
        specNc = new double[size];
        stage = new double[size];
        rate = new double[size];
    }

    private static void put(double[] a, int at, double re, double im, boolean real) {
        a[at] = re;
        if (!real) {
            a[at + 1] = im;
        }
    }

    /** The step {@code h}. */
    double step() {
        return h;
    }

    /**
     * The six coefficients for {@code z = i·zi}: {@code e^{z/2}}, {@code (h/2)φ1(z/2)},
     * {@code e^z}, {@code h(φ1-3φ2+4φ3)}, {@code 2h(φ2-2φ3)}, {@code h(4φ3-φ2)}, as (re, im).
     */
    static void coefficients(double zi, double h, double[] out) {
        double[] half = phi(0.5 * zi);
        double[] full = phi(zi);
        out[0] = half[0];
        out[1] = half[1];
        out[2] = 0.5 * h * half[2];
        out[3] = 0.5 * h * half[3];
        out[4] = full[0];
        out[5] = full[1];
        out[6] = h * (full[2] - 3 * full[4] + 4 * full[6]);
        out[7] = h * (full[3] - 3 * full[5] + 4 * full[7]);
        out[8] = 2 * h * (full[4] - 2 * full[6]);
        out[9] = 2 * h * (full[5] - 2 * full[7]);
        out[10] = h * (4 * full[6] - full[4]);
        out[11] = h * (4 * full[7] - full[5]);
    }

    /** {@code φ0 … φ3} at the imaginary argument {@code z = iy}, as (re, im) pairs. */
    static double[] phi(double y) {
        double[] out = new double[8];
        if (Math.abs(y) < 1) {
            // φ_k(z) = Σ_m z^m/(m+k)!
            for (int k = 0; k < 4; k++) {
                double re = 0;
                double im = 0;
                double fact = 1;
                for (int j = 2; j <= k; j++) {
                    fact *= j;
                }
                // term_m = z^m/(m+k)!
                double pr = 1 / fact;
                double pi = 0;
                for (int m = 0; m < 30; m++) {
                    re += pr;
                    im += pi;
                    // multiply by z/(m+k+1)
                    double nr = -pi * y / (m + k + 1);
                    double ni = pr * y / (m + k + 1);
                    pr = nr;
                    pi = ni;
                    if (Math.abs(pr) + Math.abs(pi) < 1e-18 * (Math.abs(re) + Math.abs(im))) {
                        break;
                    }
                }
                out[2 * k] = re;
                out[2 * k + 1] = im;
            }
            return out;
        }
        double cr = Math.cos(y);
        double ci = Math.sin(y);
        out[0] = cr;
        out[1] = ci;
        // φ_{k+1} = (φ_k - 1/k!)/z, 1/z = -i/y
        double[] inv = {1, 1, 0.5};
        for (int k = 0; k < 3; k++) {
            double ar = out[2 * k] - inv[k];
            double ai = out[2 * k + 1];
            // (ar + i ai)(-i/y) = (ai/y) - i(ar/y)
            out[2 * k + 2] = ai / y;
            out[2 * k + 3] = -ar / y;
        }
        return out;
    }

    /**
     * One step of length {@code h}, in place.
     *
     * @param rho density (updated)
     * @param g {@code G̃(z_m)}, layout {@code (m N + i) N + j} (updated)
     * @param f the non-linear part
     */
    void advance(double[] rho, double[] g, Rate f) {
        advance(rho, g, null, null, (r, gg, g3, dr, dg, dg3) -> f.rate(r, gg, dr, dg));
    }

    /**
     * One step of length {@code h}, in place, with a three-point block.
     *
     * @param g3 {@code ĝ3} (updated), or null
     * @param block the three-point block's exponential coefficients, or null
     */
    void advance(double[] rho, double[] g, G3Spectrum g3, ThreePointBlock block, Rate3 f) {
        int nr = rho.length;
        double[] dRu = new double[nr];
        double[] dRa = new double[nr];
        double[] dRb = new double[nr];
        double[] dRc = new double[nr];
        double[] rhoStage = new double[nr];

        G3Spectrum nu3 = block == null ? null : block.nu;
        f.rate(rho, g, g3, dRu, rate, nu3);
        toSpectrum(rate, specNu);
        toSpectrum(g, specU);
        if (block != null) {
            block.stage(g3, nu3, null, block.st, false);
        }

        combine(stage, (p, at, re) -> {
            // a = E2 u + Q1 Nu
            return mulAdd(e2, specU, p, at, re) + mulAdd(q1, specNu, p, at, re);
        });
        for (int i = 0; i < nr; i++) {
            rhoStage[i] = rho[i] + 0.5 * h * dRu[i];
        }
        f.rate(rhoStage, stage, block == null ? null : block.st, dRa, rate,
                block == null ? null : block.na);
        toSpectrum(rate, specNa);
        if (block != null) {
            block.stage(g3, block.na, null, block.st, false);
        }

        combine(stage, (p, at, re) -> mulAdd(e2, specU, p, at, re)
                + mulAdd(q1, specNa, p, at, re));
        for (int i = 0; i < nr; i++) {
            rhoStage[i] = rho[i] + 0.5 * h * dRa[i];
        }
        f.rate(rhoStage, stage, block == null ? null : block.st, dRb, rate,
                block == null ? null : block.nb);
        toSpectrum(rate, specNb);
        if (block != null) {
            block.stage(g3, block.nu, block.nb, block.st, true);
            block.accumulate();
        }

        // c = E2 a + Q1 (2Nb - Nu), a = E2 u + Q1 Nu
        combine(stage, (p, at, re) -> {
            double ar = mulAdd(e2, specU, p, at, true) + mulAdd(q1, specNu, p, at, true);
            double ai = mulAdd(e2, specU, p, at, false) + mulAdd(q1, specNu, p, at, false);
            double br = 2 * value(specNb, at, true) - value(specNu, at, true);
            double bi = 2 * value(specNb, at, false) - value(specNu, at, false);
            return complexMul(e2, at, ar, ai, re) + complexMul(q1, at, br, bi, re);
        });
        for (int i = 0; i < nr; i++) {
            rhoStage[i] = rho[i] + 0.5 * h * dRu[i] + 0.5 * h * (2 * dRb[i] - dRu[i]);
        }
        f.rate(rhoStage, stage, block == null ? null : block.st, dRc, rate,
                block == null ? null : block.st);
        toSpectrum(rate, specNc);
        if (block != null) {
            block.finish(g3);
        }

        combine(g, (p, at, re) -> {
            double sr = value(specNa, at, true) + value(specNb, at, true);
            double si = value(specNa, at, false) + value(specNb, at, false);
            return mulAdd(e1, specU, p, at, re) + mulAdd(f1, specNu, p, at, re)
                    + complexMul(f2, at, sr, si, re) + mulAdd(f3, specNc, p, at, re);
        });
        for (int i = 0; i < nr; i++) {
            rho[i] += h * (dRu[i] / 6 + (dRa[i] + dRb[i]) / 3 + dRc[i] / 6);
        }
    }

    /** One real component (re or im) of an element of a packed spectrum array at {@code at}. */
    private double value(double[] a, int at, boolean re) {
        int local = at % nz;
        if (local < 2) {
            return re ? a[at] : 0;
        }
        return re ? a[at] : a[at + 1];
    }

    /** Component of {@code coeff[at] × a[at]} (complex product). */
    private double mulAdd(double[] coeff, double[] a, int pairUnused, int at, boolean re) {
        return complexMul(coeff, at, value(a, at, true), value(a, at, false), re);
    }

    private double complexMul(double[] coeff, int at, double xr, double xi, boolean re) {
        int local = at % nz;
        if (local < 2) {
            return re ? coeff[at] * xr : 0;
        }
        double cr = coeff[at];
        double ci = coeff[at + 1];
        return re ? cr * xr - ci * xi : cr * xi + ci * xr;
    }

    /** An expression evaluated per packed spectral element; {@code re} selects the component. */
    private interface Element {
        double value(int pair, int at, boolean re);
    }

    /** Evaluates {@code e} at every spectral element and writes its inverse transform to {@code out}. */
    private void combine(double[] out, Element e) {
        Batch.forPairChunks(nn, (p0, width) -> {
            double[] buf = new double[width * nz];
            for (int b = 0; b < width; b++) {
                int pair = p0 + b;
                int base = pair * nz;
                int lb = b * nz;
                buf[lb] = e.value(pair, base, true);
                buf[lb + 1] = e.value(pair, base + 1, true);
                for (int k = 1; k < nz / 2; k++) {
                    buf[lb + 2 * k] = e.value(pair, base + 2 * k, true);
                    buf[lb + 2 * k + 1] = e.value(pair, base + 2 * k, false);
                }
                grid.inverse(buf, lb);
            }
            Batch.scatterPairs(buf, nn, nz, p0, width, out);
        });
    }

    /** Packed spectra of every pair's profile: {@code out[p Nz + …]} from {@code in[m N² + p]}. */
    void toSpectrum(double[] in, double[] out) {
        Batch.forPairChunks(nn, (p0, width) -> {
            Batch.gatherPairs(in, nn, nz, p0, width, out, p0 * nz);
            for (int b = 0; b < width; b++) {
                grid.forward(out, (p0 + b) * nz);
            }
        });
    }
}
