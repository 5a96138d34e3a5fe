package org.rapidity.solvers.kinetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.rapidity.framework.evolution.ConservationMonitor;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.SolverBase;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.spi.SolverProviderBase;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The time evolution shared by the homogeneous kinetic equations ({@code landau}, {@code fgr}):
 * {@code ∂_t ρ = I[ρ]} integrated from output time to output time, by default with the L-stable
 * Rosenbrock method ROS2 ({@link Rosenbrock2}; the collision operators diffuse in rapidity, so
 * their largest rates grow as N² and explicit methods are limited by stability, not accuracy),
 * or with the adaptive Dormand–Prince 8(5,3) method of Commons Math (the seed's DOP853,
 * {@code integrator = "dop853"}). Runs on the framework's
 * {@link org.rapidity.framework.evolution.EvolutionDriver}: at each output the state is checked
 * (finite; particle number, momentum and energy conserved within {@code conservation}, a
 * {@link ConservationMonitor}) and handed to the observers, then a checkpoint (density, last step
 * size, the Rosenbrock Jacobian) is offered, from which an interrupted run resumes bit for bit.
 */
public abstract class KineticSolver extends SolverBase {

    /** Parameters every kinetic solver takes. */
    static List<ParameterSpec> commonParameters() {
        return List.of(
                ParameterSpec.text("integrator", "time stepper: L-stable Rosenbrock (stiff) or"
                        + " explicit Dormand-Prince 8(5,3)").oneOf("rosenbrock", "dop853")
                        .withDefault("rosenbrock"),
                ParameterSpec.real("tolerance", "relative tolerance of the adaptive integrator",
                        "").above(0).below(1).withDefault(1e-6),
                ParameterSpec.real("conservation", "largest relative drift of particle number,"
                        + " momentum and energy before the run is stopped", "").above(0)
                        .withDefault(1e-6),
                ParameterSpec.integer("linearise", "charges M of the linearised operator Γ"
                        + " (eq. (85)) about the thermal state with the initial N, P, E, whose"
                        + " rates and gap go to summary.json; 0 skips it").atLeast(0)
                        .withDefault(16));
    }

    /**
     * @param provider its provider, which declares its name and snapshot views: the state first,
     *     then those of {@link #views(TbaState)}
     * @param parameters validated parameters (at least {@link #commonParameters()})
     */
    protected KineticSolver(SolverProvider provider, Parameters parameters) {
        super(provider, parameters);
    }

    /** The kinetic equation of a problem (may be expensive to build; built once per run). */
    protected abstract KineticEquation equation(Problem problem);

    /** {@code conservation} only decides when the run stops (its {@link ConservationMonitor}). */
    @Override
    public Set<String> checkParameters() {
        return Set.of("conservation");
    }

    /**
     * The Rosenbrock steps never read the end time; the Dormand-Prince integrator's step bounds
     * are set from it ({@code 1e-14·max(1, t_end)} to {@code t_end}), so it is not extendable.
     */
    @Override
    public boolean extendable(Problem problem) {
        return parameters.text("integrator").equals("rosenbrock");
    }

    /**
     * The integrator's dense Jacobian and its factor ({@code n × n} each, Rosenbrock), and the
     * TBA dressing of the evolving state (the model's {@code dressingBytes}), for {@code n}
     * modes.
     */
    @Override
    public ResourceEstimate estimate(Problem problem) {
        int n = problem.space().size();
        return new ResourceEstimate(String.format(Locale.ROOT, "the %s solver on %d modes",
                name(), n), ResourceEstimate.doubles(2.0 * n * n + 20.0 * n)
                        + problem.space().model().dressingBytes(n), Double.NaN, "grid.points");
    }

    /**
     * The views of the snapshot emitted for a state (default: the state alone); a subclass that
     * offers more lists their classes in its provider's
     * {@link SolverProvider#snapshotViews()}.
     */
    protected Object[] views(TbaState state) {
        return new Object[] {state};
    }

    @Override
    public Evolution start(Problem problem, RunContext context) {
        double[] reference = conserved(problem.initialState());
        KineticEvolution e = new KineticEvolution(equation(problem), problem, reference,
                problem.outputTimes()[0], problem.initialState().density(), Double.NaN,
                new double[0]);
        linearise(e.equation, problem.space(), reference, context);
        return e;
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        double[] reference = saved.array("reference");
        KineticEvolution e = new KineticEvolution(equation(problem), problem, reference,
                saved.time(), saved.array("rho"), saved.array("step")[0],
                saved.arrays().containsKey("integrator") ? saved.array("integrator")
                        : new double[0]);
        linearise(e.equation, problem.space(), reference, context);
        return e;
    }

    /**
     * {@code ∂_t ρ = I[ρ]} from output time to output time: the state (density, last step size,
     * the Rosenbrock method's Jacobian) and its checks (finite, N, P, E conserved).
     */
    private final class KineticEvolution implements Evolution {
        private final KineticEquation equation;
        private final ModeSpace space;
        private final double[] reference;
        private final double end;
        private final double scale;
        /** Densities below the integrator's absolute tolerance are noise in the empty tails. */
        private final double floor;
        private final Rosenbrock2 ros;
        private double time;
        private double[] rho;
        private double lastStep;

        KineticEvolution(KineticEquation equation, Problem problem, double[] reference,
                double time, double[] rho, double lastStep, double[] integratorState) {
            this.equation = equation;
            this.space = problem.space();
            this.reference = reference;
            this.end = problem.endTime();
            this.time = time;
            this.rho = rho;
            this.lastStep = lastStep;
            // tolerances scale with the initial state, the same on resume
            double max = 0;
            for (double r : problem.initialState().density()) {
                max = Math.max(max, Math.abs(r));
            }
            this.scale = max;
            double tolerance = parameters.real("tolerance");
            this.floor = 100 * tolerance * scale;
            if (parameters.text("integrator").equals("rosenbrock")) {
                ros = Rosenbrock2.conserving(equation, space, tolerance, tolerance * scale);
                ros.restore(integratorState);
            } else {
                ros = null;
            }
        }

        @Override
        public double time() {
            return time;
        }

        @Override
        public void advance(double until, Interval interval) {
            if (ros != null) {
                try {
                    Object[] result = ros.integrate(time, rho, until,
                            Double.isFinite(lastStep) ? Math.min(lastStep, until - time) : -1,
                            interval::progress);
                    rho = (double[]) result[0];
                    lastStep = (Double) result[1];
                } catch (IllegalStateException e) {
                    throw new InvalidInputException("solver", "the integrator failed between"
                            + " t = " + Parameters.format(time) + " and "
                            + Parameters.format(until) + ": " + e.getMessage());
                }
            } else {
                rho = dormandPrince(until, interval);
            }
            time = until;
        }

        @Override
        public Snapshot snapshot() {
            return Snapshot.of(time, views(TbaState.fromEvolvedDensity(space, rho, floor)));
        }

        @Override
        public List<ConservationMonitor> monitors() {
            // momentum may vanish: measure its drift against the momentum scale sqrt(2 N E)
            double[] scales = {Math.abs(reference[0]),
                Math.sqrt(Math.abs(2 * reference[0] * reference[2])), Math.abs(reference[2])};
            return List.of(new ConservationMonitor(List.of("particle number", "momentum",
                    "energy"), reference, scales,
                    s -> conserved(s.view(TbaState.class).orElseThrow()),
                    parameters.real("conservation"), "solver.conservation",
                    "refine the grid or lower solver.tolerance"));
        }

        @Override
        public Map<String, double[]> save() {
            return Map.of("rho", rho, "step", new double[] {lastStep}, "reference", reference,
                    "integrator", ros == null ? new double[0] : ros.state());
        }

        private double[] dormandPrince(double until, Interval interval) {
            double tolerance = parameters.real("tolerance");
            double[] absTol = new double[rho.length];
            double[] relTol = new double[rho.length];
            Arrays.fill(absTol, tolerance * scale);
            Arrays.fill(relTol, tolerance);
            FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return space.size();
                }

                @Override
                public void computeDerivatives(double t, double[] y, double[] yDot) {
                    // trial stages of a step that will be rejected may leave the physical
                    // domain; only accepted states at output times are checked (against the
                    // floor)
                    double[] d = equation.timeDerivative(TbaState.fromEvolvedDensity(space, y,
                            Double.POSITIVE_INFINITY));
                    System.arraycopy(d, 0, yDot, 0, d.length);
                }
            };
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(
                    1e-14 * Math.max(1, end), end, absTol, relTol);
            if (Double.isFinite(lastStep) && lastStep > 0) {
                integrator.setInitialStepSize(Math.min(lastStep, until - time));
            }
            integrator.addStepHandler(new StepHandler() {
                @Override
                public void init(double t, double[] y, double tEnd) {
                }

                @Override
                public void handleStep(StepInterpolator interpolator, boolean isLast) {
                    double h = interpolator.getCurrentTime() - interpolator.getPreviousTime();
                    if (!isLast || lastStep != lastStep) {
                        lastStep = Math.abs(h);
                    }
                    interval.progress(interpolator.getCurrentTime());
                }
            });
            double[] y = rho.clone();
            try {
                integrator.integrate(ode, time, rho, until, y);
            } catch (MathIllegalStateException e) {
                throw new InvalidInputException("solver", "the integrator failed between t = "
                        + Parameters.format(time) + " and " + Parameters.format(until) + ": "
                        + e.getMessage());
            }
            return y;
        }
    }

    /**
     * Reports the spectrum of the linearised operator Γ (eq. (85), {@link Linearisation}) about
     * the thermal state with the conserved densities of the initial state, the state the run
     * should relax to: {@code linearised_rates} (all M eigenvalues, 1/time, the first three
     * ≈ 0), {@code linearised_gap} and {@code linearised_t_therm = 1/gap}. Done before the
     * evolution, so that an impossible request fails at once.
     */
    private void linearise(KineticEquation equation, ModeSpace space, double[] conserved,
            RunContext context) {
        int charges = parameters.integer("linearise");
        if (charges == 0) {
            return;
        }
        if (charges < 4) {
            throw new InvalidInputException("solver.linearise", "needs 0 (skip) or at least 4"
                    + " charges (three are conserved), got " + charges);
        }
        TbaState thermal;
        try {
            thermal = Gge.withCharges(space, conserved).state();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("solver.linearise", "no thermal state with the"
                    + " initial densities on this grid to linearise about (" + e.getMessage()
                    + "); widen the grid or set solver.linearise = 0");
        }
        Linearisation lin;
        try {
            lin = new Linearisation(equation, thermal, charges);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("solver.linearise", e.getMessage());
        }
        context.result("linearised_charges", charges);
        context.result("linearised_rates", lin.eigenvalues());
        context.result("linearised_gap", lin.gap());
        context.result("linearised_t_therm", lin.thermalisationTime());
        context.result("linearised_asymmetry", lin.asymmetry());
    }

    /** Particle number, momentum and energy densities. */
    static double[] conserved(TbaState s) {
        return new double[] {s.particleDensity(), s.momentumDensity(), s.energyDensity()};
    }

    /**
     * Base of the providers of kinetic solvers: their parameters are
     * {@link #commonParameters()}, and they assume continuum momentum: a collision integral
     * conserves it (momentum-transfer δ-functions on the line), not a lattice momentum modulo
     * 2π, so a lattice model is refused up front.
     */
    public abstract static class KineticProvider extends SolverProviderBase {

        /** See {@link SolverProviderBase#SolverProviderBase}. */
        protected KineticProvider(String name, String description, List<Class<?>> views) {
            super(name, description, views, Set.of(ModelTrait.CONTINUUM_MOMENTUM));
        }

        @Override
        public List<ParameterSpec> parameters() {
            return new ArrayList<>(commonParameters());
        }
    }
}
