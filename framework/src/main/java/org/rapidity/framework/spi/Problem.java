package org.rapidity.framework.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Everything a solver needs to know about what to solve: the model and its discretised modes,
 * the initial state, the integrability-breaking perturbations, the hierarchy truncation (for
 * solvers that use one) and the output times. Immutable. Times are in the model's time unit.
 */
public final class Problem {

    private final ModeSpace space;
    private final TbaState initialState;
    private final List<Perturbation> perturbations;
    private final Truncation truncation;
    private final double[] outputTimes;
    private final List<Drive> drives;
    private final InhomogeneousState initialProfile;

    /**
     * @param initialState homogeneous initial state (its mode space is the problem's)
     * @param perturbations long-range potentials (may be empty)
     * @param truncation hierarchy closure, or {@code null} for solvers without one
     * @param outputTimes strictly increasing, non-negative times at which observers are called;
     *     the last is the end time
     */
    public Problem(TbaState initialState, List<Perturbation> perturbations, Truncation truncation,
            double[] outputTimes) {
        this(initialState, perturbations, List.of(), truncation, outputTimes);
    }

    /**
     * As above, with drives (an external potential, driven model parameters), which only
     * solvers that declare them accept ({@link SolverProvider#drives()}).
     */
    public Problem(TbaState initialState, List<Perturbation> perturbations, List<Drive> drives,
            Truncation truncation, double[] outputTimes) {
        this(initialState, null, perturbations, drives, truncation, outputTimes);
    }

    /**
     * A problem that starts from a state varying in position (only solvers that declare
     * {@link SolverProvider#takesInhomogeneousStates()} accept it); {@link #initialState()} is
     * its {@link InhomogeneousState#reference()}.
     */
    public Problem(InhomogeneousState initialProfile, List<Perturbation> perturbations,
            List<Drive> drives, Truncation truncation, double[] outputTimes) {
        this(initialProfile.reference(), initialProfile, perturbations, drives, truncation,
                outputTimes);
    }

    private Problem(TbaState initialState, InhomogeneousState initialProfile,
            List<Perturbation> perturbations, List<Drive> drives, Truncation truncation,
            double[] outputTimes) {
        this.initialProfile = initialProfile;
        this.drives = List.copyOf(drives);
        this.space = initialState.space();
        this.initialState = initialState;
        this.perturbations = List.copyOf(perturbations);
        this.truncation = truncation;
        if (outputTimes.length == 0) {
            throw new InvalidInputException("output.times", "need at least one output time");
        }
        for (int i = 0; i < outputTimes.length; i++) {
            double t = outputTimes[i];
            if (!Double.isFinite(t) || t < 0 || (i > 0 && !(t > outputTimes[i - 1]))) {
                throw new InvalidInputException("output.times",
                        "output times must be finite, >= 0 and strictly increasing; got "
                                + Arrays.toString(outputTimes));
            }
        }
        this.outputTimes = outputTimes.clone();
    }

    /** The model and its modes. */
    public ModeSpace space() {
        return space;
    }

    /** The initial state. */
    public TbaState initialState() {
        return initialState;
    }

    /** The position-dependent initial state, if the problem starts from one. */
    public Optional<InhomogeneousState> initialProfile() {
        return Optional.ofNullable(initialProfile);
    }

    /** The perturbations (possibly none). */
    public List<Perturbation> perturbations() {
        return perturbations;
    }

    /** The drives (possibly none). */
    public List<Drive> drives() {
        return drives;
    }

    /** The drives of one kind (e.g. {@link ExternalPotential}). */
    public <T extends Drive> List<T> drives(Class<T> kind) {
        return drives.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The truncation, if the problem names one. */
    public Optional<Truncation> truncation() {
        return Optional.ofNullable(truncation);
    }

    /** Output times (copy). */
    public double[] outputTimes() {
        return outputTimes.clone();
    }

    /** The last output time. */
    public double endTime() {
        return outputTimes[outputTimes.length - 1];
    }
}
