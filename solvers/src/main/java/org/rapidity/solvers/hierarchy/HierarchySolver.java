package org.rapidity.solvers.hierarchy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rapidity.framework.evolution.ConservationMonitor;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.SolverBase;
import org.rapidity.framework.observables.NegativeDensity;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProviderBase;
import org.rapidity.framework.spi.Truncation;
import org.rapidity.framework.spi.TwoPointMoments;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code hierarchy} solver: the homogeneous gBBGKY hierarchy (47)-(49) truncated as the
 * problem's {@code truncation} says ({@link HierarchyTruncation}; {@code kubo} when none is
 * named). The state starts uncorrelated ({@code g2 = 0}, a GGE). The paper's Fig. 6 hands over
 * to the generalised Landau equation at {@code t_L} (appendix C): that is a two-stage run
 * declared in the descriptor ({@code "stages": [{"from": t_L, "solver": "landau"}]},
 * {@link org.rapidity.framework.evolution.Stages}); the hierarchy hands over its density and
 * keeps reporting its energy budget ({@link #carriedViews}).
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
 * {@code conservation} of the kinetic energy scale ({@link ConservationMonitor}s), {@code g2}
 * symmetric. Checkpoints hold {@code ρ}, {@code G̃} and the reference density of its basis, so a
 * resumed run steps exactly as the uninterrupted one.
 */
public final class HierarchySolver extends SolverBase {

    /** The snapshot views it emits (its provider declares them; the solver asks it). */
    static final List<Class<?>> VIEWS = List.of(TbaState.class,
            EnergyBudget.class, TwoPointMoments.class);

    /** Its provider (declared after {@link #VIEWS}, which it reads). */
    private static final Provider PROVIDER = new Provider();

    /**
     * Default of {@code negative_tail}: densities down to this fraction of the largest are
     * accepted. The truncated hierarchy does not preserve positivity, and on a coarse rapidity
     * grid the nearly empty tails turn negative (the eighth-order rapidity derivative carries the
     * lumps' under-resolved flanks into them); the level falls steeply with the spacing
     * (docs/solvers/hierarchy.md, "The negative tails").
     */
    static final double NEGATIVE_TAIL = 1e-6;

    /** Checkpoint names of {@code ĝ3}: doubles, or floats under single precision. */
    static final String G3_DOUBLE = "g3";
    static final String G3_SINGLE = "g3_single";

    HierarchySolver(Parameters parameters) {
        super(PROVIDER, parameters);
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
                ParameterSpec.real("absorbing_layer", "fraction of [0, z_max] at each end where"
                        + " correlations are absorbed (0: periodic)", "").atLeast(0).atMost(0.5)
                        .withDefault(0.2),
                ParameterSpec.real("edge_tolerance", "largest |∫∫θ1^α θ2^α g2| (α = 0, 1, 2) at"
                        + " z = ±z_max relative to its maximum over z before the run stops", "")
                        .above(0).withDefault(1e-3),
                ParameterSpec.real("conservation", "largest drift of the total energy (with"
                        + " what the absorbing layer carried out) relative to the initial kinetic"
                        + " energy before the run stops", "").above(0).withDefault(1e-6),
                ParameterSpec.real("negative_tail", "most negative density accepted, relative"
                        + " to the largest (a negative tail is the mark of a too coarse rapidity"
                        + " grid; observable negative-density reports it)", "").above(0)
                        .withDefault(NEGATIVE_TAIL),
                ParameterSpec.integer("g3_points", "separations per axis of the three-point"
                        + " function (three-point truncation; even, at most z_points; same"
                        + " spacing as the two-point grid)").atLeast(8).atMost(1 << 12)
                        .withDefault(32),
                ParameterSpec.text("g3_storage", "rapidity triples of the three-point function"
                        + " held: symmetric (one ordering per triple, N(N+1)(N+2)/6, with the"
                        + " hexagonal truncation of its wavenumbers) or full (N³, square"
                        + " wavenumber grid)").oneOf("symmetric", "full").withDefault("symmetric"),
                ParameterSpec.text("g3_precision", "precision in which the three-point function"
                        + " is stored: double, or single (floats, half the memory; arithmetic in"
                        + " double)").oneOf("double", "single").withDefault("double"));
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
                ? TwoPointRun.threePointBytes(problem.space().size(), ns,
                        parameters.text("g3_storage"), parameters.text("g3_precision")) : 0;
        return new ResourceEstimate(String.format(Locale.ROOT, "the two-point function on %.0f"
                + " rapidities² × %.0f separations%s", n, nz, three > 0 ? " and the three-point"
                + " function on " + ns + "² separations" : ""),
                ResourceEstimate.doubles(20 * nz * n * n) + three, Double.NaN, three > 0
                        ? parameters.field("g3_points") : parameters.field("z_points")
                        + " or grid.points");
    }

    /**
     * Tolerances that only decide when the run stops: the energy monitor's, the negative tail
     * accepted (the density is never clamped) and the correlations' weight at the grid's edge.
     */
    @Override
    public Set<String> checkParameters() {
        return Set.of("conservation", "negative_tail", "edge_tolerance");
    }

    /** Steps of at most {@code time_step} between output times; the end time is never read. */
    @Override
    public boolean extendable(Problem problem) {
        return true;
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
            long bytes = TwoPointRun.threePointBytes(space.size(), ns,
                    parameters.text("g3_storage"), parameters.text("g3_precision"));
            long max = Runtime.getRuntime().maxMemory();
            if (bytes > 0.9 * max) {
                throw new InvalidInputException("solver.g3_points", String.format(Locale.ROOT,
                        "the three-point function on %d rapidities and %d² separations needs"
                                + " %.1f GB (five copies for the integrator), the JVM has %.1f"
                                + " GB; use fewer points, solver.g3_precision = single (half the"
                                + " memory) or raise the heap (RAPIDITY_JAVA_OPTS=-Xmx…)",
                        space.size(), ns, bytes / 1e9, max / 1e9));
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

    /**
     * The saved {@code ĝ3} in the precision it was evolved in, or null: the floats under
     * {@value #G3_SINGLE}, or (checkpoint files of format 2) the floats widened to doubles under
     * that name, or the doubles under {@value #G3_DOUBLE}.
     */
    private static G3Spectrum threePoint(Checkpoint saved) {
        if (saved.singles().containsKey(G3_SINGLE)) {
            return G3Spectrum.wrap(saved.single(G3_SINGLE));
        }
        if (saved.arrays().containsKey(G3_SINGLE)) {
            return G3Spectrum.of(true, saved.array(G3_SINGLE));
        }
        return saved.arrays().containsKey(G3_DOUBLE) ? G3Spectrum.wrap(saved.array(G3_DOUBLE))
                : null;
    }

    @Override
    public Evolution start(Problem problem, RunContext context) {
        return new HierarchyEvolution(problem, null);
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        return new HierarchyEvolution(problem, saved);
    }

    /**
     * After a hand-off ({@link org.rapidity.framework.evolution.Stages}) the hierarchy keeps
     * reporting its energy budget: the kinetic energy {@code ∫ρE} of the next stage's density,
     * the interaction energy frozen at the hand-off (a kinetic equation conserves {@code ∫ρE}, so
     * a closed system keeps it), and {@code g2} moments NaN (no longer evolved).
     */
    @Override
    public Evolution.Carried carriedViews(Problem problem, double[] carry) {
        SeparationGrid grid = separationGrid(problem);
        return state -> List.of(HierarchySnapshot.untracked(state.energyDensity(), carry[0],
                grid));
    }

    private SeparationGrid separationGrid(Problem problem) {
        return new SeparationGrid(zMax(problem), parameters.integer("z_points"),
                SumPerturbation.of(problem.perturbations()));
    }

    /** The hierarchy's state: {@code ρ}, and {@code G̃} (and {@code g3}) when truncated beyond 1. */
    private final class HierarchyEvolution implements Evolution {
        private final ModeSpace space;
        private final Perturbation v;
        private final SeparationGrid grid;
        private final TwoPointRun run;
        private final double[] reference;
        private double[] rho;
        private double time;

        HierarchyEvolution(Problem problem, Checkpoint saved) {
            check(problem);
            Truncation truncation = truncation(problem);
            this.space = problem.space();
            this.v = SumPerturbation.of(problem.perturbations());
            this.grid = separationGrid(problem);
            this.run = truncation.order() >= 2 ? new TwoPointRun(space, v, grid,
                    truncation.closure() == Truncation.Closure.KUBO_DIFFUSION,
                    parameters.real("time_step"), parameters.real("absorbing_layer"),
                    truncation.order() == 3 ? parameters.integer("g3_points") : 0,
                    parameters.text("g3_storage"), "symmetric".equals(parameters.text(
                            "g3_storage")), parameters.text("g3_precision")) : null;
            if (saved != null) {
                rho = saved.array("rho");
                reference = saved.array("reference");
                time = saved.time();
                if (run != null) {
                    run.restore(rho, saved.array("g"), saved.array("rho_ref"),
                            saved.array("absorbed")[0], threePoint(saved));
                }
            } else {
                rho = problem.initialState().density();
                time = problem.outputTimes()[0];
                if (run != null) {
                    run.start(rho);
                }
                HierarchySnapshot s0 = views();
                reference = new double[] {TbaState.fromDensity(space, rho).particleDensity(),
                    s0.kineticEnergyDensity(), s0.totalEnergyDensity()};
            }
        }

        @Override
        public double time() {
            return time;
        }

        @Override
        public void advance(double until, Interval interval) {
            if (run != null) {
                run.advance(time, until, interval::progress);
                rho = run.density();
            }
            time = until;
        }

        private HierarchySnapshot views() {
            if (run != null) {
                return run.snapshot();
            }
            TbaState s = TbaState.fromEvolvedDensity(space, rho, Double.POSITIVE_INFINITY);
            return HierarchySnapshot.of(s.energyDensity(), TwoPointRun.contactEnergy(s, grid, v),
                    grid, new NormalModes(s), space.thetas(), space.weights(), null);
        }

        /** Checks what is the hierarchy's own: finite, resolved, g2 inside the grid, symmetric. */
        @Override
        public Snapshot snapshot() {
            for (double r : rho) {
                if (!Double.isFinite(r)) {
                    throw new InvalidInputException("solver", "the hierarchy produced a"
                            + " non-finite density by t = " + Parameters.format(time)
                            + "; lower solver.time_step");
                }
            }
            TbaState state = positiveEnough(rho, time);
            HierarchySnapshot views = views();
            if (run != null) {
                double edge = run.edgeRatio();
                if (edge > parameters.real("edge_tolerance")) {
                    throw new InvalidInputException("solver.z_max", String.format(Locale.ROOT,
                            "correlations reached the edge of the separation grid by t = %s"
                                    + " (their rapidity moments at z = ±%s are %.1e of their"
                                    + " largest); increase solver.z_max or"
                                    + " solver.absorbing_layer", Parameters.format(time),
                            Parameters.format(grid.halfLength()), edge));
                }
                double asym = run.asymmetry();
                if (!(asym <= 1e-9)) {
                    throw new IllegalStateException("g2 lost its symmetry (θ1,z) <-> (θ2,-z): "
                            + asym);
                }
            }
            return Snapshot.of(time, state, views);
        }

        /**
         * Particle number to rounding; total energy (kinetic + interaction, with what the
         * absorbing layer carried out) within {@code conservation} of the kinetic energy.
         */
        @Override
        public List<ConservationMonitor> monitors() {
            ConservationMonitor particles = new ConservationMonitor(List.of("particle number"),
                    new double[] {reference[0]}, new double[] {reference[0]},
                    s -> new double[] {s.view(TbaState.class).orElseThrow().particleDensity()},
                    1e-9, "the rounding level", "it should be conserved to rounding");
            ConservationMonitor energy = new ConservationMonitor(List.of("total energy (with"
                    + " what the absorbing layer carried out)"), new double[] {reference[2]},
                    new double[] {Math.abs(reference[1])}, s -> new double[] {
                        s.view(HierarchySnapshot.class).orElseThrow().totalEnergyDensity()
                                + (run == null ? 0 : run.absorbedEnergy())},
                    parameters.real("conservation"), "solver.conservation (of the kinetic"
                            + " energy)", "lower solver.time_step or refine the grids");
            return List.of(particles, energy);
        }

        @Override
        public Map<String, double[]> save() {
            Map<String, double[]> arrays = new LinkedHashMap<>();
            arrays.put("rho", rho);
            arrays.put("reference", reference);
            if (run != null) {
                arrays.put("g", run.modes());
                arrays.put("rho_ref", run.basis().referenceDensity());
                arrays.put("absorbed", new double[] {run.absorbedEnergy()});
                if ("double".equals(run.threePointPrecision())) {
                    arrays.put(G3_DOUBLE, run.threePoint());
                }
            }
            return arrays;
        }

        /** {@code ĝ3} stored in single precision, saved as floats (no widening). */
        @Override
        public Map<String, float[]> saveSingle() {
            return run != null && "single".equals(run.threePointPrecision())
                    ? Map.of(G3_SINGLE, run.threePointSingle()) : Map.of();
        }

        /** The density, its tails accepted down to {@code -negative_tail} of its largest. */
        @Override
        public TbaState handOff() {
            return positiveEnough(rho, time);
        }

        /**
         * The state of {@code ρ}, which may dip below zero down to {@code negative_tail} of its
         * largest value (kept as it is, not clamped, so that conserved quantities stay exact).
         *
         * @throws InvalidInputException naming {@code grid.points} and
         *     {@code solver.negative_tail}, with the size and place of the negative part
         */
        private TbaState positiveEnough(double[] rho, double time) {
            TbaState state = TbaState.fromEvolvedDensity(space, rho, Double.POSITIVE_INFINITY);
            double[] negative = NegativeDensity.of(state);
            double tail = parameters.real("negative_tail");
            if (negative[0] < -tail) {
                int worst = 0;
                for (int i = 0; i < rho.length; i++) {
                    worst = rho[i] < rho[worst] ? i : worst;
                }
                throw new InvalidInputException("grid.points", String.format(Locale.ROOT,
                        "by t = %s the density is %.2e of its largest at θ = %.4g (below"
                                + " solver.negative_tail = %.1e; the negative part holds %.1e"
                                + " of the particles): the rapidity grid of spacing %.3g does"
                                + " not resolve the state's tails; refine it (grid.points, or"
                                + " grid.min/max closer to where ρ lives), or accept the tail"
                                + " by raising solver.negative_tail and report the observable"
                                + " negative-density", Parameters.format(time), negative[0],
                        space.theta(worst), tail, -negative[1], space.theta(1) - space.theta(0)));
            }
            return state;
        }

        /** The interaction energy at the hand-off, which the next stage keeps. */
        @Override
        public double[] carry() {
            return new double[] {views().interactionEnergyDensity()};
        }
    }

    /** Provides {@code hierarchy}. */
    public static final class Provider extends SolverProviderBase {

        /** The provider. */
        public Provider() {
            super("hierarchy",
                    "homogeneous gBBGKY hierarchy (47)-(49) with the problem's truncation"
                            + " (default kubo: (111)-(112)); Fig. 6 hands over to landau as a"
                            + " second stage",
                    VIEWS,
                    // The two-body potential's Fourier transform acts on continuum momentum.
                    Set.of(ModelTrait.CONTINUUM_MOMENTUM));
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
}
