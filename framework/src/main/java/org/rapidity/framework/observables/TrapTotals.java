package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.tba.Profile;

/**
 * {@code trap-totals}: integrals over an inhomogeneous cloud (a {@link Profile}): the atom number
 * {@code N = ∫dx n}, the internal energy {@code U = ∫dx Σ∫dθ E ρ} and the potential energy
 * {@code E_V = ∫dx V n} (the strings paper's note 2), their sum (conserved by GHD in a static
 * potential without coupling ramps), the centre of mass {@code ⟨x⟩ = ∫x n/N} and the rms width
 * {@code (⟨x²⟩ - ⟨x⟩²)^{1/2}}. Model units: atoms, energy, energy, energy, length, length.
 */
public final class TrapTotals extends ViewObservable<Profile> {

    /** The observable (and its provider). */
    public TrapTotals() {
        super("trap-totals",
                "atom number, internal energy U, potential energy E_V, U + E_V, centre of mass"
                        + " and rms width of an inhomogeneous cloud (strings paper, note 2)",
                Profile.class, List.of("atom-number", "internal-energy", "potential-energy",
                        "total-energy", "centre-of-mass", "rms-width"),
                "atoms; energy (U, E_V, U + E_V); length (centre, width)");
    }

    @Override
    protected double[] values(Profile p) {
        double n = p.particleNumber();
        double u = p.internalEnergy();
        double ev = p.potentialEnergy();
        double x1 = p.densityMoment(1) / n;
        double x2 = p.densityMoment(2) / n;
        return new double[] {n, u, ev, u + ev, x1, Math.sqrt(Math.max(0, x2 - x1 * x1))};
    }
}
