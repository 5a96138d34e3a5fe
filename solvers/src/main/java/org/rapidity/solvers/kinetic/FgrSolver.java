package org.rapidity.solvers.kinetic;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code fgr} solver: homogeneous evolution under the Fermi-golden-rule Boltzmann equation
 * (87) truncated at three particle-hole pairs ({@link FgrCollisionIntegral}), with the time
 * stepping, checks, checkpoints and observers of every kinetic solver. Its snapshots also carry
 * the generalised Landau integral of the same state ({@link CollisionIntegralComparison},
 * computed only when an observable such as {@code fgr-vs-landau} asks).
 */
public final class FgrSolver extends KineticSolver {

    /** The snapshot views it emits (its provider declares them; the solver asks it). */
    static final List<Class<?>> VIEWS = List.of(TbaState.class,
            CollisionIntegralComparison.class);

    /** Its provider (declared after {@link #VIEWS}, which it reads). */
    private static final Provider PROVIDER = new Provider();

    private FgrCollisionIntegral fgr;
    private LandauCollisionIntegral landau;

    FgrSolver(Parameters parameters) {
        super(PROVIDER, parameters);
    }

    @Override
    public void check(Problem problem) {
        if (problem.perturbations().isEmpty()) {
            throw new InvalidInputException("perturbations", "the fgr solver needs a"
                    + " long-range perturbation (e.g. {\"name\": \"power-law\", \"V0\": 1,"
                    + " \"xi\": 10}); without one nothing evolves");
        }
        FgrCollisionIntegral.check(problem.space());
    }

    @Override
    protected KineticEquation equation(Problem problem) {
        check(problem);
        Perturbation v = SumPerturbation.of(problem.perturbations());
        fgr = new FgrCollisionIntegral(problem.space(), v);
        landau = new LandauCollisionIntegral(problem.space(), v);
        return fgr;
    }

    @Override
    protected Object[] views(TbaState state) {
        return new Object[] {state, new CollisionIntegralComparison(state, fgr, landau)};
    }

    /** Provides {@code fgr}. */
    public static final class Provider extends KineticProvider {

        /** The provider. */
        public Provider() {
            super("fgr",
                    "Fermi-golden-rule Boltzmann equation with the small-momentum three"
                            + " particle-hole form factors (gBBGKY paper, eqs. (86)-(98))",
                    VIEWS);
        }

        @Override
        public Solver create(Parameters parameters) {
            return new FgrSolver(parameters);
        }
    }
}
