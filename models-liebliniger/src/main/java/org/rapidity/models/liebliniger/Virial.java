package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.observables.ViewObservable;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.Profile;

/**
 * {@code virial}: the interaction energy {@code E_int = c ∫dx ⟨ψ†²ψ²⟩} of a trapped Lieb-Liniger
 * cloud (Hellmann-Feynman, (S11)) and the residual of the virial theorem of the strings paper's
 * (S15), {@code 2U - 2E_V - E_int}, which vanishes for a state stationary under GHD in a harmonic
 * trap (and deviates by the total derivative and the ramp term of (S18) otherwise); also that
 * residual relative to {@code |2U| + |2E_V| + |E_int|}; and {@code virial-contact}, Tan's
 * contact as the experiment infers it from (S15), {@code C_vir = 2c(U - E_V)} ({@code ħ = 2m = 1};
 * main text (2) with the factor of PHYSICS.md, {@code 4mc̃(U - E_V)/ħ²} in laboratory units;
 * 1/length³), which equals the Hellmann-Feynman contact {@code c·E_int = c²G2} of
 * {@code pair-correlation} exactly when the residual vanishes. Energy units.
 */
public final class Virial extends ViewObservable<Profile> {

    /** The observable (and its provider). */
    public Virial() {
        super("virial",
                "interaction energy c∫⟨ψ†²ψ²⟩ and the residual 2U - 2E_V - E_int of the virial"
                        + " theorem (strings paper (S15)) of a trapped Lieb-Liniger cloud",
                Profile.class,
                List.of("interaction-energy", "virial-residual", "virial-residual-relative",
                        "virial-contact"),
                "energy, energy, dimensionless, 1/length³");
    }

    @Override
    public boolean appliesTo(IntegrableModel model) {
        return model instanceof LiebLiniger;
    }

    @Override
    protected double[] values(Profile p) {
        if (!(p.model() instanceof LiebLiniger)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double c = ((LiebLiniger) p.model()).coupling();
        double eint = c * PairCorrelation.integratedPairCorrelation(p);
        double u = p.internalEnergy();
        double ev = p.potentialEnergy();
        double r = 2 * u - 2 * ev - eint;
        return new double[] {eint, r, r / (2 * Math.abs(u) + 2 * Math.abs(ev) + Math.abs(eint)),
            2 * c * (u - ev)};
    }
}
