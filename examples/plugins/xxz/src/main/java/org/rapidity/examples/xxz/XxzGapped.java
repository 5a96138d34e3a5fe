package org.rapidity.examples.xxz;

import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.RapidityDomain;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;

/**
 * The gapped XXZ chain
 * {@code H = J Σ_j [S^x_j S^x_{j+1} + S^y_j S^y_{j+1} + Δ (S^z_j S^z_{j+1} - 1/4)] - h Σ_j S^z_j},
 * {@code Δ = cosh η > 1}, {@code J > 0}, {@code h ≥ 0}, in the string hypothesis of M. Takahashi,
 * <i>Thermodynamics of One-Dimensional Solvable Models</i> (CUP 1999), ch. 9, and Takahashi &amp;
 * Suzuki, Prog. Theor. Phys. 48, 2187 (1972): above the ferromagnetic reference state
 * {@code |↑↑…⟩} the magnons (down spins) bind into {@code n}-strings,
 * {@code λ + i(n + 1 - 2k)η/2, k = 1…n}, of centre {@code λ} on the circle
 * {@code [-π/2, π/2)} (period π) with parity +1, for every length {@code n = 1…n_max} (the
 * species {@code a = n - 1}).
 *
 * <p>With {@code a_n(λ) = (1/π) sinh(nη)/(cosh(nη) - cos 2λ)} ({@code ∫a_n = 1} over the zone):
 * <ul>
 *   <li>momentum {@code p_n(λ) = 2 arctan[coth(nη/2) tan λ]}, continued across the zone edges so
 *       that {@code p_n(λ + π) = p_n(λ) + 2π} (a lattice momentum, defined modulo 2π), and
 *       {@code p'_n = 2π a_n};</li>
 *   <li>energy {@code E_n(λ) = -π J sinh η a_n(λ) + n h} (the sum of the {@code n} magnon energies
 *       {@code J(cos k - Δ) + h});</li>
 *   <li>the scattering shift (kernel of the dressing, the framework's sign convention
 *       {@code ρ^t = p'/2π + Tρ}): {@code T_nm = -(a_{|n-m|} + 2a_{|n-m|+2} + … + 2a_{n+m-2}
 *       + a_{n+m})}, {@code a_0} omitted, the derivative of Takahashi's {@code Θ_nm/2π};</li>
 *   <li>fermionic statistics; each {@code n}-string carries {@code n} magnons (charge 0,
 *       {@code magnon-number}: {@code S^z = L/2 - M}).</li>
 * </ul>
 * Energies are per site, relative to the reference state; the field term of the reference
 * state, {@code -h/2} per site, is not included.
 */
public final class XxzGapped implements IntegrableModel {

    private final double eta;
    private final double coupling;
    private final double field;
    private final int strings;
    private final Parameters parameters;

    /**
     * @param eta anisotropy {@code η > 0} ({@code Δ = cosh η})
     * @param coupling exchange {@code J > 0}
     * @param field magnetic field {@code h}
     * @param strings the longest string kept, {@code n_max ≥ 1}
     * @param parameters the validated parameters
     */
    public XxzGapped(double eta, double coupling, double field, int strings,
            Parameters parameters) {
        if (!(eta > 0) || !(coupling > 0) || strings < 1 || !Double.isFinite(field)) {
            throw new IllegalArgumentException("need η > 0, J > 0, n_max ≥ 1, finite h");
        }
        this.eta = eta;
        this.coupling = coupling;
        this.field = field;
        this.strings = strings;
        this.parameters = parameters;
    }

    /** Anisotropy η. */
    public double eta() {
        return eta;
    }

    /** Exchange J. */
    public double coupling() {
        return coupling;
    }

    /** Field h. */
    public double field() {
        return field;
    }

    @Override
    public String name() {
        return "xxz-gapped";
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String units() {
        return "energies in units of J's energy scale as given (ħ = 1, lattice spacing 1): energy"
                + " per site relative to |↑↑…⟩, rapidity λ on the zone [-π/2, π/2)";
    }

    @Override
    public int speciesCount() {
        return strings;
    }

    @Override
    public String speciesLabel(int species) {
        return Integer.toString(species + 1);
    }

    @Override
    public RapidityDomain rapidityDomain(int species) {
        return RapidityDomain.circle(-Math.PI / 2, Math.PI);
    }

    @Override
    public Optional<QuadratureGrid> defaultGrid(int species) {
        return Optional.of(QuadratureGrid.periodic(-Math.PI / 2, Math.PI, 64));
    }

    @Override
    public Statistics statistics(int species) {
        return Statistics.FERMIONIC;
    }

    /** {@code a_n(λ) = (1/π) sinh(nη)/(cosh(nη) - cos 2λ)}; {@code a_0 = 0} (δ omitted). */
    double a(int n, double lambda) {
        if (n == 0) {
            return 0;
        }
        double x = n * eta;
        // sinh x / (cosh x - cos 2λ) with e^{-x} to keep large nη finite
        double e = Math.exp(-x);
        return (1 - e * e) / (1 + e * e - 2 * e * Math.cos(2 * lambda)) / Math.PI;
    }

    /** {@code a'_n(λ)}. */
    double aPrime(int n, double lambda) {
        double x = n * eta;
        double e = Math.exp(-x);
        double den = 1 + e * e - 2 * e * Math.cos(2 * lambda);
        return -(1 - e * e) * 4 * e * Math.sin(2 * lambda) / (den * den) / Math.PI;
    }

    @Override
    public double momentum(int species, double lambda) {
        int n = species + 1;
        double turns = Math.floor((lambda + Math.PI / 2) / Math.PI);
        double reduced = lambda - turns * Math.PI;
        double c = 1 / Math.tanh(n * eta / 2);
        return 2 * Math.atan(c * Math.tan(reduced)) + 2 * Math.PI * turns;
    }

    @Override
    public double momentumDerivative(int species, double lambda) {
        return 2 * Math.PI * a(species + 1, lambda);
    }

    @Override
    public double energy(int species, double lambda) {
        int n = species + 1;
        return -Math.PI * coupling * Math.sinh(eta) * a(n, lambda) + n * field;
    }

    @Override
    public double energyDerivative(int species, double lambda) {
        return -Math.PI * coupling * Math.sinh(eta) * aPrime(species + 1, lambda);
    }

    @Override
    public double particleNumber(int species) {
        return species + 1;
    }

    @Override
    public String chargeName(int k) {
        switch (k) {
            case 0:
                return "magnon-number";
            case 1:
                return "lattice-momentum";
            case 2:
                return "energy";
            default:
                return IntegrableModel.super.chargeName(k);
        }
    }

    @Override
    public double scatteringShift(int speciesA, double lambda, int speciesB, double mu) {
        int n = speciesA + 1;
        int m = speciesB + 1;
        double x = lambda - mu;
        double s = a(Math.abs(n - m), x) + a(n + m, x);
        for (int k = Math.abs(n - m) + 2; k < n + m; k += 2) {
            s += 2 * a(k, x);
        }
        return -s;
    }

    @Override
    public boolean isDifferenceKernel() {
        return true;
    }

    /**
     * The exact ground-state energy per site at {@code h = 0} (relative to the reference state):
     * {@code e_0 = -J sinh η [1/2 + 2 Σ_{k≥1} 1/(1 + e^{2kη})]}, from the 1-strings filling the
     * zone, {@code ρ_1 + a_2 * ρ_1 = a_1} solved by Fourier series on the period π
     * ({@code ρ̂_1(k) = 1/(2 cosh kη)}); Yang &amp; Yang, Phys. Rev. 151, 258 (1966); Takahashi
     * (1999) ch. 4. Derivation in docs/models/xxz.md.
     */
    public double groundStateEnergy() {
        double s = 0.5;
        for (int k = 1; k < 10000; k++) {
            double t = 2 / (1 + Math.exp(2 * k * eta));
            s += t;
            if (t < 1e-18) {
                break;
            }
        }
        return -coupling * Math.sinh(eta) * s;
    }
}
