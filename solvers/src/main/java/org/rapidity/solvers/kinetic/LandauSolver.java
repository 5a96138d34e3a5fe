package org.rapidity.solvers.kinetic;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.InterTubeCoupling;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code landau} solver: homogeneous evolution under the generalised Landau equation
 * ({@link LandauCollisionIntegral}), the late-time kinetic equation of the gBBGKY paper, eq. (66).
 */
public final class LandauSolver extends KineticSolver {

    private static final Provider PROVIDER = new Provider();

    private KineticEquation equation;

    LandauSolver(Parameters parameters) {
        super(PROVIDER, parameters);
    }

    @Override
    protected Object[] views(TbaState state) {
        return new Object[] {state, new KineticRates(state, equation)};
    }

    @Override
    public void check(Problem problem) {
        if (problem.perturbations().isEmpty() && interTubePotentials(problem).isEmpty()) {
            throw new InvalidInputException("perturbations", "the landau solver needs a"
                    + " long-range perturbation (e.g. {\"name\": \"power-law\", \"V0\": 2,"
                    + " \"xi\": 20}) or a model of coupled tubes (e.g. dipolar-tubes); without"
                    + " one nothing evolves");
        }
        LandauCollisionIntegral.check(problem.space());
    }

    /**
     * The generalised Landau integral of the perturbations that act within the gas, plus the
     * inter-tube integral ({@link InterTubeCollisionIntegral}) of those that act between tubes:
     * the ones so marked in the problem and those of a model of coupled tubes
     * ({@link InterTubeCoupling}). Processes within one tube and across two have different final
     * states, so their rates add.
     */
    @Override
    protected KineticEquation equation(Problem problem) {
        equation = build(problem);
        return equation;
    }

    private KineticEquation build(Problem problem) {
        check(problem);
        List<Perturbation> intra = new ArrayList<>();
        for (Perturbation p : problem.perturbations()) {
            if (!p.interTube()) {
                intra.add(p);
            }
        }
        List<Perturbation> inter = interTubePotentials(problem);
        KineticEquation within = intra.isEmpty() ? null
                : new LandauCollisionIntegral(problem.space(), SumPerturbation.of(intra));
        KineticEquation across = inter.isEmpty() ? null
                : new InterTubeCollisionIntegral(problem.space(), inter);
        if (across == null) {
            return within;
        }
        if (within == null) {
            return across;
        }
        return state -> {
            double[] a = within.timeDerivative(state);
            double[] b = across.timeDerivative(state);
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        };
    }

    /** The inter-tube potentials of the problem and of its model (if it couples tubes). */
    static List<Perturbation> interTubePotentials(Problem problem) {
        List<Perturbation> inter = new ArrayList<>();
        for (Perturbation p : problem.perturbations()) {
            if (p.interTube()) {
                inter.add(p);
            }
        }
        if (problem.space().model() instanceof InterTubeCoupling) {
            inter.addAll(((InterTubeCoupling) problem.space().model()).interTubePotentials());
        }
        return inter;
    }

    /** Provides {@code landau}. */
    public static final class Provider extends KineticProvider {

        /** The provider. */
        public Provider() {
            super("landau",
                    "generalised Landau equation, late-time thermalisation at rate ∝ (a V0)²/ξ³"
                            + " (gBBGKY paper, eqs. (66)-(69))",
                    // the state and the rates of its collision integral ({@link KineticRates})
                    List.of(TbaState.class, KineticRates.class));
        }

        @Override
        public Solver create(Parameters parameters) {
            return new LandauSolver(parameters);
        }
    }
}
