package org.rapidity.solvers.md;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.SolverBase;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.SumPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.MicroscopicDynamics;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Replicas;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProviderBase;
import org.rapidity.framework.spi.TwoPointMoments;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code md} solver: molecular dynamics of the model's microscopic particles (hard rods)
 * with the problem's long-range pair potential, the exact microscopic reference of the gBBGKY
 * paper (§V, Figs. 5-7, appendix C).
 *
 * <p>Each of {@code samples} independent samples holds {@code rods} particles on a ring of
 * length {@code L = rods/ρ̄}; positions from the model's GGE (hard rods: uniform in the
 * contracted length), velocities i.i.d. from the normalised initial {@code ρ} (piecewise
 * constant on the grid's cells), so {@code g2(t=0) = 0}. Time stepping: {@link RodSystem}
 * (kick, exact hard-rod flow, kick, with the second-order collision correction); forces from
 * the tabulated periodic pair potential {@link PairTable}. Ensembles: {@link MdEnsemble}.
 *
 * <p>Snapshot views: the ensemble-mean velocity histogram as a {@link TbaState} on the
 * problem's grid (density per unit length per unit rapidity), so that every state observable
 * compares one-to-one with the kinetic solvers; {@link Replicas} (jackknife over blocks of
 * samples: the runner writes {@code _err} columns); {@link EnergyBudget};
 * {@link TwoPointMoments}; {@link MdDiagnostics}.
 */
public final class MdSolver extends SolverBase {

    /** The snapshot views it emits (its provider declares them; the solver asks it). */
    static final List<Class<?>> VIEWS = List.of(TbaState.class,
            Replicas.class, EnergyBudget.class, TwoPointMoments.class, MdDiagnostics.class);

    /** Its provider (declared after {@link #VIEWS}, which it reads). */
    private static final Provider PROVIDER = new Provider();

    MdSolver(Parameters parameters) {
        super(PROVIDER, parameters);
    }

    /** The energy drift's tolerance only decides when the run stops. */
    @Override
    public Set<String> checkParameters() {
        return Set.of("conservation");
    }

    /** Each output interval is cut into equal steps of at most {@code dt}; no end time read. */
    @Override
    public boolean extendable(Problem problem) {
        return true;
    }

    @Override
    public void check(Problem problem) {
        ensemble(problem);
    }

    /**
     * The ensemble's positions and velocities, {@code samples × rods} doubles each, twice (the
     * shared arrays and the workers' copies of their blocks), and six numbers per sample.
     */
    @Override
    public ResourceEstimate estimate(Problem problem) {
        double rods = parameters.integer("rods");
        double samples = parameters.integer("samples");
        return new ResourceEstimate(String.format(Locale.ROOT, "an ensemble of %.0f samples ×"
                + " %.0f rods", samples, rods), ResourceEstimate.doubles(4 * samples * rods
                + 6 * samples), Double.NaN, parameters.field("samples"));
    }

    @Override
    public Evolution start(Problem problem, RunContext context) {
        return ensemble(problem).reportingTo(context).start();
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        if (saved.arrays().containsKey(MdReplay.ARRAY)) {
            return new MdReplay(ensemble(problem), saved); // the block sums of work units
        }
        return ensemble(problem).reportingTo(context).restore(saved);
    }

    /** The run of a problem, after checking everything that can be checked before it runs. */
    MdEnsemble ensemble(Problem problem) {
        IntegrableModel model = problem.space().model();
        if (!(model instanceof MicroscopicDynamics)) {
            throw new InvalidInputException("model.name", "the md solver needs a model with"
                    + " microscopic dynamics (the MicroscopicDynamics capability, e.g."
                    + " hardrods); model '" + model.name() + "' has none");
        }
        if (problem.space().speciesCount() != 1) {
            throw new InvalidInputException("model.name", "the md solver simulates one species;"
                    + " model '" + model.name() + "' has " + problem.space().speciesCount());
        }
        MicroscopicDynamics dynamics = (MicroscopicDynamics) model;
        int rods = parameters.integer("rods");
        int samples = parameters.integer("samples");
        int blocks = parameters.integer("blocks");
        if ((long) samples * rods > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(parameters.field("samples"), "samples × rods = "
                    + (long) samples * rods + " exceeds the 2³¹ numbers an array can hold;"
                    + " lower solver.samples (or solver.rods)");
        }
        if (blocks > samples) {
            throw new InvalidInputException(parameters.field("blocks"), "blocks = " + blocks
                    + " exceeds samples = " + samples + " (each block holds at least one sample)");
        }
        int firstBlock = parameters.integer("first-block");
        int blockCount = parameters.integer("block-count");
        if (blockCount == 1 || firstBlock + blockCount > blocks || (blockCount == 0
                && firstBlock > 0)) {
            throw new InvalidInputException(parameters.field("block-count"), "a work unit runs"
                    + " blocks first-block … first-block + block-count - 1 of the " + blocks
                    + " blocks, at least 2 of them (jackknife); got first-block = " + firstBlock
                    + ", block-count = " + blockCount + " (0 and 0: the whole ensemble)");
        }
        TbaState initial = problem.initialState();
        double density = initial.particleDensity();
        double length = rods / density;
        double a = dynamics.contactLength();
        if (!(rods * a < length)) {
            throw new InvalidInputException("state.density", "rods of length " + a
                    + " at density " + density + " do not fit on a ring");
        }
        double cutoff = parameters.real("cutoff");
        if (cutoff > length / 2) {
            throw new InvalidInputException(parameters.field("cutoff"), "cutoff "
                    + Parameters.format(cutoff) + " exceeds half the ring, L/2 = "
                    + Parameters.format(length / 2) + " (L = rods/density); give 0 for the full"
                    + " periodic sum or a value <= L/2");
        }
        double pairRange = parameters.real("pair-range");
        if (pairRange > length / 2) {
            throw new InvalidInputException(parameters.field("pair-range"), "pair-range "
                    + Parameters.format(pairRange) + " exceeds half the ring, L/2 = "
                    + Parameters.format(length / 2));
        }
        List<Perturbation> ps = problem.perturbations();
        Perturbation potential = ps.isEmpty() ? null : SumPerturbation.of(ps);
        MdEnsemble.Settings settings = new MdEnsemble.Settings(rods, samples, blocks,
                parameters.integer("seed"), parameters.integer("threads"),
                parameters.real("dt"), parameters.flag("collision-correction"),
                parameters.real("conservation"), cutoff, pairRange,
                parameters.real("pair-bin"), firstBlock, blockCount);
        return new MdEnsemble(settings, problem.space(), dynamics, potential,
                initial.density(), density);
    }

    /** Provides {@code md}. */
    public static final class Provider extends SolverProviderBase {

        /** The provider. */
        public Provider() {
            super("md",
                    "molecular dynamics of hard rods with the long-range potential: ensembles of"
                            + " exact microscopic trajectories, means with jackknife errors"
                            + " (gBBGKY paper §V, appendix C)",
                    VIEWS,
                    // Samples the model's microscopic dynamics.
                    Set.of(ModelTrait.MICROSCOPIC_DYNAMICS));
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(
                    ParameterSpec.integer("rods", "particles N per sample; the ring has length"
                            + " L = N/ρ̄").atLeast(2).withDefault(80),
                    ParameterSpec.integer("samples", "independent samples in the ensemble")
                            .atLeast(2).withDefault(1000),
                    ParameterSpec.integer("blocks", "blocks of samples: jackknife replicas and"
                            + " checkpoint batches").atLeast(2).withDefault(20),
                    ParameterSpec.integer("seed", "seed of the random initial configurations")
                            .withDefault(1),
                    ParameterSpec.integer("threads", "worker threads (0: all cores); results"
                            + " do not depend on it").atLeast(0).withDefault(0),
                    ParameterSpec.real("dt", "largest time step of the long-range force"
                            + " (collisions are exact)", "time").above(0).withDefault(0.5),
                    ParameterSpec.flag("collision-correction", "second-order correction of"
                            + " the force kicks at collisions (off: plain splitting, first"
                            + " order)").withDefault(true),
                    ParameterSpec.real("conservation", "largest relative energy drift of a"
                            + " sample before the run is stopped", "").above(0)
                            .withDefault(1e-3),
                    ParameterSpec.real("cutoff", "interaction cutoff r_c with a smooth switch"
                            + " from 3r_c/4 (0: none, full periodic image sum)", "length")
                            .atLeast(0).withDefault(0.0),
                    ParameterSpec.real("pair-range", "largest separation of the two-point"
                            + " moments (0: min(L/2, 10ξ))", "length").atLeast(0)
                            .withDefault(0.0),
                    ParameterSpec.real("pair-bin", "separation bin of the two-point moments"
                            + " (0: pair-range/100)", "length").atLeast(0).withDefault(0.0),
                    ParameterSpec.integer("first-block", "first block run by a work unit of a"
                            + " split ensemble (run --blocks-per-unit; docs/distributed.md)")
                            .atLeast(0).withDefault(0),
                    ParameterSpec.integer("block-count", "blocks run by a work unit, from"
                            + " first-block, reporting their sums (0: the whole ensemble)")
                            .atLeast(0).withDefault(0));
        }

        @Override
        public Solver create(Parameters parameters) {
            return new MdSolver(parameters);
        }
    }
}
