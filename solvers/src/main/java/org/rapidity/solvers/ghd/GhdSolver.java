package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.EvolutionDriver;
import org.rapidity.framework.evolution.SolverBase;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.ExternalPotential;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ParameterDrive;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProviderBase;
import org.rapidity.framework.spi.TrapRelease;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The {@code ghd} solver: Euler-scale generalised hydrodynamics in filling space (the strings
 * paper's (S9)),
 * <pre>
 *   ∂_t n_a + v^eff_a ∂_x n_a + F^eff_a ∂_θ n_a = 0,
 * </pre>
 * for any model (one species or many, e.g. Bethe strings), with the effective force of the
 * problem's drives: an {@link ExternalPotential} {@code V(x)} (e.g. {@code harmonic-trap}) and a
 * {@link ParameterDrive} of the model's coupling {@code c(t)} (e.g. {@code linear-ramp})
 * ({@link LocalHydrodynamics}), by the second-order backward semi-Lagrangian method of
 * characteristics (as iFluid; Møller and Schmiedmayer, SciPost Phys. 8, 041 (2020), the strings
 * paper's ref. 33): the filling is constant along {@code ẋ = v^eff, θ̇ = F^eff}, so
 * <pre>
 *   n(t+Δt, x, θ) = n(t, x*, θ*),   (x*, θ*) = (x, θ) - Δt (v, F)_{t+Δt/2}(x - Δt v/2, θ - Δt F/2),
 * </pre>
 * the foot of the characteristic by the midpoint rule, with the fields at {@code t + Δt/2}
 * extrapolated from the last two time levels (one set of dressings per step; the first step,
 * and the first after an event that changes the fields discontinuously, uses a first-order
 * predictor instead) and {@link PhaseSpaceInterpolation} (cubic, limited) for every value off
 * the grid. Positions are cells of a uniform grid with open or periodic ends; rapidities are the
 * descriptor's grid for every species. The time loop is {@link GhdEvolution}, on the framework's
 * evolution driver.
 *
 * <p>The initial state is the local-density approximation of the descriptor's (thermal) state in
 * the potential ({@link LocalDensityApproximation}), optionally at a fixed atom number and
 * displaced; without one it is the descriptor's state everywhere. A ramp of the coupling through
 * zero (into Bethe strings for Lieb-Liniger, as many as the model's {@code strings}) is crossed
 * with the model's {@link ZeroCrossing}.
 *
 * <p>Units: those of the model (positions in its length unit, times in its time unit); the
 * drives convert laboratory units where the model has them.
 */
public final class GhdSolver extends SolverBase {

    /** The snapshot views it emits (its provider declares them; the solver asks it). */
    static final List<Class<?>> VIEWS = List.of(Profile.class, TrapRelease.class);

    /** Its provider (declared after {@link #VIEWS}, which it reads). */
    private static final Provider PROVIDER = new Provider();
    private final double[][] initialFillings;

    GhdSolver(Parameters parameters) {
        this(parameters, null);
    }

    private GhdSolver(Parameters parameters, double[][] initialFillings) {
        super(PROVIDER, parameters);
        this.initialFillings = initialFillings;
    }

    /** The atom-number tolerance only decides when the run stops (its checks throw). */
    @Override
    public Set<String> checkParameters() {
        return Set.of("conservation");
    }

    /**
     * Without a ramp of the coupling: the steps are bounded by {@code dt} or the CFL number
     * (the end time enters only a state where nothing moves). A ramp's crossing of {@code c = 0}
     * is planned up to the end time, so a run with a ramp is not extendable.
     */
    @Override
    public boolean extendable(Problem problem) {
        return problem.drives(ParameterDrive.class).isEmpty();
    }

    @Override
    public void check(Problem problem) {
        Settings.of(parameters, problem);
    }

    /**
     * For {@code nx} cells and {@code M} modes (species × points; after a ramp through c = 0,
     * strings × points): about a dozen fields of {@code nx × M} doubles (fillings, the states'
     * densities, velocities, accelerations, the characteristics' stages) and the kernel
     * ({@code M²}). The dressing of Bethe strings acts on the filled modes only, so its cost
     * depends on the state: no time is claimed.
     */
    @Override
    public ResourceEstimate estimate(Problem problem) {
        double nx = parameters.integer("x_points");
        ModeSpace space = problem.space();
        double points = (double) space.size() / space.speciesCount();
        boolean ramp = !problem.drives(ParameterDrive.class).isEmpty()
                && space.model() instanceof ZeroCrossing;
        double m = Math.max(space.size(), ramp ? ((ZeroCrossing) space.model())
                .speciesAcrossZero() * points : 0);
        return new ResourceEstimate(String.format(Locale.ROOT, "GHD on %.0f cells × %.0f modes",
                nx, m), ResourceEstimate.doubles(12 * nx * m + m * m), Double.NaN,
                parameters.field("x_points") + (ramp ? " or model.strings" : ""));
    }

    @Override
    public Evolution start(Problem problem, RunContext context) {
        return new GhdEvolution(Settings.of(parameters, problem), problem, initialFillings);
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        return new GhdEvolution(Settings.of(parameters, problem), problem, saved);
    }

    /**
     * Evolves a given initial profile (e.g. a partitioning protocol) instead of the one the
     * parameters describe.
     *
     * @param initialFillings {@code n(x_i, θ)} per cell of the solver's position grid on the
     *     problem's modes, or null for the parameters' initial state
     */
    public void run(Problem problem, double[][] initialFillings, RunContext context) {
        EvolutionDriver.run(new GhdSolver(parameters, initialFillings), problem, context);
    }

    /**
     * One second-order advection step of the fillings on the modes {@code space} with given
     * fields (for the benchmark).
     */
    double[][] advectOnce(Problem problem, ModeSpace space, double[][] fill,
            LocalHydrodynamics.Fields fields, double dt) {
        Settings st = Settings.of(parameters, problem);
        QuadratureGrid x = st.positions();
        PhaseSpaceInterpolation in = new PhaseSpaceInterpolation(x.node(0), x.weight(0),
                x.size(), st.boundary(), space);
        return Characteristics.advect(in, x, space, fill, fields.velocity(), fields.force(), dt,
                false);
    }

    /** The descriptor's parameters. */
    static List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.real("x_min", "left end of the box", "length").required(),
                ParameterSpec.real("x_max", "right end of the box", "length").required(),
                ParameterSpec.integer("x_points", "number of cells in x").atLeast(2)
                        .atMost(100_000).required(),
                ParameterSpec.text("boundary", "boundary condition in x").oneOf("open",
                        "periodic").withDefault("open"),
                ParameterSpec.real("atoms", "atom number of the initial LDA profile in the"
                        + " external potential (tunes μ; default: the state's own μ at its"
                        + " minimum)", "").above(0),
                ParameterSpec.real("lda_offset", "centre of the initial LDA profile (the"
                        + " potential stays put: a dipole oscillation)", "length")
                        .withDefault(0.0),
                ParameterSpec.real("crossing_gap", "|c| at which a ramp leaves the grid's"
                        + " dressing and crosses c = 0 by the adiabatic map (default: 2 × the"
                        + " largest rapidity spacing)", "1/length").above(0),
                ParameterSpec.real("dt", "time step (default: from cfl)", "time").above(0),
                ParameterSpec.real("cfl", "time step as a fraction of the time a"
                        + " characteristic needs to cross one cell (in x and in θ)", "")
                        .above(0).withDefault(1.0),
                ParameterSpec.real("conservation", "largest relative change of the atom number"
                        + " between outputs in a potential (after a crossing of c = 0: of the"
                        + " atoms the steps restore to the strings), and in each step of a"
                        + " crossing of c = 0 (adiabatic ramps, strings kept by the map), before"
                        + " the run stops", "").above(0)
                        .withDefault(0.02),
                ParameterSpec.text("scheme", "what is carried along the characteristics:"
                        + " 'filling' (limited cubic interpolation of n), or 'characteristics'"
                        + " (experimental: the feet X_0, Θ_0 of the characteristics, n_0"
                        + " evaluated there; second order for free fronts, not yet for"
                        + " interacting ones, see docs/solvers/ghd.md), or 'free-coordinate'"
                        + " (without force: the exact Euler solution at each output from the"
                        + " free coordinate, no time steps; second order across fronts)")
                        .oneOf("filling", "characteristics", "free-coordinate")
                        .withDefault("filling"),
                ParameterSpec.text("string_grid", "rapidity nodes of the Bethe strings after a"
                        + " ramp through c = 0: 'common' (the grid's nodes for every string) or"
                        + " 'thermal' (the n-string's nodes the grid's scaled by 1/√n about its"
                        + " centre: spacing h/√n for its thermal width √(T/n), the same number"
                        + " of nodes)").oneOf(StringGrids.COMMON, StringGrids.THERMAL)
                        .withDefault(StringGrids.COMMON),
                ParameterSpec.flag("diffusion", "add the Navier-Stokes term ½∂_x(𝔇∂_xρ)"
                        + " (diffusive GHD; Strang splitting with the Euler step)")
                        .withDefault(false),
                ParameterSpec.text("dressing", "how each cell's dressing is solved:"
                        + " 'iterative' (conjugate gradients where the model's dressing is the"
                        + " generic dense one, to a relative residual of 1e-14) or 'dense' (the"
                        + " model's own factorisation); either way each distinct filling is"
                        + " dressed once per step").oneOf("iterative", "dense")
                        .withDefault("iterative"));
    }

    /** The resolved settings of a run, checked against the problem and its drives. */
    record Settings(QuadratureGrid positions, Boundary boundary, double[] potential,
            double[] potentialGradient, double[] initialPotential, double atoms,
            double c0, double rate, double rampEnd, double gap, int strings, double dt,
            double cfl, double conservation, boolean trapped, String scheme,
            boolean diffusion, boolean iterativeDressing, boolean thermalStringGrid) {

        static Settings of(Parameters p, Problem problem) {
            IntegrableModel model = problem.space().model();
            double xMin = p.real("x_min");
            double xMax = p.real("x_max");
            if (!(xMax > xMin)) {
                throw new InvalidInputException(p.field("x_max"), "need x_max > x_min, got ["
                        + xMin + ", " + xMax + "]");
            }
            QuadratureGrid positions = QuadratureGrid.uniform(xMin, xMax, p.integer("x_points"));
            Boundary boundary = Boundary.parse(p.field("boundary"), p.text("boundary"));
            List<ExternalPotential> potentials = problem.drives(ExternalPotential.class);
            boolean trapped = !potentials.isEmpty();
            if (trapped && boundary == Boundary.PERIODIC) {
                throw new InvalidInputException(p.field("boundary"), "an external potential"
                        + " (" + potentials.get(0).name() + ") is not periodic: use boundary"
                        + " open");
            }
            if (!trapped && (p.has("atoms") || p.real("lda_offset") != 0)) {
                throw new InvalidInputException(p.field(p.has("atoms") ? "atoms"
                        : "lda_offset"), "the LDA profile needs an external potential (e.g."
                        + " drives: [{\"name\": \"harmonic-trap\", \"frequency\": \"27.6"
                        + " Hz\"}])");
            }
            boolean forced = trapped || !problem.drives(ParameterDrive.class).isEmpty();
            for (int a = 0; forced && a < model.speciesCount(); a++) {
                if (model.rapidityDomain(a).isPeriodic()) {
                    throw new InvalidInputException("drives", "model " + model.name() + " has"
                            + " rapidities on a circle (" + model.rapidityDomain(a) + "): the"
                            + " force term's characteristics would wrap around it, which ghd"
                            + " does not do yet; run it without drives");
                }
            }
            int nx = positions.size();
            double[] v = new double[nx];
            double[] dv = new double[nx];
            double[] v0 = new double[nx];
            double offset = p.real("lda_offset");
            for (int i = 0; i < nx; i++) {
                double x = positions.node(i);
                for (ExternalPotential u : potentials) {
                    v[i] += u.potential(x);
                    dv[i] += u.gradient(x);
                    v0[i] += u.potential(x - offset);
                }
            }
            // the coupling ramp
            List<ParameterDrive> ramps = problem.drives(ParameterDrive.class);
            if (ramps.size() > 1) {
                throw new InvalidInputException("drives", "the ghd solver ramps one coupling;"
                        + " got " + ramps.size() + " parameter drives");
            }
            double c0 = Double.NaN;
            double rate = 0;
            double rampEnd = Double.POSITIVE_INFINITY;
            double gap = Double.NaN;
            int strings = 0;
            if (!ramps.isEmpty()) {
                ParameterDrive ramp = ramps.get(0);
                if (!(model instanceof CouplingDependent)) {
                    throw new InvalidInputException("drives", "model " + model.name() + " has"
                            + " no coupling to ramp (it does not implement CouplingDependent)");
                }
                c0 = ((CouplingDependent) model).coupling();
                rate = ramp.rate();
                if (!Double.isNaN(ramp.target())) {
                    rampEnd = (ramp.target() - c0) / rate;
                }
                double end = Math.min(rampEnd, problem.endTime());
                double cEnd = c0 + rate * end;
                if (c0 * cEnd <= 0) {
                    if (!(model instanceof ZeroCrossing)) {
                        throw new InvalidInputException("drives", "the ramp crosses c = 0,"
                                + " which model " + model.name() + " does not support");
                    }
                    if (rate > 0) {
                        throw new InvalidInputException("drives", "a ramp up through c = 0 is"
                                + " not supported: the map (S10) goes from c → 0⁺ to c → 0⁻");
                    }
                    strings = ((ZeroCrossing) model).speciesAcrossZero();
                    gap = p.has("crossing_gap") ? p.real("crossing_gap")
                            : 2 * maxSpacing(problem.space());
                    if (!(c0 > gap)) {
                        throw new InvalidInputException(p.field("crossing_gap"), "the ramp"
                                + " starts at c = " + c0 + ", inside the crossing gap ("
                                + gap + "); start further from 0 or make the gap smaller");
                    }
                    if (rampEnd < Double.POSITIVE_INFINITY && c0 + rate * rampEnd > -gap) {
                        throw new InvalidInputException(p.field("crossing_gap"), "the ramp"
                                + " stops at c = " + (c0 + rate * rampEnd) + ", inside the"
                                + " crossing gap (-" + gap + ", " + gap + "); ramp further or"
                                + " make crossing_gap smaller");
                    }
                }
            }
            if (Double.isNaN(gap) && p.text("string_grid").equals(StringGrids.THERMAL)) {
                throw new InvalidInputException(p.field("string_grid"), "'thermal' gives the"
                        + " Bethe strings their own rapidity grids after a ramp through c = 0,"
                        + " which this run does not cross; leave it out (or 'common')");
            }
            if (Double.isNaN(gap) && p.has("crossing_gap")) {
                throw new InvalidInputException(p.field("crossing_gap"), "only for a ramp"
                        + " through c = 0");
            }
            double atoms = p.has("atoms") ? p.real("atoms") : Double.NaN;
            if (problem.initialProfile().isPresent() && (p.has("atoms")
                    || p.real("lda_offset") != 0)) {
                throw new InvalidInputException(p.field(p.has("atoms") ? "atoms"
                        : "lda_offset"), "shapes the LDA profile of a homogeneous thermal"
                        + " state in the trap; this run starts from a state that varies in"
                        + " position, so leave it out");
            }
            String scheme = p.text("scheme");
            if (scheme.equals("characteristics")) {
                if (!Double.isNaN(gap)) {
                    throw new InvalidInputException(p.field("scheme"), "'characteristics'"
                            + " cannot follow the map through c = 0 (the fillings are"
                            + " remapped there); use 'filling'");
                }
                if (boundary == Boundary.PERIODIC) {
                    throw new InvalidInputException(p.field("scheme"), "'characteristics'"
                            + " needs open ends (a foot that wraps around a ring is not"
                            + " tracked); use 'filling' or boundary open");
                }
                if (p.flag("diffusion")) {
                    throw new InvalidInputException(p.field("diffusion"), "the diffusion step"
                            + " changes the fillings between characteristics, which"
                            + " 'characteristics' carries from t = 0; use scheme 'filling'");
                }
            }
            if (scheme.equals("free-coordinate")) {
                checkFreeCoordinate(p, problem, trapped, boundary);
            }
            return new Settings(positions, boundary, v, dv, v0, atoms, c0, rate, rampEnd, gap,
                    strings, p.has("dt") ? p.real("dt") : Double.NaN, p.real("cfl"),
                    p.real("conservation"), trapped, scheme,
                    p.flag("diffusion"), p.text("dressing").equals("iterative"),
                    p.text("string_grid").equals(StringGrids.THERMAL));
        }

        /** Where {@link FreeCoordinate} does not apply: force, ramp, diffusion, ring, dt. */
        private static void checkFreeCoordinate(Parameters p, Problem problem, boolean trapped,
                Boundary boundary) {
            if (trapped || !problem.drives(ParameterDrive.class).isEmpty()) {
                throw new InvalidInputException(p.field("scheme"), "'free-coordinate' solves"
                        + " GHD without force at a constant coupling; drive '"
                        + problem.drives().get(0).name() + "' exerts one: use 'filling'");
            }
            if (boundary == Boundary.PERIODIC) {
                throw new InvalidInputException(p.field("scheme"), "'free-coordinate' needs"
                        + " open ends (reservoirs beyond the box); use boundary open or scheme"
                        + " 'filling'");
            }
            if (p.flag("diffusion")) {
                throw new InvalidInputException(p.field("diffusion"), "the Navier-Stokes term"
                        + " is not in the free-coordinate solution (Euler only); use scheme"
                        + " 'filling'");
            }
            if (p.has("dt")) {
                throw new InvalidInputException(p.field("dt"), "scheme 'free-coordinate' takes"
                        + " no time steps (it solves each output time directly); leave dt"
                        + " out");
            }
        }

        private static double maxSpacing(ModeSpace space) {
            double h = 0;
            for (int a = 0; a < space.speciesCount(); a++) {
                double[] t = space.grid(a).nodes();
                for (int k = 1; k < t.length; k++) {
                    h = Math.max(h, t[k] - t[k - 1]);
                }
            }
            return h;
        }

        /**
         * Whether the run carries the feet of the characteristics ({@link CharacteristicFeet})
         * instead of the filling (parameter {@code scheme}).
         */
        boolean tracksFronts(Problem problem) {
            return scheme.equals("characteristics");
        }

        /** Whether each output is solved directly ({@link FreeCoordinate}). */
        boolean solvesDirectly() {
            return scheme.equals("free-coordinate");
        }

        boolean crosses() {
            return !Double.isNaN(gap);
        }

        /** {@code c(t)}. */
        double coupling(double t) {
            return c0 + rate * Math.min(t, rampEnd);
        }
    }

    /** Provides {@code ghd}. */
    public static final class Provider extends SolverProviderBase {

        /** The provider. */
        public Provider() {
            super("ghd",
                    "Euler-scale generalised hydrodynamics in filling space (strings paper (S9)):"
                            + " external potentials and coupling ramps (drives), through c = 0"
                            + " into Bethe strings, LDA initial states",
                    VIEWS,
                    Set.of());
        }

        @Override
        public List<ParameterSpec> parameters() {
            return new ArrayList<>(specs());
        }

        @Override
        public Solver create(Parameters parameters) {
            return new GhdSolver(parameters);
        }

        @Override
        public List<Class<? extends Drive>> drives() {
            return List.of(ExternalPotential.class, ParameterDrive.class);
        }

        @Override
        public boolean takesInhomogeneousStates() {
            return true;
        }
    }
}
