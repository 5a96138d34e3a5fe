package org.rapidity.solvers.kinetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The time evolution shared by the homogeneous kinetic equations ({@code landau}, {@code fgr}):
 * {@code ∂_t ρ = I[ρ]} integrated from output time to output time, by default with the L-stable
 * Rosenbrock method ROS2 ({@link Rosenbrock2}; the collision operators diffuse in rapidity, so
 * their largest rates grow as N² and explicit methods are limited by stability, not accuracy),
 * or with the adaptive Dormand–Prince 8(5,3) method of Commons Math (the seed's DOP853,
 * {@code integrator = "dop853"}). At each output the state is checked
 * (finite, particle number, momentum and energy conserved within {@code conservation}) and
 * handed to the observers, then a checkpoint (density, last step size) is offered, from which an
 * interrupted run resumes exactly where the last checkpoint was taken.
 */
public abstract class KineticSolver implements Solver {

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

    private final Parameters parameters;

    /** @param parameters validated parameters (at least {@link #commonParameters()}) */
    protected KineticSolver(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The kinetic equation of a problem (may be expensive to build; built once per run). */
    protected abstract KineticEquation equation(Problem problem);

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
     * offers more lists their classes in {@link #snapshotViews()}.
     */
    protected Object[] views(TbaState state) {
        return new Object[] {state};
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public List<Class<?>> snapshotViews() {
        return List.of(TbaState.class);
    }

    @Override
    public void run(Problem problem, RunContext context) {
        KineticEquation equation = equation(problem);
        ModeSpace space = problem.space();
        double[] times = context.outputTimes();
        double[] rho = problem.initialState().density();
        int next = 0;
        double step = Double.NaN;
        double[] reference = conserved(problem.initialState());
        double[] integratorState = new double[0];
        if (context.resumeFrom().isPresent()) {
            Checkpoint c = context.resumeFrom().get();
            rho = c.array("rho");
            step = c.array("step")[0];
            reference = c.array("reference");
            next = c.outputsDone();
            if (c.arrays().containsKey("integrator")) {
                integratorState = c.array("integrator");
            }
        }
        linearise(equation, problem.space(), reference, context);
        double tolerance = parameters.real("tolerance");
        // tolerances scale with the initial state, the same on resume
        double scale = 0;
        for (double r : problem.initialState().density()) {
            scale = Math.max(scale, Math.abs(r));
        }
        double end = times[times.length - 1];
        double[] absTol = new double[rho.length];
        double[] relTol = new double[rho.length];
        java.util.Arrays.fill(absTol, tolerance * scale);
        // densities below the integrator's absolute tolerance are noise in the empty tails
        final double floor = 100 * tolerance * scale;
        java.util.Arrays.fill(relTol, tolerance);
        FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return space.size();
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                // trial stages of a step that will be rejected may leave the physical domain;
                // only accepted states at output times are checked (against the floor)
                double[] d = equation.timeDerivative(TbaState.fromEvolvedDensity(space, y,
                        Double.POSITIVE_INFINITY));
                System.arraycopy(d, 0, yDot, 0, d.length);
            }
        };
        if (next == 0) {
            emit(context, problem, rho, times[0], reference, floor);
            next = 1;
            context.checkpoint(new Checkpoint(times[0], 1, Map.of("rho", rho,
                    "step", new double[] {Double.NaN}, "reference", reference)));
        }
        double[] lastStep = {step};
        boolean rosenbrock = parameters.text("integrator").equals("rosenbrock");
        double[][] invariants = new double[3][];
        double[] weights = space.weights();
        for (int c = 0; c < 3; c++) {
            invariants[c] = space.charge(c);
            for (int i = 0; i < weights.length; i++) {
                invariants[c][i] *= weights[i];
            }
        }
        Rosenbrock2 ros = rosenbrock ? new Rosenbrock2(y -> equation.timeDerivative(
                TbaState.fromEvolvedDensity(space, y, Double.POSITIVE_INFINITY)), space.size(),
                tolerance, tolerance * scale, invariants) : null;
        if (ros != null) {
            ros.restore(integratorState);
        }
        for (int k = next; k < times.length; k++) {
            double t0 = times[k - 1];
            double t1 = times[k];
            if (rosenbrock) {
                try {
                    Object[] result = ros.integrate(t0, rho, t1,
                            Double.isFinite(lastStep[0]) ? Math.min(lastStep[0], t1 - t0) : -1,
                            context::progress);
                    rho = (double[]) result[0];
                    lastStep[0] = (Double) result[1];
                } catch (IllegalStateException e) {
                    throw new InvalidInputException("solver", "the integrator failed between"
                            + " t = " + Parameters.format(t0) + " and " + Parameters.format(t1)
                            + ": " + e.getMessage());
                }
            } else {
                rho = dormandPrince(ode, rho, t0, t1, end, absTol, relTol, lastStep, context);
            }
            emit(context, problem, rho, t1, reference, floor);
            context.checkpoint(new Checkpoint(t1, k + 1, Map.of("rho", rho,
                    "step", new double[] {lastStep[0]}, "reference", reference,
                    "integrator", ros == null ? new double[0] : ros.state())));
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

    private static double[] dormandPrince(FirstOrderDifferentialEquations ode, double[] rho,
            double t0, double t1, double end, double[] absTol, double[] relTol,
            double[] lastStep, RunContext context) {
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(
                1e-14 * Math.max(1, end), end, absTol, relTol);
        if (Double.isFinite(lastStep[0]) && lastStep[0] > 0) {
            integrator.setInitialStepSize(Math.min(lastStep[0], t1 - t0));
        }
        integrator.addStepHandler(new StepHandler() {
            @Override
            public void init(double t, double[] y, double tEnd) {
            }

            @Override
            public void handleStep(StepInterpolator interpolator, boolean isLast) {
                double h = interpolator.getCurrentTime() - interpolator.getPreviousTime();
                if (!isLast || lastStep[0] != lastStep[0]) {
                    lastStep[0] = Math.abs(h);
                }
                context.progress(interpolator.getCurrentTime());
            }
        });
        double[] y = rho.clone();
        try {
            integrator.integrate(ode, t0, rho, t1, y);
        } catch (MathIllegalStateException e) {
            throw new InvalidInputException("solver", "the integrator failed between t = "
                    + Parameters.format(t0) + " and " + Parameters.format(t1) + ": "
                    + e.getMessage());
        }
        return y;
    }

    private void emit(RunContext context, Problem problem, double[] rho, double t,
            double[] reference, double floor) {
        TbaState state = TbaState.fromEvolvedDensity(problem.space(), rho, floor);
        double[] now = conserved(state);
        double limit = parameters.real("conservation");
        String[] names = {"particle number", "momentum", "energy"};
        // momentum may vanish: measure its drift against the momentum scale sqrt(2 N E)
        double[] scale = {Math.abs(reference[0]),
            Math.sqrt(Math.abs(2 * reference[0] * reference[2])), Math.abs(reference[2])};
        for (int c = 0; c < 3; c++) {
            double drift = Math.abs(now[c] - reference[c]) / Math.max(scale[c], 1e-300);
            if (drift > limit) {
                throw new InvalidInputException("solver", String.format(Locale.ROOT,
                        "%s drifted by %.2e (relative) by t = %s, beyond solver.conservation ="
                                + " %.0e; refine the grid or lower solver.tolerance",
                        names[c], drift, Parameters.format(t), limit));
            }
        }
        context.emit(Snapshot.of(t, views(state)));
    }

    /** Particle number, momentum and energy densities. */
    static double[] conserved(TbaState s) {
        return new double[] {s.particleDensity(), s.momentumDensity(), s.energyDensity()};
    }
}
