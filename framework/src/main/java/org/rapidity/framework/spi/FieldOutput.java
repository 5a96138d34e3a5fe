package org.rapidity.framework.spi;

import java.util.List;

/**
 * Optional capability of an {@link Observable} that also produces arrays at an output time (a
 * density profile {@code n(x)}, a phase-space density {@code ρ(x, θ)}): the runner writes each
 * {@link Field} to its own CSV file (and a PNG: a line for a profile, a heat map for a 2D field)
 * beside {@code observables.csv}. The scalar columns of the observable are written as usual.
 */
public interface FieldOutput {

    /**
     * The fields at this snapshot (may be empty, e.g. at output times the observable skips).
     *
     * @param snapshot a snapshot that has the observable's view
     */
    List<Field> fields(Snapshot snapshot);

    /**
     * One array: a profile {@code values[i]} on {@code x} ({@code y} null) or a 2D field
     * {@code values[i][j]} on {@code x × y}.
     *
     * @param name file-name stem, {@code [a-z0-9-]+}, e.g. {@code density-profile}
     * @param title plot title
     * @param xLabel label (with unit) of the first axis
     * @param x first-axis values
     * @param yLabel label of the second axis (2D) or of the values (profile)
     * @param y second-axis values, or null for a profile
     * @param valueLabel label of the values (2D fields)
     * @param values {@code [x.length][y.length]} for 2D, {@code [1][x.length]} for a profile
     */
    record Field(String name, String title, String xLabel, double[] x, String yLabel, double[] y,
            String valueLabel, double[][] values) {

        /** Whether this is a 2D field. */
        public boolean is2d() {
            return y != null;
        }

        /** A profile {@code values} on {@code x}. */
        public static Field profile(String name, String title, String xLabel, double[] x,
                String valueLabel, double[] values) {
            return new Field(name, title, xLabel, x.clone(), valueLabel, null, valueLabel,
                    new double[][] {values.clone()});
        }
    }
}
