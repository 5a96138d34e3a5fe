package org.rapidity.examples.xxz;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.observables.StateOrProfileObservable;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code magnetisation}: {@code m = ⟨S^z⟩/L = 1/2 - Σ_n n ∫dλ ρ_n(λ)} per site, from the magnon
 * number (the charge named {@code magnon-number}); on a profile (GHD) the total
 * {@code ∫dx m(x)}. Applies to any model naming that charge.
 */
public final class Magnetisation extends StateOrProfileObservable {

    /** The observable (and its provider). */
    public Magnetisation() {
        super("magnetisation",
                "magnetisation per site m = 1/2 - Σ_n n∫ρ_n (from the magnon number); ∫dx m on a"
                        + " profile",
                List.of("magnetisation"),
                "per site (total: sites)");
    }

    @Override
    public Optional<String> needsCharge() {
        return Optional.of("magnon-number");
    }

    /** {@code m = 1/2 - q_0} of a homogeneous state. */
    public static double of(TbaState s) {
        return 0.5 - s.chargeDensity(s.space().model().chargeIndex("magnon-number"));
    }

    @Override
    protected double[] values(Profile p) {
        return new double[] {p.integrate(Magnetisation::of)};
    }

    @Override
    protected double[] values(TbaState s) {
        return new double[] {of(s)};
    }
}
