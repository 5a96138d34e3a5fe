package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code ghd} solver: Euler-scale generalised hydrodynamics in filling space (the strings
 * paper's (S9)),
 * <pre>
 *   ∂_t n_a + v^eff_a ∂_x n_a + F^eff_a ∂_θ n_a = 0,
 * </pre>
 * for any model (one species or many, e.g. Bethe strings), with the effective force of an
 * external potential {@code V(x)} (harmonic trap) and of a time-dependent coupling {@code c(t)}
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
 * descriptor's grid for every species.
 *
 * <p>The initial state is the local-density approximation of the descriptor's (thermal) state in
 * the trap ({@link LocalDensityApproximation}), optionally at a fixed atom number and displaced;
 * without a trap it is the descriptor's state everywhere. A ramp of the coupling through zero
 * (into Bethe strings for Lieb-Liniger) is crossed with the model's {@link ZeroCrossing}: from
 * {@code c = g} adiabatically to {@code c → 0⁺}, free streaming to the time of {@code c = 0},
 * the map to the other side (S10), free streaming, adiabatically to {@code c = -g}. Outputs that
 * fall inside the gap report the state of that moment mapped adiabatically to the nearer edge of
 * the gap (whose coupling the snapshot's model carries).
 *
 * <p>Units: those of the model (positions in its length unit, times in its time unit); the
 * trap and the ramp can be given in laboratory units for a model that has them.
 */
public final class GhdSolver implements Solver {

    private final Parameters parameters;

    GhdSolver(Parameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "ghd";
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public List<Class<?>> snapshotViews() {
        return List.of(Profile.class);
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
        boolean ramp = parameters.has("ramp_rate") || parameters.has("ramp_rate_per_um_ms");
        double m = Math.max(space.size(), ramp ? parameters.integer("strings") * points : 0);
        return new ResourceEstimate(String.format(Locale.ROOT, "GHD on %.0f cells × %.0f modes",
                nx, m), ResourceEstimate.doubles(12 * nx * m + m * m), Double.NaN,
                parameters.field("x_points") + (ramp ? " or " + parameters.field("strings")
                        : ""));
    }

    @Override
    public void run(Problem problem, RunContext context) {
        run(problem, null, context);
    }

    /**
     * Evolves a given initial profile (e.g. a partitioning protocol) instead of the one the
     * parameters describe.
     *
     * @param initialFillings {@code n(x_i, θ)} per cell of the solver's position grid on the
     *     problem's modes, or null for the parameters' initial state
     */
    public void run(Problem problem, double[][] initialFillings, RunContext context) {
        Settings s = Settings.of(parameters, problem);
        new Evolution(s, problem, context).run(initialFillings);
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
        return Evolution.advect(in, x, space, fill, fields.velocity(), fields.force(), dt, false);
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
                ParameterSpec.real("trap_Hz", "harmonic trap frequency ν, V = ½ m (2πν)² x²"
                        + " (needs a model with laboratory units; exclusive with"
                        + " trap_curvature)", "Hz").above(0),
                ParameterSpec.real("trap_curvature", "harmonic trap V = ½ k x²: k in model"
                        + " units (exclusive with trap_Hz)", "energy/length²").above(0),
                ParameterSpec.real("atoms", "atom number of the initial LDA profile in the trap"
                        + " (tunes μ; default: the state's own μ at the trap centre)", "")
                        .above(0),
                ParameterSpec.real("lda_offset", "centre of the initial LDA profile (the trap"
                        + " stays at x = 0: a dipole oscillation)", "length").withDefault(0.0),
                ParameterSpec.real("ramp_rate", "∂_t c of a linear coupling ramp from the"
                        + " model's c (exclusive with ramp_rate_per_um_ms)", "1/(length·time)"),
                ParameterSpec.real("ramp_rate_per_um_ms", "∂_t c̃ in μm⁻¹ per ms (needs"
                        + " laboratory units)", "1/(μm·ms)"),
                ParameterSpec.real("ramp_to", "coupling at which the ramp stops (exclusive with"
                        + " ramp_to_c_tilde)", "1/length"),
                ParameterSpec.real("ramp_to_c_tilde", "c̃ in μm⁻¹ at which the ramp stops"
                        + " (needs laboratory units)", "1/μm"),
                ParameterSpec.integer("strings", "quasiparticle species beyond c = 0 (Bethe"
                        + " strings n = 1…strings)").atLeast(1).atMost(200).withDefault(25),
                ParameterSpec.real("crossing_gap", "|c| at which the ramp leaves the grid's"
                        + " dressing and crosses c = 0 by the adiabatic map (default: 2 × the"
                        + " largest rapidity spacing)", "1/length").above(0),
                ParameterSpec.real("dt", "time step (default: from cfl)", "time").above(0),
                ParameterSpec.real("cfl", "time step as a fraction of the time a"
                        + " characteristic needs to cross one cell (in x and in θ)", "")
                        .above(0).withDefault(1.0),
                ParameterSpec.real("conservation", "largest relative change of the atom number"
                        + " between outputs in a trap before the run stops", "").above(0)
                        .withDefault(0.02));
    }

    /** The resolved settings of a run, checked against the problem. */
    record Settings(QuadratureGrid positions, Boundary boundary, double[] potential,
            double[] potentialGradient, double[] initialPotential, double atoms,
            double c0, double rate, double rampEnd, double gap, int strings, double dt,
            double cfl, double conservation, boolean trapped) {

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
            LaboratoryUnits lab = model.laboratoryUnits().orElse(null);
            double k = 0;
            if (p.has("trap_Hz") && p.has("trap_curvature")) {
                throw new InvalidInputException(p.field("trap_curvature"), "give either trap_Hz"
                        + " or trap_curvature, not both");
            }
            if (p.has("trap_Hz")) {
                Double mass = lab == null ? null : lab.parameters().get("mass_kg");
                if (mass == null) {
                    throw new InvalidInputException(p.field("trap_Hz"), "a trap frequency in Hz"
                            + " needs a model with laboratory units and a particle mass (e.g."
                            + " liebliniger with atom); give trap_curvature in model units");
                }
                double omega = 2 * Math.PI * p.real("trap_Hz");
                k = mass * omega * omega * lab.lengthUnit() * lab.lengthUnit()
                        / lab.energyUnit();
            } else if (p.has("trap_curvature")) {
                k = p.real("trap_curvature");
            }
            boolean trapped = k > 0;
            if (trapped && boundary == Boundary.PERIODIC) {
                throw new InvalidInputException(p.field("boundary"), "a harmonic trap is not"
                        + " periodic: use boundary open");
            }
            if (!trapped && (p.has("atoms") || p.real("lda_offset") != 0)) {
                throw new InvalidInputException(p.field(p.has("atoms") ? "atoms"
                        : "lda_offset"), "the LDA profile needs a trap (trap_Hz or"
                        + " trap_curvature)");
            }
            int nx = positions.size();
            double[] v = new double[nx];
            double[] dv = new double[nx];
            double[] v0 = new double[nx];
            double offset = p.real("lda_offset");
            for (int i = 0; i < nx; i++) {
                double x = positions.node(i);
                v[i] = 0.5 * k * x * x;
                dv[i] = k * x;
                v0[i] = 0.5 * k * (x - offset) * (x - offset);
            }
            // ramp
            double c0 = Double.NaN;
            double rate = 0;
            double rampEnd = Double.POSITIVE_INFINITY;
            String rateField = p.has("ramp_rate") ? "ramp_rate" : "ramp_rate_per_um_ms";
            String toField = p.has("ramp_to") ? "ramp_to" : "ramp_to_c_tilde";
            if (p.has("ramp_rate") && p.has("ramp_rate_per_um_ms")) {
                throw new InvalidInputException(p.field("ramp_rate_per_um_ms"), "give either"
                        + " ramp_rate or ramp_rate_per_um_ms, not both");
            }
            if (p.has("ramp_to") && p.has("ramp_to_c_tilde")) {
                throw new InvalidInputException(p.field("ramp_to_c_tilde"), "give either"
                        + " ramp_to or ramp_to_c_tilde, not both");
            }
            boolean ramp = p.has(rateField);
            if (!ramp && p.has(toField)) {
                throw new InvalidInputException(p.field(toField), "a ramp target needs a ramp"
                        + " rate (ramp_rate or ramp_rate_per_um_ms)");
            }
            double gap = Double.NaN;
            if (ramp) {
                if (!(model instanceof CouplingDependent)) {
                    throw new InvalidInputException(p.field(rateField), "model " + model.name()
                            + " has no coupling to ramp (it does not implement"
                            + " CouplingDependent)");
                }
                c0 = ((CouplingDependent) model).coupling();
                if (rateField.equals("ramp_rate")) {
                    rate = p.real("ramp_rate");
                } else {
                    if (lab == null) {
                        throw new InvalidInputException(p.field(rateField), "needs a model with"
                                + " laboratory units; give ramp_rate in model units");
                    }
                    // c̃ in 1/μm per ms → c in 1/length per time unit
                    rate = p.real(rateField) * (lab.lengthUnit() / 1e-6) * lab.timeUnit() * 1e3;
                }
                if (rate == 0) {
                    throw new InvalidInputException(p.field(rateField), "a ramp needs a rate"
                            + " ≠ 0");
                }
                if (p.has(toField)) {
                    double to;
                    if (toField.equals("ramp_to")) {
                        to = p.real("ramp_to");
                    } else {
                        if (lab == null) {
                            throw new InvalidInputException(p.field(toField), "needs a model"
                                    + " with laboratory units; give ramp_to in model units");
                        }
                        to = p.real(toField) * lab.lengthUnit() / 1e-6;
                    }
                    if ((to - c0) * rate <= 0) {
                        throw new InvalidInputException(p.field(toField), "the ramp goes from c"
                                + " = " + c0 + " at rate " + rate + " and never reaches " + to);
                    }
                    rampEnd = (to - c0) / rate;
                }
                double end = Math.min(rampEnd, problem.endTime());
                double cEnd = c0 + rate * end;
                if (c0 * cEnd <= 0) {
                    if (!(model instanceof ZeroCrossing)) {
                        throw new InvalidInputException(p.field(rateField), "the ramp crosses"
                                + " c = 0, which model " + model.name() + " does not support");
                    }
                    if (rate > 0) {
                        throw new InvalidInputException(p.field(rateField), "a ramp up through"
                                + " c = 0 is not supported: the map (S10) goes from c → 0⁺ to"
                                + " c → 0⁻");
                    }
                    gap = p.has("crossing_gap") ? p.real("crossing_gap")
                            : 2 * maxSpacing(problem.space());
                    if (!(c0 > gap)) {
                        throw new InvalidInputException(p.field("crossing_gap"), "the ramp"
                                + " starts at c = " + c0 + ", inside the crossing gap ("
                                + gap + "); start further from 0 or make the gap smaller");
                    }
                    if (rampEnd < Double.POSITIVE_INFINITY && c0 + rate * rampEnd > -gap) {
                        throw new InvalidInputException(p.field(toField), "the ramp stops at c ="
                                + " " + (c0 + rate * rampEnd) + ", inside the crossing gap (-"
                                + gap + ", " + gap + "); ramp further or make crossing_gap"
                                + " smaller");
                    }
                }
            } else if (p.has("crossing_gap")) {
                throw new InvalidInputException(p.field("crossing_gap"), "only for a ramp"
                        + " through c = 0");
            }
            double atoms = p.has("atoms") ? p.real("atoms") : Double.NaN;
            return new Settings(positions, boundary, v, dv, v0, atoms, c0, rate, rampEnd, gap,
                    p.integer("strings"), p.has("dt") ? p.real("dt") : Double.NaN,
                    p.real("cfl"), p.real("conservation"), trapped);
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

        boolean crosses() {
            return !Double.isNaN(gap);
        }

        /** Time at which the ramp reaches {@code c}. */
        double timeOf(double c) {
            return (c - c0) / rate;
        }

        /** {@code c(t)}. */
        double coupling(double t) {
            return c0 + rate * Math.min(t, rampEnd);
        }
    }

    /** One run: the state, its fields, the time loop. */
    private static final class Evolution {
        private static final double TIME_TOLERANCE = 1e-12;

        private final Settings s;
        private final Problem problem;
        private final RunContext context;
        private final double[] times;
        private PhaseSpaceInterpolation interpolation;
        private final IntegrableModel initialModel;
        private final List<QuadratureGrid> grids;
        private final double tPlus;
        private final double tZero;
        private final double tMinus;

        private double t;
        private double[][] fill;
        private boolean crossed;
        private IntegrableModel sideModel;
        private ModeSpace space;
        private double spaceCoupling = Double.NaN;
        private LocalHydrodynamics.Fields cur;
        private LocalHydrodynamics.Fields prev;
        private double dtPrev;
        private int next;
        private double lastAtoms = Double.NaN;
        /** During the crossing: outputs are mapped states, atoms are not compared. */
        private boolean inGap;

        Evolution(Settings s, Problem problem, RunContext context) {
            this.s = s;
            this.problem = problem;
            this.context = context;
            this.times = context.outputTimes();
            this.initialModel = problem.space().model();
            this.grids = problem.space().grids();
            this.tPlus = s.crosses() ? s.timeOf(s.gap()) : Double.POSITIVE_INFINITY;
            this.tZero = s.crosses() ? s.timeOf(0) : Double.POSITIVE_INFINITY;
            this.tMinus = s.crosses() ? s.timeOf(-s.gap()) : Double.POSITIVE_INFINITY;
        }

        void run(double[][] initialFillings) {
            if (context.resumeFrom().isPresent()) {
                resume(context.resumeFrom().get());
            } else {
                start(initialFillings);
            }
            emitDue();
            while (next < times.length) {
                double target = times[next];
                if (t < s.rampEnd() && s.rampEnd() < target) {
                    target = s.rampEnd();
                }
                // (after a resume from the output at t_+ itself, t == t_+ and the crossing is due)
                boolean crossing = !crossed && tPlus <= target;
                if (crossing) {
                    target = tPlus;
                }
                advance(target);
                if (Math.abs(t - s.rampEnd()) <= TIME_TOLERANCE * Math.max(1, t)) {
                    prev = null; // ∂_t c jumps: restart the extrapolation
                }
                emitDue();
                if (crossing) {
                    cross();
                    emitDue();
                }
            }
        }

        private void start(double[][] initialFillings) {
            t = 0;
            sideModel = initialModel;
            crossed = false;
            int nx = s.positions().size();
            if (initialFillings != null) {
                if (initialFillings.length != nx) {
                    throw new IllegalArgumentException("need " + nx + " initial fillings, got "
                            + initialFillings.length);
                }
                fill = new double[nx][];
                for (int i = 0; i < nx; i++) {
                    fill[i] = initialFillings[i].clone();
                }
            } else if (s.trapped()) {
                fill = LocalDensityApproximation.fillings(problem.initialState(),
                        s.initialPotential(), s.positions().weights(), s.atoms(), "solver.atoms");
            } else {
                fill = new double[nx][];
                double[] f = problem.initialState().filling();
                for (int i = 0; i < nx; i++) {
                    fill[i] = f.clone();
                }
            }
            updateSpace();
            cur = fields(fill);
            prev = null;
        }

        private void resume(Checkpoint c) {
            t = c.time();
            next = c.outputsDone();
            double[] meta = c.array("meta");
            crossed = meta[0] != 0;
            dtPrev = meta[1];
            boolean hasPrev = meta[2] != 0;
            lastAtoms = meta[3];
            sideModel = crossed ? ((ZeroCrossing) initialModel).acrossZero(s.coupling(t),
                    s.strings()) : initialModel;
            updateSpace();
            int nx = s.positions().size();
            int n = space.size();
            fill = unflatten(c.array("filling"), nx, n);
            cur = fields(fill);
            prev = hasPrev ? new LocalHydrodynamics.Fields(null,
                    unflatten(c.array("prev_velocity"), nx, n),
                    unflatten(c.array("prev_force"), nx, n)) : null;
        }

        /** The model of the current side at coupling {@code c(t)}, and its modes. */
        private void updateSpace() {
            double c = Double.isNaN(s.c0()) ? Double.NaN : s.coupling(t);
            if (space == null || (!Double.isNaN(c) && c != spaceCoupling)) {
                setSpace(modesOf(sideModel, c), c);
            }
        }

        private void setSpace(ModeSpace modes, double c) {
            if (interpolation == null || space == null
                    || space.speciesCount() != modes.speciesCount()) {
                QuadratureGrid x = s.positions();
                interpolation = new PhaseSpaceInterpolation(x.node(0), x.weight(0), x.size(),
                        s.boundary(), modes);
            }
            space = modes;
            spaceCoupling = c;
        }

        /** Modes of {@code base} at coupling {@code c} (NaN: no ramp, the base itself). */
        private ModeSpace modesOf(IntegrableModel base, double c) {
            if (base == initialModel && (Double.isNaN(c) || c == s.c0())) {
                return problem.space();
            }
            IntegrableModel m = base;
            if (!Double.isNaN(c) && ((CouplingDependent) m).coupling() != c) {
                m = ((CouplingDependent) m).withCoupling(c);
            }
            return m.speciesCount() == grids.size() ? ModeSpace.of(m, grids)
                    : ModeSpace.of(m, grids.get(0));
        }

        private ModeSpace spaceAt(double time) {
            if (Double.isNaN(s.c0())) {
                return space;
            }
            double c = s.coupling(time);
            return c == spaceCoupling ? space : modesOf(sideModel, c);
        }

        /** {@code ∂_t c} on the interval that starts at {@code time}. */
        private double rateAfter(double time) {
            if (Double.isNaN(s.c0())) {
                return 0;
            }
            return time < s.rampEnd() * (1 - TIME_TOLERANCE) - TIME_TOLERANCE ? s.rate() : 0;
        }

        private LocalHydrodynamics.Fields fields(double[][] f) {
            return LocalHydrodynamics.compute(space, f, s.potentialGradient(), rateAfter(t));
        }

        /** Steps to {@code target} exactly. */
        private void advance(double target) {
            while (t < target - TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
                double dt = Math.min(maxStep(cur), target - t);
                if (target - (t + dt) <= TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
                    dt = target - t;
                }
                step(dt, target);
            }
        }

        private double maxStep(LocalHydrodynamics.Fields f) {
            double vmax = 0;
            double fmax = 0;
            for (int i = 0; i < f.velocity().length; i++) {
                for (int k = 0; k < f.velocity()[i].length; k++) {
                    vmax = Math.max(vmax, Math.abs(f.velocity()[i][k]));
                    fmax = Math.max(fmax, Math.abs(f.force()[i][k]));
                }
            }
            double dx = s.positions().weight(0);
            double dtheta = Double.POSITIVE_INFINITY;
            for (int a = 0; a < interpolation.species(); a++) {
                double[] th = interpolation.nodes(a);
                for (int k = 1; k < th.length; k++) {
                    dtheta = Math.min(dtheta, th[k] - th[k - 1]);
                }
            }
            double cflStep = s.cfl() * Math.min(vmax > 0 ? dx / vmax : Double.POSITIVE_INFINITY,
                    fmax > 0 ? dtheta / fmax : Double.POSITIVE_INFINITY);
            double step = Double.isNaN(s.dt()) ? cflStep : s.dt();
            if (!Double.isFinite(step)) {
                step = problem.endTime() / 100; // nothing moves
            }
            return step;
        }

        private void step(double dt, double target) {
            double[][] vh;
            double[][] fh;
            int nx = fill.length;
            if (prev != null) {
                double r = 0.5 * dt / dtPrev;
                vh = extrapolate(cur.velocity(), prev.velocity(), r);
                fh = extrapolate(cur.force(), prev.force(), r);
            } else {
                double[][] half = advect(fill, cur.velocity(), cur.force(), 0.5 * dt, true);
                ModeSpace hs = spaceAt(t + 0.5 * dt);
                LocalHydrodynamics.Fields hf = LocalHydrodynamics.compute(hs, half,
                        s.potentialGradient(), rateAfter(t));
                vh = hf.velocity();
                fh = hf.force();
            }
            double[][] nextFill = advect(fill, vh, fh, dt, false);
            t += dt;
            if (Math.abs(target - t) <= TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
                t = target;
            }
            fill = nextFill;
            updateSpace();
            prev = cur;
            dtPrev = dt;
            cur = fields(fill);
            checkFinite(nx);
            context.progress(t);
        }

        private void checkFinite(int nx) {
            for (int i = 0; i < nx; i++) {
                for (double v : fill[i]) {
                    if (!Double.isFinite(v)) {
                        throw new InvalidInputException("solver.dt", "the evolution produced a"
                                + " non-finite filling at t = " + t + "; reduce dt or cfl");
                    }
                }
            }
        }

        private static double[][] extrapolate(double[][] now, double[][] before, double r) {
            double[][] out = new double[now.length][];
            for (int i = 0; i < now.length; i++) {
                double[] a = now[i];
                double[] b = before[i];
                double[] o = new double[a.length];
                for (int k = 0; k < a.length; k++) {
                    o[k] = a[k] + r * (a[k] - b[k]);
                }
                out[i] = o;
            }
            return out;
        }

        private double[][] advect(double[][] f, double[][] v, double[][] force, double dt,
                boolean firstOrder) {
            return advect(interpolation, s.positions(), space, f, v, force, dt, firstOrder);
        }

        /**
         * The fillings at {@code t + dt} along the characteristics of the fields {@code v, F}:
         * the foot by the midpoint rule (first order: the fields at the arrival point), the
         * filling there by {@link PhaseSpaceInterpolation}. Positions in parallel.
         */
        static double[][] advect(PhaseSpaceInterpolation interpolation, QuadratureGrid xg,
                ModeSpace modes, double[][] f, double[][] v, double[][] force, double dt,
                boolean firstOrder) {
            int nx = f.length;
            int n = f[0].length;
            double[][] out = new double[nx][];
            IntStream.range(0, nx).parallel().forEach(i -> {
                double x = xg.node(i);
                double[] o = new double[n];
                for (int k = 0; k < n; k++) {
                    int a = modes.species(k);
                    double th = modes.theta(k);
                    double xf;
                    double tf;
                    if (firstOrder) {
                        xf = x - dt * v[i][k];
                        tf = th - dt * force[i][k];
                    } else {
                        double xm = x - 0.5 * dt * v[i][k];
                        double tm = th - 0.5 * dt * force[i][k];
                        xf = x - dt * interpolation.at(v, a, xm, tm, false);
                        tf = th - dt * interpolation.at(force, a, xm, tm, false);
                    }
                    o[k] = interpolation.at(f, a, xf, tf, true);
                }
                out[i] = o;
            });
            return out;
        }

        private void emitDue() {
            while (next < times.length
                    && times[next] <= t + TIME_TOLERANCE * Math.max(1, Math.abs(t))) {
                emit(times[next], Profile.of(s.positions(), List.of(cur.states()),
                        s.potential()));
                next++;
                context.checkpoint(checkpoint());
            }
        }

        private void emit(double time, Profile profile) {
            if (s.trapped() && !inGap) {
                double n = profile.particleNumber();
                if (!Double.isNaN(lastAtoms)
                        && Math.abs(n - lastAtoms) > s.conservation() * lastAtoms) {
                    throw new InvalidInputException("solver.conservation", "the atom number"
                            + " changed from " + lastAtoms + " to " + n + " between outputs (at t"
                            + " = " + time + "), beyond the tolerance " + s.conservation()
                            + "; refine the grids, reduce cfl or widen the box");
                }
                lastAtoms = n;
            }
            context.emit(Snapshot.of(time, profile));
        }

        private Checkpoint checkpoint() {
            int nx = fill.length;
            Map<String, double[]> arrays = new LinkedHashMap<>();
            arrays.put("meta", new double[] {crossed ? 1 : 0, dtPrev, prev != null ? 1 : 0,
                lastAtoms});
            arrays.put("filling", flatten(fill));
            if (prev != null) {
                arrays.put("prev_velocity", flatten(prev.velocity()));
                arrays.put("prev_force", flatten(prev.force()));
            }
            return new Checkpoint(t, next, arrays);
        }

        // ------------------------------------------------------------------ crossing c = 0

        /**
         * From {@code c = g} (now) to {@code c = -g}: adiabatic to {@code c → 0⁺}, free
         * streaming to {@code t_0}, the map through zero, free streaming to {@code t_-},
         * adiabatic to {@code c = -g}. Outputs inside are emitted mapped to the nearer edge.
         */
        private void cross() {
            inGap = true;
            ZeroCrossing zc = (ZeroCrossing) initialModel;
            ModeSpace plus = space;
            int nx = fill.length;
            double[][] atPlus = new double[nx][];
            ZeroCrossing here = (ZeroCrossing) plus.model();
            double[][] from = fill;
            IntStream.range(0, nx).parallel().forEach(i -> atPlus[i] = here
                    .fillingAtZeroCoupling(plus, from[i]));
            double[][] zero = freeStream(plus, atPlus, tZero, here);
            IntegrableModel attractive = zc.acrossZero(-s.gap(), s.strings());
            ModeSpace minus = ModeSpace.of(attractive, grids.get(0));
            double[][] other = new double[nx][];
            double[][] z = zero;
            IntStream.range(0, nx).parallel().forEach(i -> other[i] = zc.mapThroughZero(plus,
                    z[i], minus));
            ZeroCrossing there = (ZeroCrossing) attractive;
            double[][] atMinus = freeStream(minus, other, tMinus, there);
            double[][] out = new double[nx][];
            IntStream.range(0, nx).parallel().forEach(i -> out[i] = there
                    .fillingFromZeroCoupling(minus, atMinus[i]));
            t = tMinus;
            crossed = true;
            sideModel = attractive;
            setSpace(minus, -s.gap());
            fill = out;
            cur = fields(fill);
            prev = null;
            inGap = false;
            // the atoms in strings longer than those kept are lost by the map: a new reference
            lastAtoms = Double.NaN;
        }

        /**
         * Free streaming at {@code c → 0} on one side ({@code v = E'/p'}, {@code F = -V'h_0/p'}),
         * from now to {@code until}, emitting the outputs on the way mapped to the gap's edge.
         */
        private double[][] freeStream(ModeSpace side, double[][] f, double until,
                ZeroCrossing edge) {
            LocalHydrodynamics.Fields bare = LocalHydrodynamics.bare(side, f.length,
                    s.potentialGradient());
            ModeSpace keep = space;
            double keepCoupling = spaceCoupling;
            setSpace(side, spaceCoupling);
            double[][] g = f;
            while (t < until - TIME_TOLERANCE * Math.max(1, Math.abs(until))) {
                double target = until;
                boolean output = next < times.length && times[next] < until;
                if (output) {
                    target = times[next];
                }
                while (t < target - TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
                    double dt = Math.min(maxStep(bare), target - t);
                    g = advect(g, bare.velocity(), bare.force(), dt, false);
                    t += dt;
                    context.progress(t);
                }
                t = target;
                if (output) {
                    double[][] mapped = new double[g.length][];
                    double[][] gg = g;
                    IntStream.range(0, g.length).parallel().forEach(i -> mapped[i] = edge
                            .fillingFromZeroCoupling(side, gg[i]));
                    emit(times[next], Profile.ofFillings(s.positions(), side, mapped,
                            s.potential()));
                    next++;
                }
            }
            t = until;
            setSpace(keep, keepCoupling);
            return g;
        }

        // ------------------------------------------------------------------ arrays

        private static double[] flatten(double[][] a) {
            int n = a[0].length;
            double[] out = new double[a.length * n];
            for (int i = 0; i < a.length; i++) {
                System.arraycopy(a[i], 0, out, i * n, n);
            }
            return out;
        }

        private static double[][] unflatten(double[] a, int rows, int cols) {
            if (a.length != rows * cols) {
                throw new IllegalStateException("checkpoint array of " + a.length + " values does"
                        + " not fit " + rows + " × " + cols);
            }
            double[][] out = new double[rows][cols];
            for (int i = 0; i < rows; i++) {
                System.arraycopy(a, i * cols, out[i], 0, cols);
            }
            return out;
        }
    }

    /** Provides {@code ghd}. */
    public static final class Provider implements SolverProvider {
        @Override
        public String name() {
            return "ghd";
        }

        @Override
        public String description() {
            return "Euler-scale generalised hydrodynamics in filling space (strings paper (S9)):"
                    + " traps, coupling ramps through c = 0 into Bethe strings, LDA initial"
                    + " states";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return new ArrayList<>(specs());
        }

        @Override
        public Solver create(Parameters parameters) {
            return new GhdSolver(parameters);
        }
    }
}
