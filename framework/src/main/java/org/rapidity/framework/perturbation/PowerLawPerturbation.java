package org.rapidity.framework.perturbation;

import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.tba.GaussLegendreRule;

/**
 * The long-range potential of the gBBGKY paper, eq. (73): {@code V(x) = (V0/ξ)/(1 + |x/ξ|³)},
 * which mimics dipolar interactions.
 *
 * <h2>Fourier transform</h2>
 * {@code φ̂(q) = 2 Re ∫_0^∞ du e^{iqu}/(1+u³)} has no closed form. For {@code q > 0} the contour
 * is rotated onto the positive imaginary axis: {@code 1/(1+z³)} is analytic in the first quadrant
 * but for the simple pole {@code z0 = e^{iπ/3}}, and by Jordan's lemma
 * <pre>
 *   ∫_0^∞ du e^{iqu}/(1+u³) = 2πi e^{iq z0}/(3 z0²) + i ∫_0^∞ dy e^{-qy}/(1 - i y³),
 * </pre>
 * a residue and a non-oscillatory, exponentially damped integral, evaluated by Gauss–Legendre
 * panels. Accurate to about {@code 1e-14} relative for every {@code q}; the tests compare it with
 * direct quadrature, with {@code φ̂(0) = 4π/(3√3)} and with the large-{@code q} expansion
 * {@code φ̂ ≈ -12/q⁴ + 725760/q^10} that follows from the kink {@code -|u|³} of {@code φ} at 0.
 */
public final class PowerLawPerturbation extends ScaledPerturbation {

    /** {@code φ̂(0) = 2∫_0^∞ du/(1+u³) = 4π/(3√3)}. */
    public static final double PROFILE_INTEGRAL = 4 * Math.PI / (3 * Math.sqrt(3));

    private static final double[] GL_NODES = GaussLegendreRule.nodes(32);
    private static final double[] GL_WEIGHTS = GaussLegendreRule.weights(32);

    /** @see ScaledPerturbation#ScaledPerturbation */
    public PowerLawPerturbation(double strength, double range, Parameters parameters) {
        super(strength, range, parameters);
    }

    @Override
    public String name() {
        return "power-law";
    }

    @Override
    public double profile(double u) {
        double a = Math.abs(u);
        return 1 / (1 + a * a * a);
    }

    @Override
    public double profileDerivative(double u) {
        double a = Math.abs(u);
        double d = 1 + a * a * a;
        return -3 * u * a / (d * d);
    }

    @Override
    public double profileFourierTransform(double q) {
        double k = Math.abs(q);
        if (k == 0) {
            return PROFILE_INTEGRAL;
        }
        // residue: 2πi e^{ik z0}/(3 z0²), z0 = e^{iπ/3}; real part of twice it
        double c = 0.5;
        double s = Math.sqrt(3) / 2;
        double damp = Math.exp(-k * s);
        // e^{ik z0} = damp (cos(kc) + i sin(kc)); 1/z0² = e^{-2iπ/3} = (-1/2, -√3/2)
        double er = damp * Math.cos(k * c);
        double ei = damp * Math.sin(k * c);
        double zr = -0.5;
        double zi = -Math.sqrt(3) / 2;
        double prodR = er * zr - ei * zi;
        double prodI = er * zi + ei * zr;
        // 2πi/3 * prod -> real part = -(2π/3) * prodI
        double residueReal = -(2 * Math.PI / 3) * prodI;
        // i ∫ e^{-ky}/(1 - i y³) dy -> real part = -∫ e^{-ky} Im[1/(1 - i y³)] dy
        //   1/(1 - i y³) = (1 + i y³)/(1 + y⁶)  => real part of i*(...) = -∫ e^{-ky} y³/(1+y⁶)
        double integral = dampedIntegral(k);
        return 2 * (residueReal - integral);
    }

    /** {@code ∫_0^∞ dy e^{-ky} y³/(1+y⁶)} by Gauss–Legendre panels on a geometric partition. */
    static double dampedIntegral(double k) {
        double sum = 0;
        // panels [0, 0.25], then doubling, until the integrand is negligible
        double a = 0;
        double b = Math.min(0.25, 1 / k);
        while (true) {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (b + a);
            double panel = 0;
            for (int i = 0; i < GL_NODES.length; i++) {
                double y = mid + half * GL_NODES[i];
                double y3 = y * y * y;
                panel += GL_WEIGHTS[i] * Math.exp(-k * y) * y3 / (1 + y3 * y3);
            }
            sum += half * panel;
            // bound of the remaining tail: ∫_b^∞ e^{-ky} y^{-3} dy <= e^{-kb}/(k b³) and <= 1/(2b²)
            double tail = Math.min(Math.exp(-k * b) / (k * b * b * b), 1 / (2 * b * b));
            if (tail < 1e-17 * Math.abs(sum) || b > 1e8) {
                break;
            }
            a = b;
            b = 2 * b;
        }
        return sum;
    }

    /** Provides {@code power-law}. */
    public static final class Provider extends ScaledProvider {

        /** The provider. */
        public Provider() {
            super("power-law",
                    "V(x) = (V0/ξ)/(1 + |x/ξ|³), the dipolar-like potential of the gBBGKY paper"
                            + " (73)",
                    PowerLawPerturbation::new);
        }
    }
}
