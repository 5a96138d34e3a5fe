package org.rapidity.framework.evolution;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Snapshot;

/**
 * A set of quantities an evolution must conserve (particle number, momentum, energy, …), checked
 * by the {@link EvolutionDriver} on every snapshot before the observers see it: the run stops
 * with an {@link InvalidInputException} naming the setting to change when one drifts beyond the
 * tolerance. The relative drift of quantity {@code i} is {@code |q_i(t) − q_i(0)| / scale_i},
 * with scales derived from the reference values (a vanishing momentum needs a scale of its own).
 */
public final class ConservationMonitor implements EventDetector {

    private final List<String> names;
    private final double[] reference;
    private final double[] scales;
    private final Function<Snapshot, double[]> measure;
    private final double tolerance;
    private final String setting;
    private final String advice;

    /**
     * @param names the quantities, in words ("particle number", …), as the error will say them
     * @param reference their values at the start of the evolution
     * @param scales the scale each drift is measured against (same length, positive)
     * @param measure the quantities in a snapshot (same order)
     * @param tolerance the largest relative drift allowed
     * @param setting the parameter that sets the tolerance (e.g. {@code solver.conservation})
     * @param advice what to change when it is exceeded (e.g. "refine the grid")
     */
    public ConservationMonitor(List<String> names, double[] reference, double[] scales,
            Function<Snapshot, double[]> measure, double tolerance, String setting,
            String advice) {
        if (reference.length != names.size() || scales.length != names.size()) {
            throw new IllegalArgumentException("one reference and one scale per quantity");
        }
        this.names = List.copyOf(names);
        this.reference = reference.clone();
        this.scales = scales.clone();
        this.measure = measure;
        this.tolerance = tolerance;
        this.setting = setting;
        this.advice = advice;
    }

    /** The reference values (copy), e.g. for a checkpoint. */
    public double[] reference() {
        return reference.clone();
    }

    /** The largest relative drift allowed. */
    public double tolerance() {
        return tolerance;
    }

    /** The margin left, {@code tolerance − max_i drift_i}: negative (or NaN) once beyond. */
    @Override
    public double g(Snapshot snapshot) {
        double[] now = measure.apply(snapshot);
        double worst = 0;
        for (int i = 0; i < names.size(); i++) {
            double drift = Math.abs(now[i] - reference[i]) / Math.max(scales[i], 1e-300);
            worst = Double.isNaN(drift) ? Double.NaN : Math.max(worst, drift);
        }
        return tolerance - worst;
    }

    /** A sixty-fourth of the output interval in which the drift went beyond the tolerance. */
    @Override
    public double timeTolerance(double bracket) {
        return bracket / 64;
    }

    /**
     * Ends the run: the drift went beyond the tolerance between {@code bracketStart} and the
     * snapshot's time.
     *
     * @throws InvalidInputException naming {@link #setting}, the quantity and the bracket
     */
    @Override
    public Action eventOccurred(Snapshot snapshot, double bracketStart, boolean increasing) {
        double[] now = measure.apply(snapshot);
        for (int i = 0; i < names.size(); i++) {
            double drift = Math.abs(now[i] - reference[i]) / Math.max(scales[i], 1e-300);
            if (!(drift <= tolerance)) {
                throw new InvalidInputException("solver", String.format(Locale.ROOT,
                        "%s drifted beyond %s = %.0e first between t = %s and t = %s (located"
                                + " by bisection; %.2e relative there); %s", names.get(i),
                        setting, tolerance, Parameters.format(bracketStart),
                        Parameters.format(snapshot.time()), drift, advice));
            }
        }
        return Action.CONTINUE;
    }

    @Override
    public String name() {
        return "conservation";
    }

    /**
     * Checks a snapshot.
     *
     * @throws InvalidInputException naming {@link #setting} if a quantity drifted beyond the
     *     tolerance (NaN counts as beyond)
     */
    public void check(Snapshot snapshot) {
        double[] now = measure.apply(snapshot);
        for (int i = 0; i < names.size(); i++) {
            double drift = Math.abs(now[i] - reference[i]) / Math.max(scales[i], 1e-300);
            if (!(drift <= tolerance)) {
                throw new InvalidInputException("solver", String.format(Locale.ROOT,
                        "%s drifted by %.2e (relative) by t = %s, beyond %s = %.0e; %s",
                        names.get(i), drift, Parameters.format(snapshot.time()), setting,
                        tolerance, advice));
            }
        }
    }
}
