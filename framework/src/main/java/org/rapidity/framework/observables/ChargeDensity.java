package org.rapidity.framework.observables;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code charge-density}: the density {@code q_k = Σ_a ∫dθ h_k,a(θ) ρ_a(θ)} of a charge the model
 * names (eq. (35) of the gBBGKY paper; {@link org.rapidity.framework.spi.IntegrableModel#chargeName}),
 * e.g. {@code {"name": "charge-density", "charge": "magnon-number"}}; on an inhomogeneous profile
 * its integral over the box, {@code ∫dx q_k(x)}. The column is {@code <charge>-density}
 * (holding the integral on a profile).
 */
public final class ChargeDensity extends StateOrProfileObservable {

    /** The charge's name; null in the provider's instance. */
    private final String charge;

    /** The provider's instance (its observables are created for a charge). */
    public ChargeDensity() {
        this(null);
    }

    private ChargeDensity(String charge) {
        super("charge-density",
                "density Σ_a∫dθ h_k ρ of a charge the model names (eq. (35)); its integral over x"
                        + " on a profile",
                List.of(charge + "-density"),
                "charge/length (charge on a profile)");
        this.charge = charge;
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
        return new ChargeDensity(charge);
    }

    @Override
    public Optional<String> needsCharge() {
        return Optional.ofNullable(charge);
    }

    @Override
    protected double[] values(Profile p) {
        int k = index(p.model());
        return new double[] {p.integrate(s -> density(s, k))};
    }

    @Override
    protected double[] values(TbaState s) {
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
