package org.rapidity.framework.perturbation;

import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.GaussLegendreRule;

/**
 * The momentum-transfer integrals of the generalised Landau and FGR collision integrals,
 * factored out of the rapidity integrals (gBBGKY paper, eqs. (67)-(68)):
 * <pre>
 *   G(s) = ∫dk k² V̂(k) V̂(sk),        K0 = G(1) = ∫dk k² V̂(k)²   (energy² × length⁻¹).
 * </pre>
 * They are computed in real space, where nothing oscillates: {@code k² V̂(k)} is the transform of
 * {@code -V''} and {@code V̂(sk)} that of {@code V(x/s)/|s|}, so by Parseval and one integration
 * by parts
 * <pre>
 *   G(s) = (2π / (s|s|)) ∫dx V'(x) V'(x/s).
 * </pre>
 * {@code G} is even, and the substitution {@code k → sk} gives the inversion
 * {@code G(1/s) = |s|³ G(s)}; it is tabulated once on {@code 0 <= s <= 1} (cubic interpolation)
 * and continued by the inversion, which then holds exactly, as the conservation laws of the
 * discretised collision integrals require. For {@code V = (V0/ξ)φ(x/ξ)},
 * {@code G ∝ V0² ξ⁻³}: the rate scales exactly as {@code V0²/ξ³}.
 */
public final class MomentumTransferIntegrals {

    private static final int TABLE_INTERVALS = 2048;
    private static final double[] NODES = GaussLegendreRule.nodes(24);
    private static final double[] WEIGHTS = GaussLegendreRule.weights(24);

    private final Perturbation perturbation;
    private final double[] table;
    private final double step;

    private MomentumTransferIntegrals(Perturbation perturbation) {
        this.perturbation = perturbation;
        this.step = 1.0 / TABLE_INTERVALS;
        this.table = new double[TABLE_INTERVALS + 1];
        for (int m = 0; m <= TABLE_INTERVALS; m++) {
            table[m] = direct(m * step);
        }
    }

    /** Tabulates the integrals of a perturbation (a few milliseconds). */
    public static MomentumTransferIntegrals of(Perturbation perturbation) {
        return new MomentumTransferIntegrals(perturbation);
    }

    /** The perturbation. */
    public Perturbation perturbation() {
        return perturbation;
    }

    /**
     * {@code G(s)} for {@code 0 <= s <= 1} by direct quadrature, without the table: with
     * {@code x = ξu}, {@code G(s) = (2πξ/s) ∫du V'(sξu) V'(ξu)}, by Gauss–Legendre panels on a
     * geometric partition of {@code u ∈ [0, ∞)} (the integrand is even). At {@code s = 0}, the
     * limit {@code G(0) = V̂(0) ∫dk k² V̂(k) = -2π V''(0) V̂(0)}, extrapolated from tiny {@code s}.
     */
    public double direct(double s) {
        double xi = perturbation.range();
        if (s == 0) {
            // G is continuous at 0 (G(0) = -2π V''(0) V̂(0)); extrapolate linearly from tiny s,
            // which works also for profiles with a kink in V'' at 0 (the power law)
            double e = 1e-7;
            return 2 * direct(e) - direct(2 * e);
        }
        double sum = 0;
        double a = 0;
        double b = 0.25;
        int quiet = 0;
        while (b < 1e9) {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (b + a);
            double panel = 0;
            for (int i = 0; i < NODES.length; i++) {
                double u = mid + half * NODES[i];
                panel += WEIGHTS[i] * perturbation.potentialDerivative(s * xi * u)
                        * perturbation.potentialDerivative(xi * u);
            }
            panel *= half;
            sum += panel;
            quiet = Math.abs(panel) <= 1e-18 * Math.abs(sum) ? quiet + 1 : 0;
            if (quiet >= 3) {
                break;
            }
            a = b;
            b *= 2;
        }
        return 2 * Math.PI * xi / s * 2 * sum;
    }

    /** {@code G(s) = ∫dk k² V̂(k) V̂(sk)} for any real {@code s}. */
    public double g(double s) {
        double a = Math.abs(s);
        if (a <= 1) {
            return interpolate(a);
        }
        double t = 1 / a;
        return interpolate(t) * t * t * t;
    }

    /** {@code K0 = ∫dk k² V̂(k)²}. */
    public double k0() {
        return table[TABLE_INTERVALS];
    }

    /**
     * {@code H(a, b) = a² G(a/b)/|b|}, written so that it never divides by a small number:
     * {@code H(a, b) = H(b, a)} (by the inversion of {@code G}), {@code H(0, b) = H(a, 0) = 0}.
     * This is the combination in which {@code G} enters the self term of the Landau integral.
     */
    public double h(double a, double b) {
        double aa = Math.abs(a);
        double ab = Math.abs(b);
        if (aa <= ab) {
            return ab == 0 ? 0 : a * a * interpolate(aa / ab) / ab;
        }
        return b * b * interpolate(ab / aa) / aa;
    }

    /** Cubic (four-point Lagrange) interpolation of the table at {@code 0 <= s <= 1}. */
    private double interpolate(double s) {
        double x = s / step;
        int i = (int) Math.floor(x);
        if (i >= TABLE_INTERVALS) {
            return table[TABLE_INTERVALS];
        }
        int i0 = Math.max(0, Math.min(i - 1, TABLE_INTERVALS - 3));
        double t = x - i0;
        double y0 = table[i0];
        double y1 = table[i0 + 1];
        double y2 = table[i0 + 2];
        double y3 = table[i0 + 3];
        return y0 * (t - 1) * (t - 2) * (t - 3) / -6 + y1 * t * (t - 2) * (t - 3) / 2
                + y2 * t * (t - 1) * (t - 3) / -2 + y3 * t * (t - 1) * (t - 2) / 6;
    }
}
