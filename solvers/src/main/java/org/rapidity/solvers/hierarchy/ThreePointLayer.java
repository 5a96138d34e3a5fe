package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.jtransforms.fft.DoubleFFT_1D;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Perturbation;

/**
 * The three-point layer of the homogeneous gBBGKY hierarchy, eq. (49), and its two feedbacks on
 * the two-point layer (48), for the {@code three-point} truncation ({@code g4 = 0}).
 *
 * <h2>Coordinates and storage</h2>
 * {@code g3_{abc}(x1, x2, x3)} depends on {@code s1 = x1 - x3}, {@code s2 = x2 - x3}; it is held in
 * the mode basis of the two-point layer ({@code g̃3 = (S⊗S⊗S) g3}) and <em>in Fourier space</em>,
 * on a periodic {@code Ns × Ns} grid of the same spacing {@code Δz} as the two-point grid
 * ({@code |s| <= L3 = Ns Δz/2 <= L}): {@code ĝ(t; n1, n2)} for {@code n1 ∈ [0, Ns)},
 * {@code n2 ∈ [0, Ns/2]} (the rest by Hermitian symmetry), one plane per stored triple
 * {@code t} of {@link TripleStorage} ({@code N³} planes for {@code full}, {@code N(N+1)(N+2)/6}
 * for {@code symmetric}), {@code 2 T Ns (Ns/2+1)} doubles per copy. In Fourier space the
 * transport of (49), {@code ∂_t g̃3 + (v_a - v_c)∂_{s1} g̃3 + (v_b - v_c)∂_{s2} g̃3}, is a phase, the
 * contact sources are lines whose transforms are one-dimensional, and the feedbacks are sums
 * along lines: no two-dimensional transform is needed except for the absorbing layer. The ETDRK4
 * integrator needs five copies: {@code 10 T Ns (Ns/2+1) × 8} bytes in double precision, half
 * that in single ({@link G3Spectrum}); {@code N = 40, Ns = 64}: 10.8 GB full, 1.94 GB
 * symmetric, 0.97 GB symmetric in single precision.
 *
 * <h2>Hexagonal truncation</h2>
 * The spectral derivative of a periodic grid takes the signed wavenumbers {@code |p| < Ns/2} of
 * {@code s1} and {@code s2}; the third leg's {@code p_c = -(p_a + p_b)} then leaves that band in
 * a quarter of the plane (and the Nyquist lines have no sign), where the transport is not the
 * same for the orderings of one triple. With {@code hexagonal}, these modes are removed (the
 * sources and the absorbing layer are projected on {@code |p_a|, |p_b|, |p_a + p_b| < Ns/2}, a
 * hexagon in the plane): the discrete layer is then exactly symmetric under the permutations,
 * and {@code symmetric} storage reproduces {@code full} storage to rounding. {@code symmetric}
 * storage requires it.
 *
 * <h2>Equations</h2>
 * With {@code M̃}, {@code H̃} the tensors of {@link ModeTensors} and {@code f_{abc}(z) = Σ_ζ M̃(a, b,
 * ζ) ∂_z G̃_{ζc}(z)}:
 * <pre>
 *   ∂_t g̃3_{abc}(s1, s2) = L g̃3 + δ(s1 - s2) f_{abc}(s1) + δ(s2) f_{bca}(-s1) + δ(s1) f_{cab}(-s2),   (49)
 *   ∂_t G̃(z) ⊃ X(z) + X(-z)^T,   X(z) = -½ ∂_z Σ_{γη} H̃(·, γ, η) g̃3_{γη·}(z, z)
 *                                      + D̂ Σ_c ŵ_c ∫ds V'(s) g̃3_{··c}(s, s - z),              (48)
 * </pre>
 * the first feedback being {@code ½∂_x1(H g3^sym(x1⁺, x1⁻, x2))} (the value on the line
 * {@code s1 = s2}, where the band-limited representation of the step that the contact source
 * builds takes its mid value, the symmetric limit), the second the {@code V' g3} term. The
 * transport of {@code g3} uses the velocities of the reference state of the basis (the explicit
 * correction {@code S A(ρ) S^{-1} - diag(v)} that the two-point layer carries costs
 * {@code N⁴ Ns²} per evaluation here and is left out: {@code g3} moves with the flux Jacobian of
 * the reference density, renewed when {@code ρ} has moved by 1%).
 *
 * <p>Not thread-safe; internal loops run in parallel.
 */
final class ThreePointLayer {

    private final int n;
    private final TripleStorage storage;
    private final boolean single;
    private final int ns;
    private final int nh;
    private final double ds;
    private final SeparationGrid grid;
    private final int[] node;
    private final double[] wave;
    private final double[] forceConj;
    private final double[] damping;
    private final ThreadLocal<DoubleFFT_1D> fft;
    private final PlaneElements elements;

    /**
     * @param storage the stored rapidity triples ({@code full} or {@code symmetric})
     * @param hexagonal remove the modes outside the hexagon (required by {@code symmetric})
     * @param grid the two-point separation grid
     * @param points {@code Ns}, even, at most the two-point grid's
     * @param perturbation the potential
     * @param layer fraction of {@code [0, L3]} taken by the absorbing layer
     * @param vmax largest relative speed (for the layer's strength)
     * @param single store the copies of {@code ĝ3} in single precision ({@link G3Spectrum})
     */
    ThreePointLayer(TripleStorage storage, boolean hexagonal, SeparationGrid grid, int points,
            Perturbation perturbation, double layer, double vmax, boolean single) {
        int n = storage.modes();
        if (!hexagonal && storage.count() != n * n * n) {
            throw new IllegalArgumentException("symmetric storage needs the hexagonal truncation");
        }
        if (points % 2 != 0 || points < 8 || points > grid.size()) {
            throw new InvalidInputException("solver.g3_points", "need an even number of"
                    + " separations for g3, at least 8 and at most solver.z_points = "
                    + grid.size() + "; got " + points);
        }
        long size = 2L * storage.count() * points * (points / 2 + 1);
        if (size > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException("solver.g3_points", "g3 on " + n + " rapidities and "
                    + points + "² separations needs " + size + " values per copy, more than a"
                    + " Java array holds; use fewer points");
        }
        this.n = n;
        this.storage = storage;
        this.single = single;
        this.ns = points;
        this.nh = points / 2 + 1;
        this.ds = grid.spacing();
        this.grid = grid;
        this.node = new int[ns];
        for (int m = 0; m < ns; m++) {
            node[m] = m <= ns / 2 ? m : grid.size() - (ns - m);
        }
        double halfLength = ns * ds / 2;
        this.wave = new double[ns];
        for (int k = 0; k < ns; k++) {
            int signed = k < ns / 2 ? k : k - ns;
            wave[k] = k == ns / 2 ? 0 : Math.PI * signed / halfLength;
        }
        // conj of the DFT of V' on the g3 grid: -i k V̂(k)/Δs
        this.forceConj = new double[2 * ns];
        for (int k = 0; k < ns; k++) {
            forceConj[2 * k + 1] = -wave[k] * perturbation.fourierTransform(wave[k]) / ds;
        }
        this.damping = new double[ns];
        if (layer > 0) {
            double width = layer * halfLength;
            double start = halfLength - width;
            double peak = 60 * vmax / width;
            for (int m = 0; m < ns; m++) {
                double s = Math.abs((m <= ns / 2 ? m : m - ns) * ds);
                if (s > start) {
                    double x = (s - start) / width;
                    damping[m] = peak * x * x;
                }
            }
        }
        this.fft = ThreadLocal.withInitial(() -> new DoubleFFT_1D(ns));
        this.elements = new PlaneElements(ns, hexagonal);
    }

    /** Doubles in one copy of {@code ĝ3}. */
    int size() {
        return 2 * storage.count() * ns * nh;
    }

    /** A zero copy of {@code ĝ3} in the layer's precision. */
    G3Spectrum newSpectrum() {
        return G3Spectrum.zeros(single, size());
    }

    /** The kept elements {@code k1 (Ns/2+1) + k2} of a plane, increasing (do not modify). */
    int[] keptElements() {
        return elements.index;
    }

    /** Whether {@code ĝ3} is stored in single precision. */
    boolean single() {
        return single;
    }

    /** The stored triples. */
    TripleStorage storage() {
        return storage;
    }

    /** Whether element {@code (k1, k2)} is kept: always, or inside the hexagon. */
    boolean kept(int k1, int k2) {
        return elements.kept(k1, k2);
    }

    /** {@code Ns}. */
    int points() {
        return ns;
    }

    private int at(int t, int n1, int n2) {
        return ((t * ns + n1) * nh + n2) * 2;
    }

    /**
     * The contact sources of (49), {@code Ŝ(abc; n1, n2) = [F_abc(n1+n2) + conj F_bca(n1) +
     * conj F_cab(n2)]/Δs} with {@code F} the transform of {@code f_{abc}(s_m)}.
     *
     * @param mt {@code M̃} in the basis
     * @param dg {@code ∂_z G̃(z)} on the two-point grid (layout {@code (m N + i) N + j})
     * @param out the source spectrum (overwritten)
     */
    void source(double[] mt, double[] dg, G3Spectrum out) {
        int nn = n * n;
        int n3 = nn * n;
        // f_{abc}(s_m) then its full complex spectrum F[t][k] (re, im)
        double[] spec = new double[n3 * 2 * ns];
        IntStream.range(0, nn).parallel().forEach(ab -> {
            // f[m N + c] (c fastest: the inner loop runs along a row of ∂_z G̃)
            double[] f = new double[n * ns];
            for (int m = 0; m < ns; m++) {
                int base = node[m] * nn;
                int row0 = m * n;
                for (int z = 0; z < n; z++) {
                    double coeff = mt[ab * n + z];
                    if (coeff == 0) {
                        continue;
                    }
                    int row = base + z * n;
                    for (int c = 0; c < n; c++) {
                        f[row0 + c] += coeff * dg[row + c];
                    }
                }
            }
            double[] buf = new double[ns];
            for (int c = 0; c < n; c++) {
                for (int m = 0; m < ns; m++) {
                    buf[m] = f[m * n + c];
                }
                fft.get().realForward(buf);
                int t = ab * n + c;
                unpack(buf, spec, t * 2 * ns);
            }
        });
        IntStream.range(0, storage.count()).parallel().forEach(t -> {
            int[] l = storage.legs(t);
            int a = l[0];
            int b = l[1];
            int c = l[2];
            int s1 = ((a * n + b) * n + c) * 2 * ns;
            int s2 = ((b * n + c) * n + a) * 2 * ns;
            int s3 = ((c * n + a) * n + b) * 2 * ns;
            int p = at(t, 0, 0);
            double inv = 1 / ds;
            for (int k1 = 0; k1 < ns; k1++) {
                for (int k2 = 0; k2 < nh; k2++, p += 2) {
                    if (!kept(k1, k2)) {
                        out.set(p, 0);
                        out.set(p + 1, 0);
                        continue;
                    }
                    int k = k1 + k2 < ns ? k1 + k2 : k1 + k2 - ns;
                    double re = spec[s1 + 2 * k] + spec[s2 + 2 * k1] + spec[s3 + 2 * k2];
                    double im = spec[s1 + 2 * k + 1] - spec[s2 + 2 * k1 + 1]
                            - spec[s3 + 2 * k2 + 1];
                    out.set(p, re * inv);
                    out.set(p + 1, im * inv);
                }
            }
        });
    }

    /** Full complex spectrum from JTransforms' packed real one. */
    private void unpack(double[] packed, double[] out, int offset) {
        out[offset] = packed[0];
        out[offset + 1] = 0;
        out[offset + ns] = packed[1];
        out[offset + ns + 1] = 0;
        for (int k = 1; k < ns / 2; k++) {
            out[offset + 2 * k] = packed[2 * k];
            out[offset + 2 * k + 1] = packed[2 * k + 1];
            out[offset + 2 * (ns - k)] = packed[2 * k];
            out[offset + 2 * (ns - k) + 1] = -packed[2 * k + 1];
        }
    }

    /**
     * The feedbacks of {@code g3} on the two-point layer, on the two-point grid (zero beyond the
     * three-point window): {@code yh(z) = Σ_{γη} H̃(·, γ, η) g̃3_{γη·}(z, z)} (to enter as
     * {@code -½∂_z yh}) and {@code xv(z) = D̂ Σ_c ŵ_c ∫ds V'(s) g̃3_{··c}(s, s - z)}.
     */
    void feedback(G3Spectrum g3, double[] ht, double[] wHat, DMatrixRMaj dHat, double[] yh,
            double[] xv) {
        int nn = n * n;
        int n3 = nn * n;
        java.util.Arrays.fill(yh, 0);
        java.util.Arrays.fill(xv, 0);
        // every ordered triple o (legs γ η κ = stored legs π0 π1 π2) from its stored plane:
        // D_o(k) = Σ_{-p_π2 ≡ k} c(k2) ĝ(k1, k2), whose inverse transform's real part is
        // g̃3_{γηκ}(z, z), the line x_γ = x_η at z = x_γ - x_κ (for π = id: k = k1 + k2, s1 = s2);
        // and per ordered pair (α β) = (γ η): B_{αβ}(q) = Σ_{p_π1 ≡ q} ŵ_κ c(k2) ĝ conjF'(-p_π2)
        double[] diag = new double[n3 * 2 * ns];
        int chunks = Math.max(1, Math.min(storage.count(), 2 * Runtime.getRuntime()
                .availableProcessors()));
        double[][] pairs = new double[chunks][];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            double[] acc = new double[nn * 2 * ns];
            double[][] line = new double[3][2 * ns];
            int plane = 2 * ns * nh;
            double[] buf = new double[plane];
            int count = elements.count();
            int[][] legNegative = elements.legNegative;
            int[][] legMomentum = elements.legMomentum;
            double[] gc = new double[2 * count];
            for (int t = chunk; t < storage.count(); t += chunks) {
                int[] legs = storage.legs(t);
                int[] orderings = storage.orderings(t);
                // the kept elements e of the plane, times c(k2) (the other half plane)
                g3.read(at(t, 0, 0), buf, 0, plane);
                for (int e = 0; e < count; e++) {
                    int el = elements.index[e];
                    double c = elements.halfPlaneWeight[e];
                    gc[2 * e] = c * buf[2 * el];
                    gc[2 * e + 1] = c * buf[2 * el + 1];
                }
                for (int j = 0; j < 3; j++) {
                    double[] l = line[j];
                    int[] neg = legNegative[j];
                    java.util.Arrays.fill(l, 0);
                    for (int e = 0; e < count; e++) {
                        l[2 * neg[e]] += gc[2 * e];
                        l[2 * neg[e] + 1] += gc[2 * e + 1];
                    }
                }
                for (int q : orderings) {
                    int[] pi = TripleStorage.PERMUTATIONS[q];
                    double w = wHat[legs[pi[2]]];
                    int[] neg = legNegative[pi[2]];
                    int[] mom = legMomentum[pi[1]];
                    int base = (legs[pi[0]] * n + legs[pi[1]]) * ns * 2;
                    for (int e = 0; e < count; e++) {
                        double gr = gc[2 * e];
                        double gi = gc[2 * e + 1];
                        int f = 2 * neg[e];
                        double fr = w * forceConj[f];
                        double fi = w * forceConj[f + 1];
                        int dst = base + 2 * mom[e];
                        acc[dst] += gr * fr - gi * fi;
                        acc[dst + 1] += gr * fi + gi * fr;
                    }
                }
                for (int q : orderings) {
                    int sep = TripleStorage.PERMUTATIONS[q][2];
                    System.arraycopy(line[sep], 0, diag, storage.ordered(t, q) * 2 * ns, 2 * ns);
                }
            }
            pairs[chunk] = acc;
        });
        // E_{1c}(k) = Σ_{ab} H̃(1, a, b) D_{abc}(k), then y(m) = Re (1/Ns²) Σ_k E(k) e^{2πimk/Ns}
        // (a product N × N² by N² × N·2Ns, D read once)
        int cols = n * 2 * ns;
        double[] e = new double[n * cols];
        Batch.blockedProduct(ht, n, nn, diag, 0, cols, e, 0, 0);
        IntStream.range(0, n).parallel().forEach(one -> {
            double[] buf = new double[2 * ns];
            for (int c = 0; c < n; c++) {
                System.arraycopy(e, one * cols + c * 2 * ns, buf, 0, 2 * ns);
                fft.get().complexInverse(buf, true);
                for (int m = 0; m < ns; m++) {
                    yh[node[m] * nn + one * n + c] = buf[2 * m] / ns;
                }
            }
        });
        // q_ab(m) = (Δs/Ns²) Re Σ_q B_ab(q) e^{-2πimq/Ns}
        double[] q = new double[ns * nn];
        IntStream.range(0, nn).parallel().forEach(ab -> {
            double[] b = new double[2 * ns];
            for (double[] acc : pairs) {
                for (int k = 0; k < 2 * ns; k++) {
                    b[k] += acc[ab * 2 * ns + k];
                }
            }
            // Σ_q B(q) e^{-2πimq/Ns}: a forward complex transform
            fft.get().complexForward(b);
            for (int m = 0; m < ns; m++) {
                q[m * nn + ab] = ds * b[2 * m] / ((double) ns * ns);
            }
        });
        IntStream.range(0, ns).parallel().forEach(m -> {
            int dst = node[m] * nn;
            int src = m * nn;
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < n; a++) {
                    double d = dHat.data[i * n + a];
                    if (d == 0) {
                        continue;
                    }
                    for (int j = 0; j < n; j++) {
                        xv[dst + i * n + j] += d * q[src + a * n + j];
                    }
                }
            }
        });
    }

    /**
     * Phase tables of the transport over a time {@code τ}: {@code e^{-i(v_a - v_c) k_n τ}} for
     * every pair {@code (a, c)} and wavenumber {@code n}, as (re, im).
     */
    double[] phases(double[] velocity, double tau) {
        double[] p = new double[n * n * ns * 2];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < n; c++) {
                double dv = velocity[a] - velocity[c];
                for (int k = 0; k < ns; k++) {
                    double y = -dv * wave[k] * tau;
                    int i = ((a * n + c) * ns + k) * 2;
                    p[i] = Math.cos(y);
                    p[i + 1] = Math.sin(y);
                }
            }
        }
        return p;
    }

    /** Wavenumbers {@code k_n} of the three-point grid (Nyquist as 0) (do not modify). */
    double[] wavenumbers() {
        return wave;
    }

    /** Element {@code (t, k1, k2)} index into a spectrum array. */
    int index(int t, int k1, int k2) {
        return at(t, k1, k2);
    }

    /** {@code N}, {@code Ns/2 + 1}. */
    int modes() {
        return n;
    }

    int halfPoints() {
        return nh;
    }

    /**
     * Applies the absorbing layer for a time {@code h}, {@code g̃3 ← e^{-σh} g̃3} with
     * {@code σ = σ(s1) + σ(s2) + σ(s1 - s2)} (a pair separation in the layer), through the
     * separations and back.
     */
    void absorb(G3Spectrum g3, double h) {
        boolean any = false;
        for (double s : damping) {
            any |= s > 0;
        }
        if (!any) {
            return;
        }
        double[] factor = new double[ns * ns];
        for (int m1 = 0; m1 < ns; m1++) {
            for (int m2 = 0; m2 < ns; m2++) {
                int d = Math.floorMod(m1 - m2, ns);
                factor[m1 * ns + m2] = Math.exp(-h * (damping[m1] + damping[m2] + damping[d]));
            }
        }
        IntStream.range(0, storage.count()).parallel().forEach(t -> {
            double[] col = new double[2 * ns];
            double[] plane = new double[ns * ns];
            double[] half = new double[ns * 2 * nh];
            DoubleFFT_1D f = fft.get();
            // inverse along k1 for every k2, then along k2 (real) for every m1
            for (int k2 = 0; k2 < nh; k2++) {
                for (int k1 = 0; k1 < ns; k1++) {
                    int p = at(t, k1, k2);
                    col[2 * k1] = g3.get(p);
                    col[2 * k1 + 1] = g3.get(p + 1);
                }
                f.complexInverse(col, true);
                for (int m1 = 0; m1 < ns; m1++) {
                    half[(m1 * nh + k2) * 2] = col[2 * m1];
                    half[(m1 * nh + k2) * 2 + 1] = col[2 * m1 + 1];
                }
            }
            double[] row = new double[ns];
            for (int m1 = 0; m1 < ns; m1++) {
                int h0 = m1 * nh * 2;
                row[0] = half[h0];
                row[1] = half[h0 + 2 * (ns / 2)];
                for (int k = 1; k < ns / 2; k++) {
                    row[2 * k] = half[h0 + 2 * k];
                    row[2 * k + 1] = half[h0 + 2 * k + 1];
                }
                f.realInverse(row, true);
                for (int m2 = 0; m2 < ns; m2++) {
                    plane[m1 * ns + m2] = row[m2] * factor[m1 * ns + m2];
                }
            }
            for (int m1 = 0; m1 < ns; m1++) {
                System.arraycopy(plane, m1 * ns, row, 0, ns);
                f.realForward(row);
                int h0 = m1 * nh * 2;
                half[h0] = row[0];
                half[h0 + 1] = 0;
                half[h0 + 2 * (ns / 2)] = row[1];
                half[h0 + 2 * (ns / 2) + 1] = 0;
                for (int k = 1; k < ns / 2; k++) {
                    half[h0 + 2 * k] = row[2 * k];
                    half[h0 + 2 * k + 1] = row[2 * k + 1];
                }
            }
            for (int k2 = 0; k2 < nh; k2++) {
                for (int m1 = 0; m1 < ns; m1++) {
                    col[2 * m1] = half[(m1 * nh + k2) * 2];
                    col[2 * m1 + 1] = half[(m1 * nh + k2) * 2 + 1];
                }
                f.complexForward(col);
                for (int k1 = 0; k1 < ns; k1++) {
                    int p = at(t, k1, k2);
                    boolean keep = kept(k1, k2);
                    g3.set(p, keep ? col[2 * k1] : 0);
                    g3.set(p + 1, keep ? col[2 * k1 + 1] : 0);
                }
            }
        });
    }
}
