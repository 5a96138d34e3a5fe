package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;

/**
 * One copy of {@code ĝ3} (the layout of {@link ThreePointLayer}: re, im per element), stored in
 * double or in single precision ({@code solver.g3_precision}). Arithmetic is always in double:
 * a single-precision store rounds each value to the nearest float when it is written (relative
 * error at most {@code 2^-24 ≈ 6e-8} per write) and widens it exactly when it is read, so it
 * halves the memory of the five copies the integrator holds at the cost of one float rounding
 * per stage of each step.
 */
final class G3Spectrum {

    private final double[] d;
    private final float[] f;
    private final int length;

    private G3Spectrum(double[] d, float[] f) {
        this.d = d;
        this.f = f;
        this.length = d != null ? d.length : f.length;
    }

    /** A zero copy of {@code length} values in the given precision. */
    static G3Spectrum zeros(boolean single, int length) {
        return single ? new G3Spectrum(null, new float[length])
                : new G3Spectrum(new double[length], null);
    }

    /** A double-precision view of {@code values} (no copy: writes go to the array). */
    static G3Spectrum wrap(double[] values) {
        return new G3Spectrum(values, null);
    }

    /** A single-precision view of {@code values} (no copy: writes go to the array). */
    static G3Spectrum wrap(float[] values) {
        return new G3Spectrum(null, values);
    }

    /** A copy of {@code values} in the given precision. */
    static G3Spectrum of(boolean single, double[] values) {
        G3Spectrum s = zeros(single, values.length);
        for (int i = 0; i < values.length; i++) {
            s.set(i, values[i]);
        }
        return s;
    }

    /**
     * {@code true} for {@code single}, {@code false} for {@code double}: the descriptor field
     * {@code solver.g3_precision}.
     */
    static boolean single(String precision) {
        switch (precision) {
            case "single":
                return true;
            case "double":
                return false;
            default:
                throw new InvalidInputException("solver.g3_precision", "unknown precision '"
                        + precision + "'; use double or single (float storage, double"
                        + " arithmetic)");
        }
    }

    /** Bytes per stored value: 8 or 4. */
    static int bytes(boolean single) {
        return single ? Float.BYTES : Double.BYTES;
    }

    /** Whether the values are stored as floats. */
    boolean isSingle() {
        return f != null;
    }

    int length() {
        return length;
    }

    double get(int i) {
        return d != null ? d[i] : f[i];
    }

    void set(int i, double v) {
        if (d != null) {
            d[i] = v;
        } else {
            f[i] = (float) v;
        }
    }

    /** {@code this[i] += v}. */
    void add(int i, double v) {
        if (d != null) {
            d[i] += v;
        } else {
            f[i] = (float) (f[i] + v);
        }
    }

    /** {@code this ← this + other}, in parallel. */
    void addAll(G3Spectrum other) {
        IntStream.range(0, 64).parallel().forEach(part -> {
            int from = (int) ((long) length * part / 64);
            int to = (int) ((long) length * (part + 1) / 64);
            for (int k = from; k < to; k++) {
                add(k, other.get(k));
            }
        });
    }

    /** Copies {@code count} values from {@code from} into {@code out[offset …]}. */
    void read(int from, double[] out, int offset, int count) {
        if (d != null) {
            System.arraycopy(d, from, out, offset, count);
        } else {
            for (int k = 0; k < count; k++) {
                out[offset + k] = f[from + k];
            }
        }
    }

    /** Writes {@code count} values of {@code in[offset …]} at {@code to}. */
    void write(int to, double[] in, int offset, int count) {
        if (d != null) {
            System.arraycopy(in, offset, d, to, count);
        } else {
            for (int k = 0; k < count; k++) {
                f[to + k] = (float) in[offset + k];
            }
        }
    }

    /** The values, widened to double (a copy). */
    double[] toDoubles() {
        if (d != null) {
            return d.clone();
        }
        double[] out = new double[length];
        read(0, out, 0, length);
        return out;
    }

    /** The values as stored, single precision only (a copy: no widening, half the memory). */
    float[] toFloats() {
        if (f == null) {
            throw new IllegalStateException("ĝ3 is stored in double precision");
        }
        return f.clone();
    }

    /** Sets every value to 0. */
    void clear() {
        if (d != null) {
            java.util.Arrays.fill(d, 0);
        } else {
            java.util.Arrays.fill(f, 0);
        }
    }

    /** Overwrites every value with {@code other}'s. */
    void copyFrom(G3Spectrum other) {
        if (d != null && other.d != null) {
            System.arraycopy(other.d, 0, d, 0, length);
        } else if (f != null && other.f != null) {
            System.arraycopy(other.f, 0, f, 0, length);
        } else {
            for (int k = 0; k < length; k++) {
                set(k, other.get(k));
            }
        }
    }
}
