package org.rapidity.solvers.relaxation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapidity.framework.evolution.ConservationMonitor;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.evolution.SolverBase;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.SolverProviderBase;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code relaxation-time} solver, the kinetic baseline against which collision integrals are
 * judged: the relaxation-time (BGK) equation {@code ∂_t ρ = −(ρ − ρ_th)/τ}, with {@code ρ_th}
 * the thermal state of the initial particle number, momentum and energy, solved exactly,
 * {@code ρ(t) = ρ_th + (ρ(0) − ρ_th) e^{−t/τ}}. It conserves N, P and E exactly, and its entropy
 * grows monotonically (the Yang-Yang entropy is concave and largest at {@code ρ_th}). Written
 * against the framework's evolution driver, which owns outputs, checkpoints and resume.
 */
public final class RelaxationTimeSolver extends SolverBase {

    private static final Provider PROVIDER = new Provider();

    RelaxationTimeSolver(Parameters parameters) {
        super(PROVIDER, parameters);
    }

    /** The conservation monitor's tolerance only decides when the run stops. */
    @Override
    public Set<String> checkParameters() {
        return Set.of("conservation");
    }

    /** The relaxation from the first output time on never reads the end time. */
    @Override
    public boolean extendable(Problem problem) {
        return true;
    }

    @Override
    public void check(Problem problem) { } // any model with a thermal state, found at start

    @Override
    public Evolution start(Problem problem, RunContext context) {
        return new Relaxation(problem, problem.outputTimes()[0]);
    }

    @Override
    public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
        return new Relaxation(problem, saved.array("time")[0]);
    }

    /** The exact solution at the time reached: the state is that time alone. */
    private final class Relaxation implements Evolution {
        private final TbaState initial;
        private final double[] thermal;
        private final double[] reference;
        private final double t0;
        private double time;

        Relaxation(Problem problem, double time) {
            this.initial = problem.initialState();
            this.t0 = problem.outputTimes()[0];
            this.time = time; // ρ(0) is the first output's state
            this.reference = new double[] {initial.particleDensity(), initial.momentumDensity(),
                initial.energyDensity()};
            try {
                this.thermal = Gge.withCharges(problem.space(), reference).state().density();
            } catch (InvalidInputException e) {
                throw new InvalidInputException("grid", "no thermal state with the initial N, P,"
                        + " E on this grid to relax to (" + e.getMessage() + "); widen it");
            }
        }

        @Override
        public double time() {
            return time;
        }

        @Override
        public void advance(double until, Interval interval) { // the solution is exact
            time = until;
        }

        @Override
        public Snapshot snapshot() {
            double decay = Math.exp(-(time - t0) / parameters.real("tau"));
            double[] rho0 = initial.density();
            double[] rho = new double[rho0.length];
            for (int i = 0; i < rho.length; i++) {
                rho[i] = thermal[i] + (rho0[i] - thermal[i]) * decay;
            }
            return Snapshot.of(time, TbaState.fromDensity(initial.space(), rho));
        }

        @Override
        public List<ConservationMonitor> monitors() {
            double p = Math.sqrt(Math.abs(2 * reference[0] * reference[2])); // momentum scale
            return List.of(new ConservationMonitor(List.of("particle number", "momentum",
                    "energy"), reference, new double[] {reference[0], p, reference[2]}, s -> {
                        TbaState st = s.view(TbaState.class).orElseThrow();
                        return new double[] {st.particleDensity(), st.momentumDensity(),
                            st.energyDensity()};
                    }, parameters.real("conservation"), "solver.conservation",
                    "the thermal state was not found accurately: refine the grid"));
        }

        @Override
        public Map<String, double[]> save() {
            return Map.of("time", new double[] {time});
        }
    }

    /** Provides {@code relaxation-time}. */
    public static final class Provider extends SolverProviderBase {

        /** The provider. */
        public Provider() {
            super("relaxation-time",
                    "relaxation-time (BGK) baseline ∂_tρ = -(ρ - ρ_th)/τ towards the thermal"
                            + " state of the initial N, P, E, solved exactly",
                    List.of(TbaState.class),
                    // Relaxes to the boosted thermal state of the same N, P, E (a continuum
                    // momentum).
                    Set.of(ModelTrait.CONTINUUM_MOMENTUM));
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.real("tau", "relaxation time τ", "time").above(0)
                    .required(), ParameterSpec.real("conservation", "largest relative drift of"
                    + " N, P, E (the thermal state's accuracy)", "").above(0).withDefault(1e-8));
        }

        @Override
        public RelaxationTimeSolver create(Parameters parameters) {
            return new RelaxationTimeSolver(parameters);
        }
    }
}
