package org.rapidity.solvers.hierarchy;

import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The three-point part of an ETDRK4 step ({@link ExponentialStepper}): {@code ĝ3} lives in
 * Fourier space, where its linear part is the phase {@code z = iy},
 * {@code y = -h[(v_a - v_c) k1 + (v_b - v_c) k2]}. The exponential coefficients are computed per
 * element when they are used (there are too many to store): {@code e^{z}} and {@code e^{z/2}} as
 * products of two tabulated one-dimensional phases, the {@code φ} functions from them
 * ({@code φ1 = (e^z - 1)/z}, …, exact divisions by the imaginary {@code z}) or from their Taylor
 * series where {@code |y| < 0.2}. Holds the four work copies of {@code ĝ3} the step needs
 * ({@code N(u)}, {@code N(a)} then {@code N(a) + N(b)}, {@code N(b)}, the stage and then
 * {@code N(c)}); with the state itself five copies.
 */
final class ThreePointBlock {

    final G3Spectrum nu;
    final G3Spectrum na;
    final G3Spectrum nb;
    final G3Spectrum st;
    private final ThreePointLayer layer;
    private final double h;
    private final double[] velocity;
    private final double[] half;
    private final double[] full;
    private final int n;
    private final int ns;
    private final int nh;

    ThreePointBlock(ThreePointLayer layer, double[] velocity, double h) {
        this.layer = layer;
        this.h = h;
        this.velocity = velocity.clone();
        this.half = layer.phases(velocity, h / 2);
        this.full = layer.phases(velocity, h);
        this.n = layer.modes();
        this.ns = layer.points();
        this.nh = layer.halfPoints();
        this.nu = layer.newSpectrum();
        this.na = layer.newSpectrum();
        this.nb = layer.newSpectrum();
        this.st = layer.newSpectrum();
    }

    /** The step. */
    double step() {
        return h;
    }

    /** The velocities of the transport. */
    double[] velocity() {
        return velocity.clone();
    }

    /** {@code na ← na + nb}. */
    void accumulate() {
        na.addAll(nb);
    }

    /** The update of element {@code i} of {@code ĝ3} given {@code e^{z}} (re, im) and {@code y}. */
    @FunctionalInterface
    private interface ElementUpdate {
        void apply(int i, double[] e, double y);
    }

    /**
     * Runs an update over every element of {@code ĝ3} (triples in parallel, {@code perTriple}
     * gives each its own update and scratch) with the phase {@code e^{z} = P(a,c,k1) P(b,c,k2)}
     * from {@code phases} (tabulated at step {@code tau}) and
     * {@code y = -τ[(v_a - v_c) k1 + (v_b - v_c) k2]}.
     */
    private void forEachElement(double[] phases, double tau, Supplier<ElementUpdate> perTriple) {
        double[] wave = layer.wavenumbers();
        int[] kept = layer.keptElements();
        TripleStorage storage = layer.storage();
        IntStream.range(0, storage.count()).parallel().forEach(t -> {
            int[] legs = storage.legs(t);
            int a = legs[0];
            int b = legs[1];
            int cc = legs[2];
            double dv1 = velocity[a] - velocity[cc];
            double dv2 = velocity[b] - velocity[cc];
            double[] e = new double[2];
            ElementUpdate update = perTriple.get();
            int i0 = layer.index(t, 0, 0);
            int q1 = (a * n + cc) * ns * 2;
            int q2 = (b * n + cc) * ns * 2;
            // the elements outside the hexagon stay zero (every update is linear in them)
            for (int el : kept) {
                int k1 = el / nh;
                int k2 = el - k1 * nh;
                int p1 = q1 + 2 * k1;
                int p2 = q2 + 2 * k2;
                e[0] = phases[p1] * phases[p2] - phases[p1 + 1] * phases[p2 + 1];
                e[1] = phases[p1] * phases[p2 + 1] + phases[p1 + 1] * phases[p2];
                update.apply(i0 + 2 * el, e, -tau * (dv1 * wave[k1] + dv2 * wave[k2]));
            }
        });
    }

    /**
     * A stage: {@code out = e^{z/2} u + (h/2) φ1(z/2) x} or, for {@code c},
     * {@code out = e^{z/2}(e^{z/2} u + (h/2)φ1(z/2) x) + (h/2)φ1(z/2)(2 y - x)}.
     */
    void stage(G3Spectrum u, G3Spectrum x, G3Spectrum y, G3Spectrum out, boolean c) {
        forEachElement(half, 0.5 * h, () -> {
            double[] q = new double[2];
            return (i, e, yHalf) -> {
                phi1(e, yHalf, q);
                q[0] *= 0.5 * h;
                q[1] *= 0.5 * h;
                double ur = u.get(i);
                double ui = u.get(i + 1);
                double xr = x.get(i);
                double xi = x.get(i + 1);
                double ar = e[0] * ur - e[1] * ui + q[0] * xr - q[1] * xi;
                double ai = e[0] * ui + e[1] * ur + q[0] * xi + q[1] * xr;
                if (c) {
                    double br = 2 * y.get(i) - xr;
                    double bi = 2 * y.get(i + 1) - xi;
                    out.set(i, e[0] * ar - e[1] * ai + q[0] * br - q[1] * bi);
                    out.set(i + 1, e[0] * ai + e[1] * ar + q[0] * bi + q[1] * br);
                } else {
                    out.set(i, ar);
                    out.set(i + 1, ai);
                }
            };
        });
    }

    /**
     * {@code u ← e^z u + h[(φ1 - 3φ2 + 4φ3) N(u) + 2(φ2 - 2φ3)(N(a) + N(b)) + (4φ3 - φ2) N(c)]},
     * with {@code N(a) + N(b)} in {@code na} and {@code N(c)} in {@code st}.
     */
    void finish(G3Spectrum u) {
        forEachElement(full, h, () -> {
            double[] phi = new double[6];
            double[] tmp = new double[2];
            return (i, e, y) -> {
                phis(e, y, phi, tmp);
                double f1r = h * (phi[0] - 3 * phi[2] + 4 * phi[4]);
                double f1i = h * (phi[1] - 3 * phi[3] + 4 * phi[5]);
                double f2r = 2 * h * (phi[2] - 2 * phi[4]);
                double f2i = 2 * h * (phi[3] - 2 * phi[5]);
                double f3r = h * (4 * phi[4] - phi[2]);
                double f3i = h * (4 * phi[5] - phi[3]);
                double ur = u.get(i);
                double ui = u.get(i + 1);
                double nur = nu.get(i);
                double nui = nu.get(i + 1);
                double nar = na.get(i);
                double nai = na.get(i + 1);
                double str = st.get(i);
                double sti = st.get(i + 1);
                u.set(i, e[0] * ur - e[1] * ui + f1r * nur - f1i * nui + f2r * nar - f2i * nai
                        + f3r * str - f3i * sti);
                u.set(i + 1, e[0] * ui + e[1] * ur + f1r * nui + f1i * nur + f2r * nai
                        + f2i * nar + f3r * sti + f3i * str);
            };
        });
    }

    /** {@code φ1(iy)} from {@code e = e^{iy}} (series for small {@code |y|}). */
    static void phi1(double[] e, double y, double[] out) {
        if (Math.abs(y) < 0.2) {
            series(y, 1, out);
            return;
        }
        // (e - 1)/(iy) = (e - 1)(-i/y)
        double r = e[0] - 1;
        double i = e[1];
        out[0] = i / y;
        out[1] = -r / y;
    }

    /** {@code φ1, φ2, φ3} at {@code iy} into {@code out} (re, im pairs). */
    static void phis(double[] e, double y, double[] out, double[] tmp) {
        if (Math.abs(y) < 0.2) {
            for (int k = 1; k <= 3; k++) {
                series(y, k, tmp);
                out[2 * k - 2] = tmp[0];
                out[2 * k - 1] = tmp[1];
            }
            return;
        }
        double[] inv = {1, 1, 0.5};
        double pr = e[0];
        double pi = e[1];
        for (int k = 0; k < 3; k++) {
            double r = pr - inv[k];
            // (r + i pi)(-i/y) = pi/y - i r/y
            double nr = pi / y;
            double ni = -r / y;
            out[2 * k] = nr;
            out[2 * k + 1] = ni;
            pr = nr;
            pi = ni;
        }
    }

    /** {@code φ_k(iy) = Σ_m (iy)^m/(m+k)!}, twelve terms ({@code |y| < 0.2}: error below 1e-20). */
    static void series(double y, int k, double[] out) {
        double fact = 1;
        for (int j = 2; j <= k; j++) {
            fact *= j;
        }
        double tr = 1 / fact;
        double ti = 0;
        double re = 0;
        double im = 0;
        for (int m = 0; m < 12; m++) {
            re += tr;
            im += ti;
            double nr = -ti * y / (m + k + 1);
            double ni = tr * y / (m + k + 1);
            tr = nr;
            ti = ni;
        }
        out[0] = re;
        out[1] = im;
    }
}
