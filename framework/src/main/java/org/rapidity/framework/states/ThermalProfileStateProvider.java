package org.rapidity.framework.states;

import java.util.Map;
import org.rapidity.framework.param.Expression;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code thermal-profile}: at every position the boosted Gibbs state of local parameters given
 * as functions of {@code x} ({@link Expression}): the TBA with the driving term
 * {@code w(x, θ) = β(x)(E(θ) - μ(x) h_0(θ) - u(x) p(θ))} (the local-density approximation's
 * state, e.g. a temperature step smoothed by a tanh). Each function must be finite and
 * {@code β(x) > 0} wherever the solver samples it, or the field is named.
 */
public final class ThermalProfileStateProvider extends ProfileStateProvider {

    /** The provider. */
    public ThermalProfileStateProvider() {
        super("thermal-profile",
                "local Gibbs state with beta(x), mu(x), boost(x) given as expressions in x"
                        + " (e.g. \"1 + 0.5*tanh(x)\"; + - * / ^, exp log sqrt tanh erf step min"
                        + " max ...); varies in x (solvers: ghd)",
                ParameterSpec.text("beta", "inverse temperature β(x), an expression in x")
                        .required(),
                ParameterSpec.text("mu", "chemical potential μ(x), an expression in x")
                        .required(),
                ParameterSpec.text("boost", "boost velocity u(x), an expression in x")
                        .withDefault("0"));
    }

    @Override
    public InhomogeneousState createInhomogeneous(ModeSpace space, Parameters p,
            Map<String, TbaState> parts) {
        Expression beta = Expression.parse(p.field("beta"), p.text("beta"));
        Expression mu = Expression.parse(p.field("mu"), p.text("mu"));
        Expression boost = Expression.parse(p.field("boost"), p.text("boost"));
        String betaField = p.field("beta");
        return new PositionDependent(space, 0, x -> {
            double b = beta.applyAsDouble(x);
            if (!(b > 0)) {
                throw new InvalidInputException(betaField, "β must be > 0; '" + beta.text()
                        + "' is " + b + " at x = " + x);
            }
            return Gge.solve(space, Gge.thermalDrivingTerm(space, b, mu.applyAsDouble(x),
                    boost.applyAsDouble(x))).state().filling();
        });
    }
}
