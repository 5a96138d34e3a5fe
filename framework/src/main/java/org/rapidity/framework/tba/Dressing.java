package org.rapidity.framework.tba;

import org.ejml.data.DMatrixRMaj;

/**
 * The dressing operator of one state, factored once and reused. With the rotation matrix
 * {@code R = 1 - T n} of the gBBGKY paper (eq. (37)) and its transpose {@code R^t = 1 - n T}:
 * <ul>
 *   <li>{@link #dress}: {@code h^dr = R^{-1} h}, eq. (36), acting on functions of rapidity;</li>
 *   <li>{@link #applyInverseTransposed}: {@code R^{-t} g = (1 - nT)^{-1} g}, acting on
 *       densities (it appears in {@code C}, {@code A}, {@code 𝔇}).</li>
 * </ul>
 * Both act on mode vectors of nodal values; the matrices are operator matrices in the sense of
 * {@link ModeSpace}. Implementations are immutable and thread-safe.
 */
public interface Dressing {

    /** Number of modes. */
    int size();

    /** {@code h^dr = (1 - T n)^{-1} h}. */
    double[] dress(double[] h);

    /** {@code (1 - n T)^{-1} g}, the paper's {@code R^{-t} g}. */
    double[] applyInverseTransposed(double[] g);

    /** Operator matrix of {@code R^{-1}} (a new matrix each call). */
    DMatrixRMaj inverse();

    /** Operator matrix of {@code R^{-t} = (1 - nT)^{-1}} (a new matrix each call). */
    DMatrixRMaj inverseTransposed();
}
