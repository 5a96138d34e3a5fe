package org.rapidity.framework.observables;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code charge-density}: the density {@code q_k = Σ_a ∫dθ h_k,a(θ) ρ_a(θ)} of a charge the model
 * names (eq. (35) of the gBBGKY paper; {@link org.rapidity.framework.spi.IntegrableModel#chargeName}),
 * e.g. {@code {"name": "charge-density", "charge": "magnon-number"}}; on an inhomogeneous profile
 * its integral over the box, {@code ∫dx q_k(x)}. The column is {@code <charge>-density}
 * (holding the integral on a profile).
 */
public final class ChargeDensity implements ObservableProvider {

    @Override
    public String name() {
        return "charge-density";
    }

    @Override
    public String description() {
        return "density Σ_a∫dθ h_k ρ of a charge the model names (eq. (35)); its integral over x"
                + " on a profile";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.text("charge", "name of the model's charge (e.g."
                + " particle-number, energy; a spin chain: magnon-number)").required());
    }

    @Override
    public Observable create(Parameters parameters) {
        String charge = parameters.text("charge");
        if (!charge.matches("[a-z][a-z0-9-]*")) {
            throw new InvalidInputException(parameters.field("charge"), "a charge name is lower"
                    + " case, [a-z][a-z0-9-]*; got '" + charge + "'");
        }
        return new Density(charge);
    }

    private static final class Density implements Observable {
        private final String charge;

        Density(String charge) {
            this.charge = charge;
        }

        @Override
        public String name() {
            return "charge-density";
        }

        @Override
        public List<String> columns() {
            return List.of(charge + "-density");
        }

        @Override
        public String unit() {
            return "charge/length (charge on a profile)";
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
            return Optional.of(charge);
        }

        @Override
        public double[] evaluate(Snapshot snapshot) {
            Optional<Profile> profile = snapshot.view(Profile.class);
            if (profile.isPresent()) {
                Profile p = profile.get();
                int k = index(p.model());
                return new double[] {p.integrate(s -> density(s, k))};
            }
            TbaState s = ProfileObservables.state(snapshot, name());
            return new double[] {density(s, index(s.space().model()))};
        }

        private int index(org.rapidity.framework.spi.IntegrableModel model) {
            int k = model.chargeIndex(charge);
            if (k < 0) {
                throw new InvalidInputException("observables", "model " + model.name()
                        + " has no charge named '" + charge + "'");
            }
            return k;
        }

        private static double density(TbaState s, int k) {
            double[] h = s.space().charge(k);
            double[] rho = s.density();
            double q = 0;
            for (int i = 0; i < rho.length; i++) {
                q += s.space().weight(i) * h[i] * rho[i];
            }
            return q;
        }
    }
}
