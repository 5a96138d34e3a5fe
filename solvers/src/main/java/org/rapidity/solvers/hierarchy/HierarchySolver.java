package org.rapidity.solvers.hierarchy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.spi.Truncation;
import org.rapidity.framework.spi.TwoPointMoments;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.solvers.kinetic.LandauSolver;

/**
 * The {@code hierarchy} solver: the homogeneous gBBGKY hierarchy (47)-(49) truncated as the
 * problem's {@code truncation} says ({@link HierarchyTruncation}; {@code kubo} when none is
 * named), optionally handing over to the generalised Landau equation at {@code t_landau}, as the
 * paper does for Fig. 6 (appendix C): the hierarchy up to {@code t_L}, then the {@code landau}
 * solver from the density reached. The state starts uncorrelated ({@code g2 = 0}, a GGE).
 *
 * <p>Numerics ({@link TwoPointEquations}, {@link ExponentialStepper}): uniform rapidity grid of the
 * problem; periodic separations {@code |z| <= z_max} with {@code z_points} nodes and an absorbing
 * layer in the outer {@code absorbing_layer} fraction (correlations leave as on the infinite
 * line; at the edge they must have died out, checked at every output against
 * {@code edge_tolerance}); ETDRK4 with exact transport in the normal-mode basis, steps of at
 * most {@code time_step}; every coefficient ({@code A}, {@code C}, {@code C^γ}, {@code 𝔇})
 * recomputed from the density at every stage.
 *
 * <p>Checks at every output: finite state, particle number to {@code 1e-9} (it is conserved to
 * rounding), total energy (kinetic + interaction, {@link HierarchySnapshot}) within
 * {@code conservation} of the kinetic energy scale, {@code g2} symmetric. Checkpoints hold
 * {@code ρ}, {@code G̃} and the reference density of its basis, so a resumed run steps exactly as
 * the uninterrupted one; in the Landau phase, the Landau solver's own checkpoint.
 */
public final class HierarchySolver implements Solver {

    /**
     * Densities down to {@code -NEGATIVE_TAIL} of the largest are accepted: the truncated
     * hierarchy does not preserve positivity, and in the nearly empty tails the discretisation
     * errors of the filamenting {@code g2} reach this level on coarse rapidity grids.
     */
    static final double NEGATIVE_TAIL = 1e-6;

    private final Parameters parameters;

    HierarchySolver(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The solver's parameters. */
    static List<ParameterSpec> parameterSpecs() {
        return List.of(
                ParameterSpec.real("z_max", "half-width L of the separation grid |z| <= L"
                        + " (default 10 ξ of the longest-ranged perturbation)", "length")
                        .above(0),
                ParameterSpec.integer("z_points", "nodes of the periodic separation grid"
                        + " (even)").atLeast(8).atMost(1 << 16).withDefault(100),
                ParameterSpec.real("time_step", "largest step of the ETDRK4 integrator", "time")
                        .above(0).withDefault(0.5),
                ParameterSpec.real("t_landau", "hand-off time t_L to the generalised Landau"
                        + " equation (default: no hand-off)", "time").above(0),
                ParameterSpec.real("absorbing_layer", "fraction of [0, z_max] at each end where"
                        + " correlations are absorbed (0: periodic)", "").atLeast(0).atMost(0.5)
                        .withDefault(0.2),
                ParameterSpec.real("edge_tolerance", "largest |∫∫θ1^α θ2^α g2| (α = 0, 1, 2) at"
                        + " z = ±z_max relative to its maximum over z before the run stops", "")
                        .above(0).withDefault(1e-3),
                ParameterSpec.real("conservation", "largest drift of the total energy (with"
                        + " what the absorbing layer carried out) relative to the initial kinetic"
                        + " energy before the run stops", "").above(0).withDefault(1e-6),
                ParameterSpec.integer("g3_points", "separations per axis of the three-point"
                        + " function (three-point truncation; even, at most z_points; same"
                        + " spacing as the two-point grid)").atLeast(8).atMost(1 << 12)
                        .withDefault(32),
                ParameterSpec.real("landau_tolerance", "relative tolerance of the Landau"
                        + " solver after the hand-off", "").above(0).below(1).withDefault(1e-6),
                ParameterSpec.integer("landau_linearise", "charges M of the linearised Landau"
                        + " operator Γ (eq. (85)) computed at the hand-off about the thermal state"
                        + " with the densities of ρ(t_L), spectrum to summary.json (the landau"
                        + " solver's linearise; 0 skips it)").atLeast(0).withDefault(0));
    }

    @Override
    public String name() {
        return "hierarchy";
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public List<Class<?>> snapshotViews() {
        return List.of(TbaState.class, EnergyBudget.class, TwoPointMoments.class);
    }

    /** The problem's truncation, or {@code kubo}. */
    static Truncation truncation(Problem problem) {
        return problem.truncation().orElse(HierarchyTruncation.kubo());
    }

    /**
     * The two-point function {@code g(z; θ, θ')} on {@code z_points × n²} nodes: about 20 arrays
     * of that size alive at once (the state, the exponential stepper's stages and the
     * equations' work arrays), plus the three-point layer ({@link TwoPointRun#threePointBytes},
     * five copies for the integrator).
     */
    @Override
    public ResourceEstimate estimate(Problem problem) {
        double n = problem.space().size();
        double nz = parameters.integer("z_points");
        Truncation t = problem.truncation().orElse(null);
        int ns = parameters.has("g3_points") ? parameters.integer("g3_points") : 0;
        double three = t != null && t.order() == 3 && ns % 2 == 0
                ? TwoPointRun.threePointBytes(problem.space().size(), ns) : 0;
        return new ResourceEstimate(String.format(Locale.ROOT, "the two-point function on %.0f"
                + " rapidities² × %.0f separations%s", n, nz, three > 0 ? " and the three-point"
                + " function on " + ns + "² separations" : ""),
                ResourceEstimate.doubles(20 * nz * n * n) + three, Double.NaN, three > 0
                        ? parameters.field("g3_points") : parameters.field("z_points")
                        + " or grid.points");
    }

    @Override
    public void check(Problem problem) {
        ModeSpace space = problem.space();
        if (problem.perturbations().isEmpty()) {
            throw new InvalidInputException("perturbations", "the hierarchy solver needs a"
                    + " long-range perturbation (e.g. {\"name\": \"power-law\", \"V0\": 2,"
                    + " \"xi\": 20}); without one a homogeneous state does not evolve");
        }
        if (space.speciesCount() != 1) {
            throw new InvalidInputException("model", "the hierarchy solver is implemented for"
                    + " one quasiparticle species; model " + space.model().name() + " has "
                    + space.speciesCount());
        }
        if (space.grid(0).rule() != QuadratureGrid.Rule.UNIFORM) {
            throw new InvalidInputException("grid.quadrature", "the hierarchy solver needs a"
                    + " uniform rapidity grid (\"uniform\"): its rapidity derivative is the"
                    + " conservative finite difference of equal spacing");
        }
        Truncation t = truncation(problem);
        boolean known = t.order() == 1 || (t.order() == 2)
                || (t.order() == 3 && t.closure() == Truncation.Closure.NONE);
        if (!known) {
            throw new InvalidInputException("truncation.name", "truncation '" + t.name()
                    + "' (order " + t.order() + ", closure " + t.closure() + ") is not one the"
                    + " hierarchy solver evolves; use mean-field, two-point, kubo or three-point");
        }
        if (t.order() == 3) {
            int ns = parameters.integer("g3_points");
            if (ns % 2 != 0 || ns > parameters.integer("z_points")) {
                throw new InvalidInputException("solver.g3_points", "must be even and at most"
                        + " solver.z_points = " + parameters.integer("z_points") + ", got " + ns);
            }
            long bytes = TwoPointRun.threePointBytes(space.size(), ns);
            long max = Runtime.getRuntime().maxMemory();
            if (bytes > 0.9 * max) {
                throw new InvalidInputException("solver.g3_points", String.format(Locale.ROOT,
                        "the three-point function on %d rapidities and %d² separations needs"
                                + " %.1f GB (five copies for the integrator), the JVM has %.1f"
                                + " GB; use fewer points or raise the heap (RAPIDITY_JAVA_OPTS="
                                + "-Xmx…)", space.size(), ns, bytes / 1e9, max / 1e9));
            }
        }
        int nz = parameters.integer("z_points");
        if (nz % 2 != 0) {
            throw new InvalidInputException("solver.z_points", "must be even (the separation"
                    + " grid has nodes at z = 0 and z = ±z_max), got " + nz);
        }
        double zmax = zMax(problem);
        Perturbation v = SumPerturbation.of(problem.perturbations());
        if (zmax < 2 * v.range()) {
            throw new InvalidInputException("solver.z_max", "must be at least twice the range"
                    + " ξ = " + Parameters.format(v.range()) + " of the potential (the paper"
                    + " uses 10 ξ), got " + Parameters.format(zmax));
        }
    }

    double zMax(Problem problem) {
        return parameters.optionalReal("z_max").orElse(10 * SumPerturbation
                .of(problem.perturbations()).range());
    }

    @Override
    public void run(Problem problem, RunContext context) {
        check(problem);
        Truncation truncation = truncation(problem);
        Perturbation v = SumPerturbation.of(problem.perturbations());
        ModeSpace space = problem.space();
        SeparationGrid grid = new SeparationGrid(zMax(problem), parameters.integer("z_points"), v);
        double[] times = context.outputTimes();
        Optional<Double> tL = parameters.optionalReal("t_landau");
        int next = 0;
        Optional<Checkpoint> resume = context.resumeFrom();
        if (resume.isPresent() && resume.get().arrays().containsKey(LandauHandoff.MARK)) {
            LandauHandoff.resume(this, problem, grid, v, resume.get(), context);
            return;
        }
        TwoPointRun run = truncation.order() >= 2 ? new TwoPointRun(space, v, grid,
                truncation.closure() == Truncation.Closure.KUBO_DIFFUSION,
                parameters.real("time_step"), parameters.real("absorbing_layer"),
                truncation.order() == 3 ? parameters.integer("g3_points") : 0) : null;
        double[] rho = problem.initialState().density();
        double time = times[0];
        double[] reference;
        if (resume.isPresent()) {
            Checkpoint c = resume.get();
            rho = c.array("rho");
            reference = c.array("reference");
            time = c.time();
            next = c.outputsDone();
            if (run != null) {
                run.restore(rho, c.array("g"), c.array("rho_ref"), c.array("absorbed")[0],
                        c.arrays().containsKey("g3") ? c.array("g3") : null);
            }
        } else {
            if (run != null) {
                run.start(rho);
            }
            HierarchySnapshot s0 = snapshot(space, grid, v, rho, run);
            reference = new double[] {TbaState.fromDensity(space, rho).particleDensity(),
                s0.kineticEnergyDensity(), s0.totalEnergyDensity()};
        }
        for (int k = next; k < times.length; k++) {
            double t1 = times[k];
            if (tL.isPresent() && t1 > tL.get()) {
                // hierarchy up to t_L, then the Landau equation for the remaining outputs
                if (run != null && tL.get() > time) {
                    run.advance(time, tL.get(), context::progress);
                    rho = run.density();
                }
                HierarchySnapshot atHandoff = snapshot(space, grid, v, rho, run);
                LandauHandoff.start(this, problem, grid, v, rho,
                        atHandoff.interactionEnergyDensity(), tL.get(), k, context);
                return;
            }
            if (t1 > time && run != null) {
                run.advance(time, t1, context::progress);
                rho = run.density();
            }
            time = t1;
            emit(context, space, grid, v, rho, run, t1, reference);
            Map<String, double[]> arrays = new LinkedHashMap<>();
            arrays.put("rho", rho);
            arrays.put("reference", reference);
            if (run != null) {
                arrays.put("g", run.modes());
                arrays.put("rho_ref", run.basis().referenceDensity());
                arrays.put("absorbed", new double[] {run.absorbedEnergy()});
                if (run.threePoint() != null) {
                    arrays.put("g3", run.threePoint());
                }
            }
            context.checkpoint(new Checkpoint(t1, k + 1, arrays));
        }
    }

    private static HierarchySnapshot snapshot(ModeSpace space, SeparationGrid grid,
            Perturbation v, double[] rho, TwoPointRun run) {
        if (run != null) {
            return run.snapshot();
        }
        TbaState s = TbaState.fromEvolvedDensity(space, rho, Double.POSITIVE_INFINITY);
        return HierarchySnapshot.of(s.energyDensity(), TwoPointRun.contactEnergy(s, grid, v),
                grid, new NormalModes(s), space.thetas(), space.weights(), null);
    }

    private void emit(RunContext context, ModeSpace space, SeparationGrid grid, Perturbation v,
            double[] rho, TwoPointRun run, double t, double[] reference) {
        double max = 0;
        for (double r : rho) {
            if (!Double.isFinite(r)) {
                throw new InvalidInputException("solver", "the hierarchy produced a non-finite"
                        + " density by t = " + Parameters.format(t) + "; lower solver.time_step");
            }
            max = Math.max(max, Math.abs(r));
        }
        TbaState state;
        try {
            state = TbaState.fromEvolvedDensity(space, rho, NEGATIVE_TAIL * max);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("grid.points", "by t = " + Parameters.format(t)
                    + " " + e.getMessage().replaceFirst("^solver: ", "").replace("; reduce the"
                    + " solver tolerance or refine the grid", "") + ": the rapidity grid no"
                    + " longer resolves the correlations (they filament as t grows: resolve"
                    + " ξ/t); refine the grid");
        }
        HierarchySnapshot views = snapshot(space, grid, v, rho, run);
        double dn = Math.abs(state.particleDensity() - reference[0]) / reference[0];
        if (dn > 1e-9) {
            throw new InvalidInputException("solver", String.format(Locale.ROOT, "particle number"
                    + " drifted by %.2e (relative) by t = %s; it should be conserved to rounding",
                    dn, Parameters.format(t)));
        }
        double absorbed = run == null ? 0 : run.absorbedEnergy();
        double de = Math.abs(views.totalEnergyDensity() + absorbed - reference[2])
                / Math.abs(reference[1]);
        if (!(de <= parameters.real("conservation"))) {
            throw new InvalidInputException("solver", String.format(Locale.ROOT, "total energy"
                    + " (with the %.2e carried out by the absorbing layer) drifted by %.2e of the"
                    + " kinetic energy by t = %s, beyond solver.conservation = %.0e; lower"
                    + " solver.time_step or refine the grids", absorbed, de,
                    Parameters.format(t), parameters.real("conservation")));
        }
        if (run != null) {
            double edge = run.edgeRatio();
            if (edge > parameters.real("edge_tolerance")) {
                throw new InvalidInputException("solver.z_max", String.format(Locale.ROOT,
                        "correlations reached the edge of the separation grid by t = %s (their"
                                + " rapidity moments at z = ±%s are %.1e of their largest);"
                                + " increase solver.z_max or solver.absorbing_layer", Parameters.format(t),
                        Parameters.format(grid.halfLength()), edge));
            }
            double asym = run.asymmetry();
            if (!(asym <= 1e-9)) {
                throw new IllegalStateException("g2 lost its symmetry (θ1,z) <-> (θ2,-z): "
                        + asym);
            }
        }
        context.emit(Snapshot.of(t, state, views));
    }

    /** Provides {@code hierarchy}. */
    public static final class Provider implements SolverProvider {
        @Override
        public String name() {
            return "hierarchy";
        }

        @Override
        public String description() {
            return "homogeneous gBBGKY hierarchy (47)-(49) with the problem's truncation"
                    + " (default kubo: (111)-(112)), optionally handing over to the generalised"
                    + " Landau equation at t_landau (Fig. 6)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return new ArrayList<>(parameterSpecs());
        }

        @Override
        public Solver create(Parameters parameters) {
            return new HierarchySolver(parameters);
        }
    }

    /** The Landau solver used after the hand-off. */
    Solver landau() {
        LandauSolver.Provider p = new LandauSolver.Provider();
        return p.create(Parameters.validate("solver", p.parameters(),
                Map.of("tolerance", parameters.real("landau_tolerance"), "linearise",
                        parameters.integer("landau_linearise"))));
    }
}
