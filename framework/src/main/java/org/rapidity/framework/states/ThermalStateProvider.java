package org.rapidity.framework.states;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Thermal (boosted Gibbs) state of any model from the TBA equation with the driving term
 * {@code w = β(E - μN - uP)}: given the chemical potential {@code μ}, or the particle density,
 * in which case {@code μ} is found by Brent's method on the monotone map {@code μ ↦ n̄(μ)}.
 */
public final class ThermalStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public ThermalStateProvider() {
        super("thermal",
                "boosted Gibbs state exp(-β(H - μN - uP)) of any model, from the TBA equation;"
                        + " give mu or density",
                ParameterSpec.real("beta", "inverse temperature β", "1/energy").above(0)
                        .required(),
                ParameterSpec.real("mu", "chemical potential μ (exclusive with density)",
                        "energy"),
                ParameterSpec.real("density", "particle density n̄ to reach by tuning μ"
                        + " (exclusive with mu)", "1/length").above(0),
                ParameterSpec.real("boost", "boost velocity u (Lagrange multiplier of momentum)",
                        "velocity").withDefault(0.0));
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        double beta = p.real("beta");
        double boost = p.real("boost");
        if (boost != 0 && !space.model().traits().contains(ModelTrait.CONTINUUM_MOMENTUM)) {
            throw new InvalidInputException(p.field("boost"), "model " + space.model().name()
                    + " has a lattice momentum (defined modulo 2π): a boost is not defined;"
                    + " leave boost at 0");
        }
        if (p.has("mu") == p.has("density")) {
            throw new InvalidInputException(p.path(), "give exactly one of mu and density");
        }
        if (p.has("mu")) {
            return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, p.real("mu"), boost))
                    .state();
        }
        double target = p.real("density");
        double mu = chemicalPotentialFor(space, beta, boost, target, p.field("density"));
        return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, mu, boost)).state();
    }

    /** The chemical potential at which the thermal state has the given particle density. */
    public static double chemicalPotentialFor(ModeSpace space, double beta, double boost,
            double target, String field) {
        // Bosonic/wave statistics need ε > 0: μ below the band bottom.
        double muMax = Double.POSITIVE_INFINITY;
        double[] e = space.energy();
        double[] pm = space.momentum();
        double[] num = space.particleNumber();
        for (int i = 0; i < space.size(); i++) {
            if (space.statistics(i).requiresPositivePseudoEnergy()) {
                muMax = Math.min(muMax, (e[i] - boost * pm[i]) / num[i]);
            }
        }
        double lo = Double.isFinite(muMax) ? muMax - 1 : -1;
        double hi = Double.isFinite(muMax) ? muMax - 1e-9 * Math.max(1, Math.abs(muMax)) : 1;
        double step = 1;
        int guard = 0;
        while (densityAt(space, beta, lo, boost) > target) {
            lo -= step;
            step *= 2;
            if (++guard > 80) {
                throw new InvalidInputException(field, "density " + target
                        + " is below what any chemical potential gives");
            }
        }
        if (!Double.isFinite(muMax)) {
            step = 1;
            guard = 0;
            while (densityAt(space, beta, hi, boost) < target) {
                hi += step;
                step *= 2;
                if (++guard > 60) {
                    throw new InvalidInputException(field, "density " + target
                            + " cannot be reached at this temperature on this grid");
                }
            }
        } else if (densityAt(space, beta, hi, boost) < target) {
            throw new InvalidInputException(field, "density " + target + " is beyond the"
                    + " condensation point at this temperature");
        }
        try {
            return new BrentSolver(1e-14, 1e-14).solve(200,
                    mu -> densityAt(space, beta, mu, boost) - target, lo, hi);
        } catch (MathIllegalStateException ex) {
            throw new InvalidInputException(field, "no chemical potential found for density "
                    + target + ": " + ex.getMessage());
        }
    }

    private static double densityAt(ModeSpace space, double beta, double mu, double boost) {
        return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, mu, boost)).state()
                .particleDensity();
    }
}
