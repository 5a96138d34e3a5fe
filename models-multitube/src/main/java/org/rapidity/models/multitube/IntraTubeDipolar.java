package org.rapidity.models.multitube;

import org.apache.commons.math3.special.Erf;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * The dipolar interaction of two atoms in the same tube, integrated over the transverse Gaussian
 * ground state of length {@code l⊥} (gBBGKY paper (75)-(77), after Sinha and Santos, PRL 99,
 * 140406 (2007)), for a field at angle θ to the tube axis, in SI units:
 * <pre>
 *   V^1D(z) = V(θ) [v(u) - (8/3) δ(u)],  u = z/l⊥,  δ(u) = l⊥ δ(z),                      (75)
 *   V(θ) = (μ0μ²/4π) (1 - 3cos²θ)/(4 l⊥³),                                              (76)
 *   v(u) = -2|u| + √(2π) (1 + u²) e^{u²/2} erfc(|u|/√2).                                 (77)
 * </pre>
 * <h2>Its Fourier transform, derived</h2>
 * With the 3D transform {@code μ0μ²((K·B̂)²/K² - 1/3)}, the transverse density transform
 * {@code e^{-K⊥²l⊥²/4}}, and the angular average over {@code K⊥},
 * <pre>
 *   V̂^1D(k) = V(θ) l⊥ [v̂(k l⊥) - 8/3],   v̂(q) = 4 [1 - Q e^Q E_1(Q)],   Q = q²/2,
 * </pre>
 * so that {@code ∫v(u)du = v̂(0) = 4} and {@code v̂(q) → 8/3 - …}: at large {@code k} the
 * transform tends to {@code -(8/3)V l⊥}, the δ-term of (75) (the tests check {@code v̂} against
 * quadrature of (77), and {@code v → 4/u³} at large {@code u}).
 *
 * <h2>The contact coupling (80), corrected</h2>
 * On the scale of the rapidity differences ({@code ξ_intra = l⊥ k_D ≪ 1}, (82)) the whole
 * intra-tube interaction acts as a contact term of strength {@code V̂^1D(0)}:
 * <pre>
 *   c_DDI(θ) = V̂^1D(0) = (4/3) V(θ) l⊥      (J m),
 * </pre>
 * which is (80) with the factor {@code l⊥} that the printed {@code c_DDI = 4V/3} lacks (V is an
 * energy, c an energy × length). It vanishes at the magic angle {@code cos²θ = 1/3}. What is left,
 * {@code V̂^1D(k) - c_DDI = -4V l⊥ Q e^Q E_1(Q)}, integrates to zero and varies on the scale
 * {@code 1/l⊥}: the short-range remainder that (82) argues away, not a long-range perturbation
 * (its {@code k²|V̂|²} does not even decay).
 */
public final class IntraTubeDipolar {

    /** The magic angle {@code arccos(1/√3)} (rad), where {@code 1 - 3cos²θ = 0}. */
    public static final double MAGIC_ANGLE = Math.acos(1 / Math.sqrt(3));

    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double EULER_GAMMA = 0.57721566490153286061;

    private IntraTubeDipolar() {
    }

    /** {@code V(θ) = (μ0μ²/4π)(1 - 3cos²θ)/(4 l⊥³)} (J), eq. (76). */
    public static double prefactor(DipolarAtom atom, double theta, double transverseLength) {
        double c = Math.cos(theta);
        double l = transverseLength;
        return atom.dipolarStrength() * (1 - 3 * c * c) / (4 * l * l * l);
    }

    /** The shape function {@code v(u)} of (77), evaluated without overflow or cancellation. */
    public static double shape(double u) {
        double a = Math.abs(u);
        if (a <= 8) {
            double x = a / Math.sqrt(2);
            return -2 * a + SQRT_2PI * (1 + a * a) * Math.exp(x * x) * Erf.erfc(x);
        }
        // asymptotic series from e^{x²}erfc(x) ~ (1/(x√π)) Σ (-1)^n (2n-1)!!/(2x²)^n:
        // v ~ 2 Σ_{n>=2} (a_n + a_{n-1}) u^{1-2n}, a_n = (-1)^n (2n-1)!!, stopped at its
        // smallest term (about e^{-u²/2}: below 1e-14 relative for u > 8)
        double u2 = a * a;
        double an1 = -1;
        double an = 3;
        double pow = 1 / (a * u2);
        double sum = 0;
        double last = Double.MAX_VALUE;
        for (int n = 2; n < 200; n++) {
            double term = 2 * (an + an1) * pow;
            if (Math.abs(term) > last) {
                break;
            }
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
                break;
            }
            last = Math.abs(term);
            an1 = an;
            an = -an * (2 * n + 1);
            pow /= u2;
        }
        return sum;
    }

    /** {@code v̂(q) = ∫du e^{iqu} v(u) = 4[1 - Q e^Q E_1(Q)]}, {@code Q = q²/2} (derived above). */
    public static double shapeTransform(double q) {
        double big = 0.5 * q * q;
        if (big == 0) {
            return 4;
        }
        return 4 * (1 - big * scaledE1(big));
    }

    /**
     * {@code V̂^1D(k) = V(θ) l⊥ [v̂(k l⊥) - 8/3]} (J m), the transform of the whole intra-tube
     * potential (75), with {@code k} in 1/m.
     */
    public static double transform(DipolarAtom atom, double theta, double transverseLength,
            double k) {
        return prefactor(atom, theta, transverseLength) * transverseLength
                * (shapeTransform(k * transverseLength) - 8.0 / 3);
    }

    /** {@code c_DDI(θ) = V̂^1D(0) = (4/3) V(θ) l⊥} (J m): (80) corrected. */
    public static double contactCoupling(DipolarAtom atom, double theta,
            double transverseLength) {
        return 4.0 / 3 * prefactor(atom, theta, transverseLength) * transverseLength;
    }

    /** {@code c_vdW = -2ħ²/(m a_1D)} (J m), eq. (79), with the 1D scattering length in m. */
    public static double vanDerWaalsCoupling(DipolarAtom atom, double scatteringLength1d) {
        return -2 * LaboratoryUnits.HBAR * LaboratoryUnits.HBAR
                / (atom.mass() * scatteringLength1d);
    }

    /** {@code e^x E_1(x)} for {@code x > 0}: series below 1, continued fraction above. */
    static double scaledE1(double x) {
        if (x <= 1) {
            // E_1 = -γ - ln x - Σ_{n>=1} (-x)^n/(n n!)
            double sum = 0;
            double term = 1;
            for (int n = 1; n < 60; n++) {
                term *= -x / n;
                double add = term / n;
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return Math.exp(x) * (-EULER_GAMMA - Math.log(x) - sum);
        }
        // e^x E_1(x) = 1/(x + 1 - 1²/(x + 3 - 2²/(x + 5 - …))), modified Lentz
        double tiny = 1e-300;
        double b = x + 1;
        double c = 1 / tiny;
        double d = 1 / b;
        double f = d;
        for (int i = 1; i < 10000; i++) {
            double an = -(double) i * i;
            b += 2;
            d = 1 / (an * d + b);
            c = b + an / c;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return f;
    }
}
