package org.rapidity.solvers.ghd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rapidity.framework.evolution.EventDetector;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.ZeroCrossingEvents;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ParameterDrive;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The state of a {@code ghd} run and its time stepping ({@link GhdSolver} for the method): the
 * fillings {@code n(x_i, θ)}, the fields of the last two time levels (for the midpoint
 * extrapolation), and, while a coupling ramp crosses {@code c = 0}, the phase of the crossing.
 * The crossing is the model's own event ({@link ZeroCrossing#crossingEvents}), three time events
 * of the driver whose actions are the phases below: at {@code t_+} ({@code c = g}) the fillings
 * are mapped adiabatically to {@code c → 0⁺}, stream freely (the dressing is trivial there) to
 * {@code t_0} ({@code c = 0}), are mapped through zero (S10) onto the strings, stream freely to
 * {@code t_-} and are mapped adiabatically to {@code c = -g}. Snapshots inside the gap show the
 * free state mapped to the nearer edge; at {@code t_+} itself, the hydrodynamic state.
 */
final class GhdEvolution implements Evolution, ZeroCrossingEvents.Phases {
    private static final double TIME_TOLERANCE = 1e-12;

    /** Where the run is with respect to the crossing of {@code c = 0}. */
    private enum Phase {
        /** Euler GHD at the ramp's coupling (before or after the crossing). */
        HYDRODYNAMIC,
        /** Free streaming at {@code c → 0⁺}, from {@code t_+} to {@code t_0}. */
        FREE_ABOVE,
        /** Free streaming at {@code c → 0⁻}, from {@code t_0} to {@code t_-}. */
        FREE_BELOW
    }

    private final GhdSolver.Settings s;
    private final Problem problem;
    private final IntegrableModel initialModel;
    private final List<QuadratureGrid> grids;
    /** The times of the crossing of {@code c = 0} (null: the ramp does not cross it). */
    private final ZeroCrossingEvents crossing;
    private PhaseSpaceInterpolation interpolation;
    /** The states of the cells, each distinct filling dressed once. */
    private CellStates cells;

    private double t;
    private double[][] fill;
    private boolean crossed;
    private IntegrableModel sideModel;
    private ModeSpace space;
    private double spaceCoupling = Double.NaN;
    private LocalHydrodynamics.Fields cur;
    private LocalHydrodynamics.Fields prev;
    private double dtPrev;
    private double lastAtoms = Double.NaN;
    private Interval interval;
    /** The feet of the characteristics, when the fronts are tracked (else null). */
    private CharacteristicFeet feet;
    /** The direct solution of each output, without time steps (else null). */
    private FreeCoordinate direct;
    /** After the crossing, in a trap or ring: each string's number, kept per step (else null). */
    private SpeciesNumbers numbers;

    private Phase phase = Phase.HYDRODYNAMIC;
    /** In the gap: the modes at {@code c = +g} (kept for the map through zero). */
    private ModeSpace above;
    /** In the gap: the free fillings now and from the phase's start, the edge they are shown at. */
    private double[][] free;
    private FreeStreaming stream;
    private ZeroCrossing edge;

    /** A fresh run from {@code initialFillings} (null: the settings' initial state). */
    GhdEvolution(GhdSolver.Settings s, Problem problem, double[][] initialFillings) {
        this(s, problem);
        t = 0;
        sideModel = initialModel;
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
        } else {
            fill = InitialFillings.of(s, problem);
        }
        feet = s.tracksFronts(problem) ? CharacteristicFeet.of(problem, fill) : null;
        updateSpace();
        direct = s.solvesDirectly() ? new FreeCoordinate(problem, s.positions(), interpolation,
                fill) : null;
        cur = fields(fill);
        prev = null;
    }

    /** A run restored from a checkpoint ({@link #save()}). */
    GhdEvolution(GhdSolver.Settings s, Problem problem, Checkpoint c) {
        this(s, problem);
        t = c.time();
        double[] meta = c.array("meta");
        crossed = meta[0] != 0;
        dtPrev = meta[1];
        boolean hasPrev = meta[2] != 0;
        lastAtoms = meta[3];
        phase = c.arrays().containsKey("phase") ? Phase.values()[(int) c.array("phase")[0]]
                : Phase.HYDRODYNAMIC;
        int nx = s.positions().size();
        if (phase != Phase.HYDRODYNAMIC) {
            ZeroCrossing zc = (ZeroCrossing) initialModel;
            sideModel = initialModel;
            above = modesOf(initialModel, s.coupling(crossing.start()));
            ModeSpace side = phase == Phase.FREE_ABOVE ? above
                    : ModeSpace.of(zc.acrossZero(-s.gap(), s.strings()), grids.get(0));
            fill = FieldArrays.unflatten(c.array("filling"), nx, above.size());
            enterFree(phase, side, FieldArrays.unflatten(c.array("free"), nx, side.size()),
                    c.arrays().containsKey("free_since") ? c.array("free_since")[0] : t);
            return;
        }
        sideModel = crossed ? ((ZeroCrossing) initialModel).acrossZero(s.coupling(t),
                s.strings()) : initialModel;
        updateSpace();
        int n = space.size();
        fill = FieldArrays.unflatten(c.array("filling"), nx, n);
        if (c.arrays().containsKey("feet_x")) {
            feet = CharacteristicFeet.restore(problem.initialProfile().orElse(null),
                    c.arrays().containsKey("feet_table") ? FieldArrays.unflatten(
                            c.array("feet_table"), nx, n) : null,
                    FieldArrays.unflatten(c.array("feet_x"), nx, n),
                    FieldArrays.unflatten(c.array("feet_theta"), nx, n));
        }
        if (c.arrays().containsKey("initial_filling")) {
            direct = new FreeCoordinate(problem, s.positions(), interpolation,
                    FieldArrays.unflatten(c.array("initial_filling"), nx, n));
        }
        cur = fields(fill);
        numbers = c.arrays().containsKey("species_numbers") ? new SpeciesNumbers(
                c.array("species_numbers")) : null;
        prev = hasPrev ? new LocalHydrodynamics.Fields(null,
                FieldArrays.unflatten(c.array("prev_velocity"), nx, n),
                FieldArrays.unflatten(c.array("prev_force"), nx, n)) : null;
        if (crossing != null && !crossed && crossing.start() <= t) {
            startCrossing(); // saved at t_+ before the crossing was an event of the driver
        }
    }

    private GhdEvolution(GhdSolver.Settings s, Problem problem) {
        this.s = s;
        this.problem = problem;
        this.initialModel = problem.space().model();
        this.grids = problem.space().grids();
        this.crossing = s.crosses() ? ((ZeroCrossing) initialModel).crossingEvents(
                problem.drives(ParameterDrive.class).get(0), s.gap(), problem.endTime()) : null;
        this.cells = new CellStates(s.iterativeDressing(), true);
    }

    /** Dresses the cells from now on with {@code c} (the bench and tests compare the paths). */
    void useCells(CellStates c) {
        this.cells = c;
        if (phase == Phase.HYDRODYNAMIC) {
            cur = fields(fill);
        }
    }

    @Override
    public double time() {
        return t;
    }

    /** The crossing's events, when the ramp crosses {@code c = 0}. */
    @Override
    public List<EventDetector> events() {
        return crossing == null ? List.of() : crossing.detectors();
    }

    /**
     * Steps to {@code until} within the current phase, stopping on the way where the fields
     * change discontinuously (the end of the ramp: the extrapolation restarts). The driver stops
     * at each event of the crossing; a step across one is refused.
     */
    @Override
    public void advance(double until, Interval progress) {
        checkWithinPhase(until);
        this.interval = progress;
        if (direct != null && t < until) { // no time steps: the solution at until
            fill = direct.solve(until, fill);
            direct.checkReference(until, fill);
            t = until;
            cur = fields(fill);
            progress();
        }
        if (phase != Phase.HYDRODYNAMIC) {
            streamTo(until); // in the gap
        }
        while (t < until - TIME_TOLERANCE * Math.max(1, Math.abs(until))) {
            stepTo(t < s.rampEnd() && s.rampEnd() < until ? s.rampEnd() : until);
            if (Math.abs(t - s.rampEnd()) <= TIME_TOLERANCE * Math.max(1, t)) {
                prev = null; // ∂_t c jumps: restart the extrapolation
            }
        }
        t = Math.max(t, until); // reached within the tolerance: the driver goes on from until
        this.interval = null;
    }

    /** Refuses to step across the next event of the crossing (the driver lands on it). */
    private void checkWithinPhase(double until) {
        double due = crossing == null ? Double.POSITIVE_INFINITY : switch (phase) {
            case HYDRODYNAMIC -> crossed ? Double.POSITIVE_INFINITY : crossing.start();
            case FREE_ABOVE -> crossing.zero();
            case FREE_BELOW -> crossing.finish();
        };
        if (until > due) {
            throw new IllegalStateException("ghd: a step from t = " + t + " to " + until + " would"
                    + " cross the crossing's event at t = " + due + ", which the driver runs");
        }
    }

    /**
     * The density profile; in a trap, the atom number is checked against the previous output
     * (except in the gap, whose outputs are mapped states).
     */
    @Override
    public Snapshot snapshot() {
        if (phase != Phase.HYDRODYNAMIC && !(phase == Phase.FREE_ABOVE
                && t == crossing.start())) {
            double[][] mapped = new double[free.length][];
            ModeSpace side = space;
            IntStream.range(0, free.length).parallel().forEach(i -> mapped[i] = RampNumbers
                    .atEdge(edge, side, free[i], phase == Phase.FREE_BELOW));
            Profile shown = Profile.ofFillings(s.positions(), side, mapped, s.potential());
            return Snapshot.of(t, shown, new GhdExpansion(s, shown));
        }
        if (cur == null) { // restored at t_+, where the hydrodynamic state is shown
            cur = fields(fill);
        }
        Profile profile = Profile.of(s.positions(), List.of(cur.states()), s.potential());
        if (s.trapped()) {
            double n = profile.particleNumber();
            SpeciesNumbers.checkOutput(numbers, n, s.conservation(), t, !Double.isNaN(lastAtoms));
            if (!Double.isNaN(lastAtoms)
                    && Math.abs(n - lastAtoms) > s.conservation() * lastAtoms) {
                throw new InvalidInputException("solver.conservation", "the atom number"
                        + " changed from " + lastAtoms + " to " + n + " between outputs (at t"
                        + " = " + t + "), beyond the tolerance " + s.conservation()
                        + "; refine the grids, reduce cfl or widen the box");
            }
            lastAtoms = n;
        }
        return Snapshot.of(t, profile, new GhdExpansion(s, profile));
    }

    @Override
    public Map<String, double[]> save() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("meta", new double[] {crossed ? 1 : 0, dtPrev, prev != null ? 1 : 0,
            lastAtoms});
        arrays.put("filling", FieldArrays.flatten(fill));
        if (prev != null) {
            arrays.put("prev_velocity", FieldArrays.flatten(prev.velocity()));
            arrays.put("prev_force", FieldArrays.flatten(prev.force()));
        }
        if (feet != null) {
            arrays.put("feet_x", FieldArrays.flatten(feet.positionDisplacement()));
            arrays.put("feet_theta", FieldArrays.flatten(feet.rapidityDisplacement()));
            if (feet.table() != null) {
                arrays.put("feet_table", FieldArrays.flatten(feet.table()));
            }
        }
        if (direct != null) {
            arrays.put("initial_filling", FieldArrays.flatten(direct.initial()));
        }
        if (numbers != null) {
            arrays.put("species_numbers", numbers.reference());
        }
        if (phase != Phase.HYDRODYNAMIC) {
            arrays.put("phase", new double[] {phase.ordinal()});
            arrays.put("free", FieldArrays.flatten(stream.start()));
            arrays.put("free_since", new double[] {stream.since()});
        }
        return arrays;
    }

    // ------------------------------------------------------------------ hydrodynamic steps

    /** The model of the current side at coupling {@code c(t)}, and its modes. */
    private void updateSpace() {
        double c = Double.isNaN(s.c0()) ? Double.NaN : s.coupling(t);
        if (space == null || (!Double.isNaN(c) && c != spaceCoupling)) {
            setSpace(modesOf(sideModel, c), c);
        }
    }

    private void setSpace(ModeSpace modes, double c) {
        if (interpolation == null || space == null || !space.grids().equals(modes.grids())) {
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
        return ModeSpace.of(m, m.speciesCount() == grids.size() ? grids : StringGrids.of(
                grids.get(0), m.speciesCount(), crossed && s.thermalStringGrid()));
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
        return LocalHydrodynamics.compute(space, f, s.potentialGradient(), rateAfter(t),
                cells);
    }

    /** Steps to {@code target} exactly. */
    private void stepTo(double target) {
        while (t < target - TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
            double dt = Math.min(maxStep(cur), target - t);
            if (target - (t + dt) <= TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
                dt = target - t;
            }
            step(dt, target);
        }
    }

    private double maxStep(LocalHydrodynamics.Fields f) {
        return Characteristics.maxStep(f, s.positions().weight(0), interpolation, s.cfl(),
                s.dt(), problem.endTime(), crossed && s.thermalStringGrid());
    }

    private void step(double dt, double target) {
        double[][] vh;
        double[][] fh;
        if (s.diffusion()) { // Strang splitting: half a step of diffusion, Euler, half a step
            fill = diffuse(0.5 * dt);
            cur = fields(fill);
        }
        if (prev != null) {
            double r = 0.5 * dt / dtPrev;
            vh = FieldArrays.extrapolate(cur.velocity(), prev.velocity(), r);
            fh = FieldArrays.extrapolate(cur.force(), prev.force(), r);
        } else {
            double[][] half = advect(fill, cur.velocity(), cur.force(), 0.5 * dt, true);
            ModeSpace hs = spaceAt(t + 0.5 * dt);
            LocalHydrodynamics.Fields hf = LocalHydrodynamics.compute(hs, half,
                    s.potentialGradient(), rateAfter(t), cells);
            vh = hf.velocity();
            fh = hf.force();
        }
        double[][] nextFill = feet != null
                ? feet.advance(interpolation, s.positions(), space, vh, fh, dt)
                : advect(fill, vh, fh, dt, false);
        if (numbers != null) {
            nextFill = numbers.correct(nextFill, cur.states(), s.positions());
        }
        t += dt;
        if (Math.abs(target - t) <= TIME_TOLERANCE * Math.max(1, Math.abs(target))) {
            t = target;
        }
        fill = nextFill;
        updateSpace();
        prev = cur;
        dtPrev = dt;
        cur = fields(fill);
        if (s.diffusion()) {
            fill = diffuse(0.5 * dt);
            cur = fields(fill);
        }
        FieldArrays.checkFinite(fill, t);
        progress();
    }

    /** The fillings after {@code dt} of the Navier-Stokes term alone ({@link GhdDiffusion}). */
    private double[][] diffuse(double dt) {
        return GhdDiffusion.diffuse(cur.states(), s.positions().weight(0),
                s.boundary() == Boundary.PERIODIC, dt);
    }

    private void progress() {
        if (interval != null) {
            interval.progress(t);
        }
    }

    private double[][] advect(double[][] f, double[][] v, double[][] force, double dt,
            boolean firstOrder) {
        return Characteristics.advect(interpolation, s.positions(), space, f, v, force, dt,
                firstOrder);
    }

    // ------------------------------------------------------------------ crossing c = 0

    /** At {@code t_+}: the fillings mapped adiabatically to {@code c → 0⁺}. */
    @Override
    public void startCrossing() {
        above = space;
        ZeroCrossing here = (ZeroCrossing) above.model();
        double[][] from = fill;
        double[][] atZero = new double[from.length][];
        IntStream.range(0, from.length).parallel().forEach(i -> atZero[i] = here
                .fillingAtZeroCoupling(above, from[i]));
        CrossingAtoms.checkRamp(Profile.ofFillings(s.positions(), above, from, s.potential())
                .particleNumber(), here, above, atZero, s.positions(), s.conservation());
        enterFree(Phase.FREE_ABOVE, above, atZero, t);
    }

    /** At {@code t_0}: the free fillings mapped through zero onto the strings (S10). */
    @Override
    public void mapThroughZero() {
        ZeroCrossing zc = (ZeroCrossing) initialModel;
        ModeSpace below = ModeSpace.of(zc.acrossZero(-s.gap(), s.strings()), grids.get(0));
        double[][] z = free;
        double[][] other = new double[z.length][];
        IntStream.range(0, z.length).parallel().forEach(i -> other[i] = zc.mapThroughZero(
                above, z[i], below));
        CrossingAtoms.checkMap(above, z, below, other, s.positions(), s.conservation(),
                s.gap());
        enterFree(Phase.FREE_BELOW, below, other, t);
    }

    /** Free streaming on one side of zero, from {@code start} at {@code since} on. */
    private void enterFree(Phase which, ModeSpace side, double[][] start, double since) {
        phase = which;
        edge = (ZeroCrossing) side.model();
        setSpace(side, spaceCoupling);
        stream = new FreeStreaming(side, interpolation, s.positions(), s.potentialGradient(),
                start, since, s.cfl());
        free = stream.at(t);
    }

    /** Free streaming ({@code v = E'/p'}, {@code F = -V'h_0/p'}) to {@code until}. */
    private void streamTo(double until) {
        if (t < until - TIME_TOLERANCE * Math.max(1, Math.abs(until))) {
            free = stream.at(until);
        }
        t = until;
        progress();
    }

    /** At {@code t_-}: the strings mapped adiabatically to {@code c = -g}; GHD resumes. */
    @Override
    public void finishCrossing() {
        ModeSpace below = space;
        ZeroCrossing there = edge;
        double[][] g = free;
        crossed = true;
        ModeSpace to = modesOf(below.model(), Double.NaN); // the strings' own grids from here
        double[][] out = RampNumbers.toGapEdge(there, below, g, to, s, Profile.ofFillings(
                s.positions(), above, fill, s.potential()).particleNumber());
        sideModel = below.model();
        setSpace(to, -s.gap());
        fill = out;
        cur = fields(fill);
        numbers = SpeciesNumbers.kept(s, feet == null && direct == null, cur.states());
        prev = null;
        phase = Phase.HYDRODYNAMIC;
        free = null;
        stream = null;
        above = null;
        lastAtoms = Double.NaN; // the crossing's own checks: CrossingAtoms, per phase and in all
    }
}
