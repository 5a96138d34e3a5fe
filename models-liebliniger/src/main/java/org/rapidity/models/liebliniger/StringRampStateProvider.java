package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code string-ramp}: the Bethe-string fillings of (S10), {@code ϑ_n = sinh²(Ω/2)/
 * sinh²((n+1)Ω/2)}, that a ramp of the interaction through {@code c = 0} produces from the
 * Yang-Yang state at {@code c → 0⁺} (an ideal Bose gas, {@code Ω = (λ² - μ)/T}) of the given
 * temperature and density or chemical potential ({@link StringRamp}). The fillings are those at
 * {@code c → 0⁻}; the state reported is the generalised Gibbs state of the model's
 * {@code c < 0} with these fillings (the initial condition from which GHD ramps {@code c}
 * further; its densities tend to those of the repulsive gas as {@code c → 0⁻}).
 */
public final class StringRampStateProvider extends Described implements InitialStateProvider {

    /** What the state's temperature, chemical potential and density refer to. */
    private static final String GAS = " of the gas at c → 0⁺";

    /** The provider. */
    public StringRampStateProvider() {
        super("string-ramp",
                "Bethe-string fillings after a ramp through c = 0 (strings paper (S10)) from the"
                        + " c → 0⁺ thermal gas of the given temperature and density or mu (< 0)",
                StateInputs.temperature(GAS), StateInputs.temperatureNanoKelvin(GAS),
                StateInputs.mu(GAS).below(0), StateInputs.muHertz(GAS).below(0),
                StateInputs.density(GAS), StateInputs.densityPerMicrometre(GAS));
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        LiebLiniger m = StateInputs.model(space.model(), name());
        if (!(m instanceof AttractiveLiebLiniger)) {
            throw new InvalidInputException("state.name", "string-ramp builds Bethe strings and"
                    + " needs the attractive gas (c < 0); for c > 0 use yang-yang");
        }
        double t = StateInputs.temperature(m, p);
        double beta = 1 / t;
        String which = StateInputs.exactlyOne(p, "mu", "mu_Hz", "density", "density_per_um");
        double mu = which.startsWith("mu") ? StateInputs.mu(m, p, which)
                : StringRamp.idealBoseChemicalPotential(beta, StateInputs.density(m, p, which),
                        p.field(which));
        if (!(mu < 0)) {
            throw new InvalidInputException(p.field(which), "the c → 0⁺ gas is an ideal Bose gas"
                    + " and needs μ < 0, got μ = " + mu);
        }
        return TbaState.fromFilling(space, fillings(space, beta, mu));
    }

    /** {@code ϑ_n(λ_i)} of (S10) with {@code Ω = β(λ² - μ)} at every mode. */
    static double[] fillings(ModeSpace space, double beta, double mu) {
        double[] f = new double[space.size()];
        for (int i = 0; i < f.length; i++) {
            double l = space.theta(i);
            f[i] = StringRamp.filling(space.species(i) + 1, beta * (l * l - mu));
        }
        return f;
    }
}
