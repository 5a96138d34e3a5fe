package org.rapidity.models.hardrods;

import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.tba.Dressing;

/**
 * Closed-form dressing of hard rods. With the constant kernel {@code T = -a/2π}, {@code R = 1 -
 * Tn = 1 + (a/2π) 1 ⊗ n} has rank-one structure and (Sherman–Morrison)
 * <pre>
 *   R^{-1} h   = h - c 1 ∫dθ n h,        R^{-t} g = (1 - nT)^{-1} g = g - c n ∫dθ g,
 *   c = (a/2π) / (1 + (a/2π) ∫dθ n),
 * </pre>
 * so that {@code c n = a ρ} for a physical state: {@code h^dr = h - a ∫ρh}, appendix B. Each
 * application costs {@code O(N)} against {@code O(N²)} (and {@code O(N³)} to factor) for the
 * generic path.
 */
final class HardRodDressing implements Dressing {

    private final double[] weight;
    private final double[] filling;
    private final double c;

    HardRodDressing(double a, double[] weight, double[] filling) {
        this.weight = weight;
        this.filling = filling.clone();
        double integral = 0;
        for (int i = 0; i < filling.length; i++) {
            integral += weight[i] * filling[i];
        }
        double t = a / (2 * Math.PI);
        this.c = t / (1 + t * integral);
    }

    @Override
    public int size() {
        return filling.length;
    }

    @Override
    public double[] dress(double[] h) {
        double s = 0;
        for (int i = 0; i < h.length; i++) {
            s += weight[i] * filling[i] * h[i];
        }
        double shift = c * s;
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = h[i] - shift;
        }
        return out;
    }

    @Override
    public double[] applyInverseTransposed(double[] g) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            s += weight[i] * g[i];
        }
        double[] out = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            out[i] = g[i] - c * filling[i] * s;
        }
        return out;
    }

    @Override
    public DMatrixRMaj inverse() {
        int n = size();
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.data[i * n + j] = (i == j ? 1 : 0) - c * weight[j] * filling[j];
            }
        }
        return m;
    }

    @Override
    public DMatrixRMaj inverseTransposed() {
        int n = size();
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.data[i * n + j] = (i == j ? 1 : 0) - c * filling[i] * weight[j];
            }
        }
        return m;
    }
}
