package org.rapidity.solvers.kinetic;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;

/**
 * The {@code landau} solver: homogeneous evolution under the generalised Landau equation
 * ({@link LandauCollisionIntegral}), the late-time kinetic equation of the gBBGKY paper, eq. (66).
 */
public final class LandauSolver extends KineticSolver {

    LandauSolver(Parameters parameters) {
        super(parameters);
    }

    @Override
    public String name() {
        return "landau";
    }

    @Override
    public void check(Problem problem) {
        if (problem.perturbations().isEmpty()) {
            throw new InvalidInputException("perturbations", "the landau solver needs a"
                    + " long-range perturbation (e.g. {\"name\": \"power-law\", \"V0\": 2,"
                    + " \"xi\": 20}); without one nothing evolves");
        }
        LandauCollisionIntegral.check(problem.space());
    }

    @Override
    protected KineticEquation equation(Problem problem) {
        check(problem);
        return new LandauCollisionIntegral(problem.space(),
                SumPerturbation.of(problem.perturbations()));
    }

    /** Provides {@code landau}. */
    public static final class Provider implements SolverProvider {
        @Override
        public String name() {
            return "landau";
        }

        @Override
        public String description() {
            return "generalised Landau equation, late-time thermalisation at rate ∝ (a V0)²/ξ³"
                    + " (gBBGKY paper, eqs. (66)-(69))";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return new ArrayList<>(KineticSolver.commonParameters());
        }

        @Override
        public Solver create(Parameters parameters) {
            return new LandauSolver(parameters);
        }
    }
}
