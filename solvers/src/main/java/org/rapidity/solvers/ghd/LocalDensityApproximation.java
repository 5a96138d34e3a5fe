package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The local-density approximation of a thermal state in an external potential (the strings
 * paper's (S8)): at every position the thermal state of the same temperature (and boost) at the
 * local chemical potential {@code μ - V(x)},
 * <pre>
 *   ε(x, θ) = β(E(θ) - (μ - V(x)) h_0 - u p(θ)) - ∫dθ' T(θ, θ') F(ε(x, θ')),
 * </pre>
 * ({@code F = -ln(1 - ϑ)} for fermions; (S8) writes it with {@code T = -φ/2π}). The temperature,
 * chemical potential and boost are read off the given homogeneous state (the state at the bottom
 * of the potential): its pseudo-energy {@code ε} (from its filling) gives the driving term
 * {@code w = ε + T F(ε)}, which for a thermal state is exactly {@code β(E - μh_0 - u p)}; a
 * least-squares fit recovers {@code β, βμ, βu} and the state is refused if the fit is not exact
 * (it is not thermal). With a target atom number {@code N}, {@code μ} is then tuned by Brent's
 * method on the monotone {@code μ ↦ ∫dx n(x)}.
 */
final class LocalDensityApproximation {

    /** β, βμ, βu of a thermal state. */
    record ThermalParameters(double beta, double betaMu, double betaBoost) {
    }

    private LocalDensityApproximation() {
    }

    /**
     * The driving term's parameters of a thermal state.
     *
     * @throws InvalidInputException if the state is not thermal
     */
    static ThermalParameters fit(TbaState state) {
        ModeSpace space = state.space();
        double[] n = state.filling();
        int size = n.length;
        double[] eps = new double[size];
        double[] big = new double[size];
        boolean[] use = new boolean[size];
        for (int i = 0; i < size; i++) {
            eps[i] = space.statistics(i).pseudoEnergy(n[i]);
            use[i] = Double.isFinite(eps[i]) && n[i] > 1e-250;
            big[i] = use[i] ? space.statistics(i).freeEnergy(eps[i]) : 0;
        }
        double[] tf = space.applyScatteringShift(big);
        double[] e = space.energy();
        double[] h0 = space.particleNumber();
        double[] p = space.momentum();
        double[][] a = new double[3][3];
        double[] b = new double[3];
        double scale = 0;
        for (int i = 0; i < size; i++) {
            if (!use[i]) {
                continue;
            }
            double w = eps[i] + tf[i];
            double[] basis = {e[i], -h0[i], -p[i]};
            for (int r = 0; r < 3; r++) {
                b[r] += basis[r] * w;
                for (int c = 0; c < 3; c++) {
                    a[r][c] += basis[r] * basis[c];
                }
            }
            scale = Math.max(scale, Math.abs(w));
        }
        // a boost and a chemical potential are indistinguishable when p ∝ h_0 (not for real
        // models); drop the boost if the momentum column is degenerate
        double[] x = solve(a, b);
        if (x == null) {
            a[2] = new double[] {0, 0, 1};
            a[0][2] = 0;
            a[1][2] = 0;
            b[2] = 0;
            x = solve(a, b);
        }
        double residual = 0;
        for (int i = 0; i < size; i++) {
            if (use[i]) {
                double fit = x[0] * e[i] - x[1] * h0[i] - x[2] * p[i];
                residual = Math.max(residual, Math.abs(eps[i] + tf[i] - fit));
            }
        }
        if (!(x[0] > 0) || residual > 1e-6 * Math.max(1, scale)) {
            throw new InvalidInputException("state", "the local-density approximation in a trap"
                    + " starts from a thermal state (pseudo-energy β(E - μN - uP) - T F(ε)),"
                    + " and this one is not (fit residual " + residual + ", β = " + x[0]
                    + "); use a thermal state such as yang-yang or thermal");
        }
        return new ThermalParameters(x[0], x[1], x[2]);
    }

    /**
     * The fillings at positions {@code x_i} with potential {@code V(x_i)} (model units).
     *
     * @param centre the thermal state at {@code V = 0}
     * @param potential {@code V(x_i)} of the initial profile
     * @param weights cell widths
     * @param atoms the atom number to reach by tuning μ, or NaN to keep the centre state's μ
     * @param field descriptor field of {@code atoms}, for errors
     */
    static double[][] fillings(TbaState centre, double[] potential, double[] weights,
            double atoms, String field) {
        ModeSpace space = centre.space();
        ThermalParameters t = fit(centre);
        if (Double.isNaN(atoms)) {
            return profile(space, t, 0, potential).fillings;
        }
        java.util.function.DoubleUnaryOperator count = shift -> {
            Lda l = profile(space, t, shift, potential);
            double s = 0;
            for (int i = 0; i < weights.length; i++) {
                s += weights[i] * l.density[i];
            }
            return s;
        };
        // N decreases with the shift δ of βμ → βμ - δ; bracket the root
        double lo = -1;
        double hi = 1;
        double step = 1;
        int guard = 0;
        while (count.applyAsDouble(lo) < atoms) {
            hi = lo;
            lo -= step;
            step *= 2;
            if (++guard > 60) {
                throw new InvalidInputException(field, atoms + " atoms cannot be held at this"
                        + " temperature on this grid (the cloud would overflow the box or the"
                        + " rapidity window)");
            }
        }
        step = 1;
        guard = 0;
        while (count.applyAsDouble(hi) > atoms) {
            lo = hi;
            hi += step;
            step *= 2;
            if (++guard > 60) {
                throw new InvalidInputException(field, atoms + " atoms: too few to resolve");
            }
        }
        double shift;
        try {
            shift = new BrentSolver(1e-13, 1e-14).solve(200,
                    d -> count.applyAsDouble(d) - atoms, lo, hi);
        } catch (MathIllegalStateException ex) {
            throw new InvalidInputException(field, "no chemical potential gives " + atoms
                    + " atoms: " + ex.getMessage());
        }
        return profile(space, t, shift, potential).fillings;
    }

    private record Lda(double[][] fillings, double[] density) {
    }

    private static Lda profile(ModeSpace space, ThermalParameters t, double shift,
            double[] potential) {
        int nx = potential.length;
        double[][] f = new double[nx][];
        double[] d = new double[nx];
        double[] e = space.energy();
        double[] h0 = space.particleNumber();
        double[] p = space.momentum();
        IntStream.range(0, nx).parallel().forEach(i -> {
            double[] w = new double[e.length];
            for (int k = 0; k < w.length; k++) {
                w[k] = t.beta() * e[k] - (t.betaMu() - shift - t.beta() * potential[i]) * h0[k]
                        - t.betaBoost() * p[k];
            }
            TbaState s = Gge.solve(space, w).state();
            f[i] = s.filling();
            d[i] = s.particleDensity();
        });
        return new Lda(f, d);
    }

    /** Gaussian elimination with partial pivoting; null if singular. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int r = 0; r < n; r++) {
            System.arraycopy(a[r], 0, m[r], 0, n);
            m[r][n] = b[r];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(m[piv][c]) < 1e-300) {
                return null;
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
