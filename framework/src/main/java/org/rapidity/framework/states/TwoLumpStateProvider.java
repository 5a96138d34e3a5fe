package org.rapidity.framework.states;

import java.util.function.DoubleUnaryOperator;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The initial state of the gBBGKY paper's Fig. 6: two boosted thermal lumps
 * {@code ρ(θ) ∝ Σ_± exp(-β(θ ∓ θ0)²)}, normalised so that the quadrature of {@code ρ} on the grid
 * is exactly {@code ρ̄}. Defined for one-species models (hard rods in the paper; the Lieb-Liniger
 * FGR check uses it too).
 */
public final class TwoLumpStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public TwoLumpStateProvider() {
        super("two-lump",
                "two boosted thermal lumps ρ ∝ Σ± exp(-β(θ ∓ θ0)²) with density ρ̄"
                        + " (gBBGKY paper, Fig. 6)",
                ParameterSpec.real("beta", "inverse width β of each lump", "1/velocity²")
                        .above(0).required(),
                ParameterSpec.real("theta0", "boost ±θ0 of the lumps", "velocity").atLeast(0)
                        .required(),
                ParameterSpec.real("density", "quasiparticle density ρ̄", "1/length")
                        .above(0).required());
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        if (space.speciesCount() != 1) {
            throw new InvalidInputException(p.path() + ".name", "two-lump is defined for"
                    + " one-species models; model " + space.model().name() + " has "
                    + space.speciesCount() + " species");
        }
        double beta = p.real("beta");
        double theta0 = p.real("theta0");
        double density = p.real("density");
        return twoLumps(space, theta0, density, u -> Math.exp(-beta * u * u));
    }

    /**
     * Two lumps of one shape boosted to {@code ±θ0}, {@code ρ(θ) ∝ L(θ - θ0) + L(θ + θ0)},
     * normalised so that the quadrature of {@code ρ} on the grid is exactly {@code density}.
     *
     * @param lump the shape {@code L(u)} of one lump (u in the model's rapidity units)
     * @throws InvalidInputException if both lumps lie outside the rapidity grid
     */
    public static TbaState twoLumps(ModeSpace space, double theta0, double density,
            DoubleUnaryOperator lump) {
        double[] rho = new double[space.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = space.theta(i);
            rho[i] = lump.applyAsDouble(t - theta0) + lump.applyAsDouble(t + theta0);
        }
        double z = space.integrate(rho);
        if (!(z > 0)) {
            throw new InvalidInputException("grid", "the lumps at ±" + theta0
                    + " lie outside the rapidity grid " + space.grid(0));
        }
        for (int i = 0; i < rho.length; i++) {
            rho[i] *= density / z;
        }
        return TbaState.fromDensity(space, rho);
    }
}
