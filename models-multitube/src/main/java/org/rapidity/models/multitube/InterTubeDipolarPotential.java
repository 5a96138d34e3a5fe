package org.rapidity.models.multitube;

import java.util.Locale;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Perturbation;

/**
 * The dipolar potential between an atom of the reference tube at {@code (0, 0, 0)} and an atom of
 * tube {@code (i, j)} at {@code (x, i a, j a)}, for a field {@code B̂ = (cos θ, 0, sin θ)} at angle
 * θ to the tube axis {@code x} (gBBGKY paper (78)), tubes taken as lines ({@code l⊥ ≪ a}):
 * <pre>
 *   V^{ij}(x) = C (1 - 3(r̂·B̂)²)/r³ = C [r² - 3w²]/r⁵,  r² = x² + ρ²,  ρ² = (i² + j²) a²,
 *   w = r·B̂ = x cos θ + j a sin θ.
 * </pre>
 * Lengths, energies and {@code C} in the model's units (C: energy × length³).
 *
 * <h2>Fourier transform, derived</h2>
 * {@code V̂(k) = ∫dx e^{ikx} V(x)} from the closed forms (DLMF 10.32.11)
 * <pre>
 *   ∫dx e^{ikx}/r³ = J(k) = (2|k|/ρ) K_1(ρ|k|),   ∫dx e^{ikx}/r⁵ = I(k) = (2k²/3ρ²) K_2(ρ|k|),
 *   ∫dx e^{ikx} x/r⁵ = -i I'(k) = i (2/3ρ) k|k| K_1(ρ|k|)      (d/dz (z²K_2) = -z²K_1),
 * </pre>
 * and {@code r² - 3w² = (1 - 3c²) x² - 6 j a s c x + ρ² - 3 j²a²s²}
 * ({@code c = cos θ}, {@code s = sin θ}, {@code x²/r⁵ = 1/r³ - ρ²/r⁵}):
 * <pre>
 *   Re V̂(k) = C [(1 - 3c²) J(k) + 3(c²ρ² - j²a²s²) I(k)],
 *   Im V̂(k) = -4 C j a s c k|k| K_1(ρ|k|)/ρ.
 * </pre>
 * {@code V^{ij}} is not even in {@code x} when {@code j ≠ 0} and {@code 0 < θ < 90°}: its
 * transform is complex, {@code V̂(-k) = V̂(k)*}, and what enters the collision integral is
 * {@code |V̂|²} (the paper's {@code V̂²}). At {@code k = 0} ({@code J = 2/ρ²}, {@code I = 4/3ρ⁴})
 * <pre>
 *   V̂^{ij}(0) = 2 C sin²θ (i² - j²) / (a² (i² + j²)²),
 * </pre>
 * odd under {@code i ↔ j}, so its sum over a square lattice vanishes; the component of the
 * dipoles along the tubes ({@code cos θ}) drops out of it altogether. The tests check the
 * transform against direct quadrature to 1e-8.
 */
public final class InterTubeDipolarPotential implements Perturbation {

    private final int i;
    private final int j;
    private final double theta;
    private final double strength;
    private final double spacing;
    private final double cos;
    private final double sin;
    private final double rho;
    private final double rho2;
    private final double ja;

    /**
     * @param i tube index along {@code y}
     * @param j tube index along {@code z} (the plane of the field)
     * @param theta field angle θ to the tube axis (rad)
     * @param strength {@code C = μ0μ²/4π} (energy × length³, model units)
     * @param spacing lattice spacing {@code a} (length, model units)
     */
    public InterTubeDipolarPotential(int i, int j, double theta, double strength,
            double spacing) {
        if (i == 0 && j == 0) {
            throw new IllegalArgumentException("(0, 0) is the reference tube itself");
        }
        this.i = i;
        this.j = j;
        this.theta = theta;
        this.strength = strength;
        this.spacing = spacing;
        this.cos = Math.cos(theta);
        this.sin = Math.sin(theta);
        this.rho2 = (double) (i * i + j * j) * spacing * spacing;
        this.rho = Math.sqrt(rho2);
        this.ja = j * spacing;
    }

    @Override
    public String name() {
        return "dipolar-intertube";
    }

    @Override
    public Parameters parameters() {
        return Parameters.empty();
    }

    /** The tube index {@code i}. */
    public int i() {
        return i;
    }

    /** The tube index {@code j}. */
    public int j() {
        return j;
    }

    /** The field angle θ (rad). */
    public double theta() {
        return theta;
    }

    /** {@code C/ρ²} (energy × length): the scale of {@code V̂}. */
    @Override
    public double strength() {
        return strength / rho2;
    }

    /** The distance {@code ρ} between the two tubes. */
    @Override
    public double range() {
        return rho;
    }

    @Override
    public boolean interTube() {
        return true;
    }

    @Override
    public double potential(double x) {
        double r2 = x * x + rho2;
        double w = x * cos + ja * sin;
        double r = Math.sqrt(r2);
        return strength * (r2 - 3 * w * w) / (r2 * r2 * r);
    }

    @Override
    public double potentialDerivative(double x) {
        double r2 = x * x + rho2;
        double w = x * cos + ja * sin;
        double r = Math.sqrt(r2);
        double r5 = r2 * r2 * r;
        return strength * ((2 * x - 6 * w * cos) / r5 - 5 * x * (r2 - 3 * w * w) / (r5 * r2));
    }

    @Override
    public double fourierTransform(double k) {
        double a = Math.abs(k);
        double jk;
        double ik;
        if (a == 0) {
            jk = 2 / rho2;
            ik = 4 / (3 * rho2 * rho2);
        } else {
            double[] b = ModifiedBessel.k1k2(rho * a);
            jk = 2 * a / rho * b[0];
            ik = 2 * k * k / (3 * rho2) * b[1];
        }
        return strength * ((1 - 3 * cos * cos) * jk
                + 3 * (cos * cos * rho2 - ja * ja * sin * sin) * ik);
    }

    @Override
    public double fourierTransformImaginary(double k) {
        if (k == 0 || j == 0) {
            return 0;
        }
        double k1 = ModifiedBessel.k1k2(rho * Math.abs(k))[0];
        return -4 * strength * ja * sin * cos * k * Math.abs(k) * k1 / rho;
    }

    /** {@code V̂^{ij}(0) = 2C sin²θ (i² - j²)/(a²(i² + j²)²)} (closed form). */
    public double transformAtZero() {
        double n2 = i * i + j * j;
        return 2 * strength * sin * sin * (i * i - j * j) / (spacing * spacing * n2 * n2);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "V^{%d,%d} (θ = %.4g°)", i, j, Math.toDegrees(theta));
    }
}
