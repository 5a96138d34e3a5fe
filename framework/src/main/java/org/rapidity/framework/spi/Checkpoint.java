package org.rapidity.framework.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A solver's complete state at one time, enough to resume the run exactly: named arrays of
 * doubles (the evolved fields, the integrator's step size, random-generator state, …) chosen by
 * the solver, typed by the kind of state they hold ({@link #type()}, e.g. the solver's name)
 * and the version of their layout ({@link #version()}), so that a checkpoint of another solver
 * or of an older layout is refused instead of misread. Immutable.
 */
public final class Checkpoint {
    private final String type;
    private final int version;
    private final double time;
    private final int outputsDone;
    private final Map<String, double[]> arrays;

    /**
     * @param time the time of the saved state
     * @param outputsDone how many output times have already been emitted
     * @param arrays the solver's named arrays (copied)
     */
    public Checkpoint(double time, int outputsDone, Map<String, double[]> arrays) {
        this("", 0, time, outputsDone, arrays);
    }

    /**
     * A typed checkpoint.
     *
     * @param type what kind of state the arrays hold (e.g. the solver's name; "" when untyped)
     * @param version the version of the arrays' layout (0 when untyped)
     * @param time the time of the saved state
     * @param outputsDone how many output times have already been emitted
     * @param arrays the solver's named arrays (copied)
     */
    public Checkpoint(String type, int version, double time, int outputsDone,
            Map<String, double[]> arrays) {
        this.type = type;
        this.version = version;
        this.time = time;
        this.outputsDone = outputsDone;
        Map<String, double[]> copy = new LinkedHashMap<>();
        arrays.forEach((k, v) -> copy.put(k, v.clone()));
        this.arrays = Collections.unmodifiableMap(copy);
    }

    /** The kind of state the arrays hold ("" when untyped). */
    public String type() {
        return type;
    }

    /** The version of the arrays' layout (0 when untyped). */
    public int version() {
        return version;
    }

    /** Time of the saved state. */
    public double time() {
        return time;
    }

    /** Number of output times emitted before this checkpoint. */
    public int outputsDone() {
        return outputsDone;
    }

    /** The named arrays (do not modify the arrays). */
    public Map<String, double[]> arrays() {
        return arrays;
    }

    /** One array, which must be present. */
    public double[] array(String name) {
        double[] a = arrays.get(name);
        if (a == null) {
            throw new IllegalStateException("checkpoint has no array '" + name + "'; has "
                    + arrays.keySet());
        }
        return a.clone();
    }
}
