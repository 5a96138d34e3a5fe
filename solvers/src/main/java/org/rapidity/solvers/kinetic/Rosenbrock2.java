package org.rapidity.solvers.kinetic;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The two-stage, second-order, L-stable Rosenbrock method ROS2 (Verwer, Spee, Blom and
 * Hundsdorfer, SIAM J. Sci. Comput. 20 (1999) 1456), for stiff systems {@code y' = f(y)} such as
 * the kinetic equations, whose collision operators diffuse in rapidity (largest rates ∝ N²):
 * <pre>
 *   W = 1 - γ h J,  γ = 1 + 1/√2,
 *   k1 = W⁻¹ f(y),  k2 = W⁻¹ (f(y + h k1) - 2 k1),  y' = y + h (3 k1 + k2)/2,
 * </pre>
 * with the embedded first-order solution {@code y + h k1} for the step-size control. ROS2 is a
 * W-method: it keeps order 2 for any matrix {@code J}, so a finite-difference Jacobian is reused
 * over many steps and refreshed only when steps start failing. Linear invariants {@code c·y} of
 * {@code f} (particle number, momentum, energy) are preserved exactly when {@code c·J = 0}; the
 * finite-difference Jacobian satisfies this only up to rounding noise, which the large stiff steps
 * would amplify, so it is projected onto the complement of the invariants given to the
 * constructor. Not thread-safe; one per integration.
 */
final class Rosenbrock2 {

    private static final double GAMMA = 1 + 1 / Math.sqrt(2);

    private final UnaryOperator<double[]> f;
    private final int n;
    private final double relTol;
    private final double absTol;
    private final double[][] invariants;
    private DMatrixRMaj jacobian;
    private LinearSolverDense<DMatrixRMaj> w;
    private double wStep = Double.NaN;
    private int stepsSinceJacobian;
    private int evaluations;
    private int jacobians;

    /**
     * @param f right-hand side
     * @param n dimension
     * @param relTol relative tolerance
     * @param absTol absolute tolerance
     */
    Rosenbrock2(UnaryOperator<double[]> f, int n, double relTol, double absTol) {
        this(f, n, relTol, absTol, new double[0][]);
    }

    /**
     * @param invariants vectors {@code c} with {@code c·f(y) = 0} for every y (conserved linear
     *     functionals), linearly independent
     */
    Rosenbrock2(UnaryOperator<double[]> f, int n, double relTol, double absTol,
            double[][] invariants) {
        this.f = f;
        this.n = n;
        this.relTol = relTol;
        this.absTol = absTol;
        this.invariants = orthonormal(invariants);
    }

    /**
     * The integrator of a kinetic equation {@code ∂_t ρ = I[ρ]} on {@code space} that keeps the
     * particle number, momentum and energy {@code Σ_i w_i h_c(θ_i) ρ_i} (charges 0-2) exactly;
     * the density is evolved as is (no floor, {@link TbaState#fromEvolvedDensity}).
     *
     * @param absTol absolute tolerance (density units)
     */
    static Rosenbrock2 conserving(KineticEquation equation, ModeSpace space, double relTol,
            double absTol) {
        double[] weights = space.weights();
        double[][] invariants = new double[3][];
        for (int c = 0; c < 3; c++) {
            invariants[c] = space.charge(c);
            for (int i = 0; i < weights.length; i++) {
                invariants[c][i] *= weights[i];
            }
        }
        return new Rosenbrock2(y -> equation.timeDerivative(TbaState.fromEvolvedDensity(space, y,
                Double.POSITIVE_INFINITY)), space.size(), relTol, absTol, invariants);
    }

    /** Gram–Schmidt (twice) of the invariant vectors. */
    private static double[][] orthonormal(double[][] c) {
        double[][] q = new double[c.length][];
        for (int a = 0; a < c.length; a++) {
            double[] v = c[a].clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < a; b++) {
                    double dot = 0;
                    for (int i = 0; i < v.length; i++) {
                        dot += q[b][i] * v[i];
                    }
                    for (int i = 0; i < v.length; i++) {
                        v[i] -= dot * q[b][i];
                    }
                }
            }
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
            q[a] = v;
        }
        return q;
    }

    /** Right-hand-side evaluations so far (Jacobians included). */
    int evaluations() {
        return evaluations;
    }

    /** Jacobians computed so far. */
    int jacobians() {
        return jacobians;
    }

    private double[] rhs(double[] y) {
        evaluations++;
        return f.apply(y);
    }

    /**
     * The integrator's reusable state for a checkpoint: the age of the Jacobian in steps, then
     * the Jacobian (empty if none yet). Restoring it makes a resumed run step exactly as the
     * uninterrupted one.
     */
    double[] state() {
        if (jacobian == null) {
            return new double[0];
        }
        double[] out = new double[1 + n * n];
        out[0] = stepsSinceJacobian;
        System.arraycopy(jacobian.data, 0, out, 1, n * n);
        return out;
    }

    /** Restores {@link #state()}. */
    void restore(double[] state) {
        if (state.length == 0) {
            return;
        }
        if (state.length != 1 + n * n) {
            throw new IllegalArgumentException("integrator state of the wrong size");
        }
        stepsSinceJacobian = (int) state[0];
        jacobian = DMatrixRMaj.wrap(n, n, java.util.Arrays.copyOfRange(state, 1, state.length));
        wStep = Double.NaN;
    }

    /** Central finite-difference Jacobian, columns in parallel. */
    private void refreshJacobian(double[] y) {
        double scale = 0;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        double eta = 1e-7 * Math.max(scale, absTol);
        DMatrixRMaj j = new DMatrixRMaj(n, n);
        IntStream.range(0, n).parallel().forEach(k -> {
            double[] plus = y.clone();
            double[] minus = y.clone();
            plus[k] += eta;
            minus[k] -= eta;
            double[] fp = f.apply(plus);
            double[] fm = f.apply(minus);
            for (int i = 0; i < n; i++) {
                j.data[i * n + k] = (fp[i] - fm[i]) / (2 * eta);
            }
        });
        evaluations += 2 * n;
        jacobians++;
        // J ← (1 - Σ q qᵀ) J: removes the noise that breaks c·J = 0
        for (double[] q : invariants) {
            for (int k = 0; k < n; k++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[i] * j.data[i * n + k];
                }
                for (int i = 0; i < n; i++) {
                    j.data[i * n + k] -= dot * q[i];
                }
            }
        }
        jacobian = j;
        stepsSinceJacobian = 0;
        wStep = Double.NaN;
    }

    private double[] solve(double[] b) {
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        w.solve(DMatrixRMaj.wrap(n, 1, b.clone()), x);
        return x.data;
    }

    private void factor(double h) {
        if (h == wStep) {
            return;
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n * n; i++) {
            m.data[i] = -GAMMA * h * jacobian.data[i];
        }
        for (int i = 0; i < n; i++) {
            m.data[i * n + i] += 1;
        }
        w = LinearSolverFactory_DDRM.lu(n);
        if (!w.setA(m)) {
            throw new IllegalStateException("Rosenbrock matrix 1 - γhJ is singular");
        }
        wStep = h;
    }

    /**
     * Integrates from {@code t0} to {@code t1} (exactly), starting with step {@code h0} (or an
     * estimate when not positive).
     *
     * @return {the state at t1, the last accepted step size}
     */
    Object[] integrate(double t0, double[] y0, double t1, double h0,
            java.util.function.DoubleConsumer progress) {
        double[] y = y0.clone();
        double t = t0;
        if (jacobian == null || stepsSinceJacobian > 100) {
            refreshJacobian(y);
        }
        double h = h0 > 0 ? h0 : initialStep(y, t1 - t0);
        double lastAccepted = h;
        int rejections = 0;
        while (t < t1) {
            boolean last = t + h >= t1 * (1 - 1e-15) - 1e-300;
            double step = last ? t1 - t : h;
            factor(step);
            double[] fy = rhs(y);
            double[] k1 = solve(fy);
            double[] stage = new double[n];
            for (int i = 0; i < n; i++) {
                stage[i] = y[i] + step * k1[i];
            }
            double[] f2 = rhs(stage);
            double[] b2 = new double[n];
            for (int i = 0; i < n; i++) {
                b2[i] = f2[i] - 2 * k1[i];
            }
            double[] k2 = solve(b2);
            double err = 0;
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = y[i] + step * (1.5 * k1[i] + 0.5 * k2[i]);
                double e = 0.5 * step * (k1[i] + k2[i]);
                double sc = absTol + relTol * Math.max(Math.abs(y[i]), Math.abs(next[i]));
                err += (e / sc) * (e / sc);
            }
            err = Math.sqrt(err / n);
            boolean finite = Arrays.stream(next).allMatch(Double::isFinite);
            double factorNew = finite ? Math.min(3, Math.max(0.2, 0.9 / Math.sqrt(
                    Math.max(err, 1e-10)))) : 0.2;
            if (finite && err <= 1) {
                t = last ? t1 : t + step;
                y = next;
                lastAccepted = step;
                stepsSinceJacobian++;
                rejections = 0;
                if (!last) {
                    h = step * factorNew;
                }
                progress.accept(t);
                if (stepsSinceJacobian > 100) {
                    refreshJacobian(y);
                }
            } else {
                rejections++;
                h = step * factorNew;
                // a Jacobian already taken at this y (no step accepted since) would be the same
                // matrix bit for bit: only the smaller step helps then
                if (rejections >= 2 && stepsSinceJacobian > 0) {
                    refreshJacobian(y);
                }
                if (h < 1e-14 * Math.max(1, Math.abs(t1))) {
                    throw new IllegalStateException("step size underflow at t = " + t);
                }
            }
        }
        return new Object[] {y, lastAccepted};
    }

    /** First step from the size of f relative to the tolerance (Hairer–Wanner style). */
    private double initialStep(double[] y, double span) {
        double[] fy = rhs(y);
        double d0 = 0;
        double d1 = 0;
        for (int i = 0; i < n; i++) {
            double sc = absTol + relTol * Math.abs(y[i]);
            d0 += (y[i] / sc) * (y[i] / sc);
            d1 += (fy[i] / sc) * (fy[i] / sc);
        }
        d0 = Math.sqrt(d0 / n);
        d1 = Math.sqrt(d1 / n);
        double h = d1 <= 1e-5 || d0 <= 1e-5 ? 1e-6 * span : 0.01 * d0 / d1;
        return Math.min(h, span);
    }
}
