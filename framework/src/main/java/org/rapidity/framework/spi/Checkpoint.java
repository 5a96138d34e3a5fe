package org.rapidity.framework.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A solver's complete state at one time, enough to resume the run exactly: named arrays of
 * doubles (the evolved fields, the integrator's step size, random-generator state, …) chosen by
 * the solver, typed by the kind of state they hold ({@link #type()}, e.g. the solver's name)
 * and the version of their layout ({@link #version()}), so that a checkpoint of another solver
 * or of an older layout is refused instead of misread. Besides the arrays of doubles it may hold
 * arrays of floats ({@link #singles()}): state the solver keeps in single precision (e.g. the
 * gBBGKY three-point function under {@code solver.g3_precision = single}), saved and written
 * without widening, at half the memory and file size. Immutable.
 */
public final class Checkpoint {
    private final String type;
    private final int version;
    private final double time;
    private final int outputsDone;
    private final Map<String, double[]> arrays;
    private final Map<String, float[]> singles;

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
        this(type, version, time, outputsDone, arrays, Map.of());
    }

    /**
     * A typed checkpoint with arrays of floats. The float arrays are taken over, not copied: they
     * may be most of the heap (the three-point function), and a copy would double it while the
     * checkpoint is made; the caller hands over arrays it no longer modifies (a fresh copy of
     * its state, or another checkpoint's, which never change).
     *
     * @param type what kind of state the arrays hold (e.g. the solver's name; "" when untyped)
     * @param version the version of the arrays' layout (0 when untyped)
     * @param time the time of the saved state
     * @param outputsDone how many output times have already been emitted
     * @param arrays the solver's named arrays of doubles (copied)
     * @param singles the solver's named arrays of floats (taken over); no name in both maps
     */
    public Checkpoint(String type, int version, double time, int outputsDone,
            Map<String, double[]> arrays, Map<String, float[]> singles) {
        for (String name : singles.keySet()) {
            if (arrays.containsKey(name)) {
                throw new IllegalArgumentException("checkpoint array '" + name + "' is both a"
                        + " double and a float array");
            }
        }
        this.type = type;
        this.version = version;
        this.time = time;
        this.outputsDone = outputsDone;
        Map<String, double[]> copy = new LinkedHashMap<>();
        arrays.forEach((k, v) -> copy.put(k, v.clone()));
        this.arrays = Collections.unmodifiableMap(copy);
        this.singles = Collections.unmodifiableMap(new LinkedHashMap<>(singles));
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
        return present(arrays, name, "array").clone();
    }

    /** The named arrays of floats, empty when none (do not modify the arrays). */
    public Map<String, float[]> singles() {
        return singles;
    }

    /** One array of floats, which must be present (a copy). */
    public float[] single(String name) {
        return present(singles, name, "float array").clone();
    }

    private static <T> T present(Map<String, T> named, String name, String what) {
        T a = named.get(name);
        if (a == null) {
            throw new IllegalStateException("checkpoint has no " + what + " '" + name + "'; has "
                    + named.keySet());
        }
        return a;
    }
}
