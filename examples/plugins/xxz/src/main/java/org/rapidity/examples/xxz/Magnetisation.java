package org.rapidity.examples.xxz;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code magnetisation}: {@code m = ⟨S^z⟩/L = 1/2 - Σ_n n ∫dλ ρ_n(λ)} per site, from the magnon
 * number (the charge named {@code magnon-number}); on a profile (GHD) the total
 * {@code ∫dx m(x)}. Applies to any model naming that charge.
 */
public final class Magnetisation implements ObservableProvider, Observable {

    @Override
    public String name() {
        return "magnetisation";
    }

    @Override
    public String description() {
        return "magnetisation per site m = 1/2 - Σ_n n∫ρ_n (from the magnon number); ∫dx m on a"
                + " profile";
    }

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public List<String> columns() {
        return List.of("magnetisation");
    }

    @Override
    public String unit() {
        return "per site (total: sites)";
    }

    @Override
    public Class<?> requires() {
        return TbaState.class;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(TbaState.class, Profile.class);
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
    public double[] evaluate(Snapshot snapshot) {
        Optional<Profile> p = snapshot.view(Profile.class);
        if (p.isPresent()) {
            return new double[] {p.get().integrate(Magnetisation::of)};
        }
        TbaState s = snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                "observables", "magnetisation needs a TBA state or a profile"));
        return new double[] {of(s)};
    }
}
