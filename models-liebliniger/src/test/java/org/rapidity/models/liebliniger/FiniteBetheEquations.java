package org.rapidity.models.liebliniger;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * An independent route to the Lieb-Liniger ground state: the Bethe equations of N bosons on a
 * ring of length L (Lieb and Liniger 1963),
 * <pre>
 *   L λ_j + Σ_k 2 arctan((λ_j - λ_k)/c) = 2π I_j,     I_j = j - (N+1)/2,
 * </pre>
 * solved by Newton's method (the Jacobian is positive definite: the Yang-Yang action is convex),
 * with {@code E = Σ_j λ_j²} (ħ = 2m = 1). No integral equation, no quadrature.
 */
final class FiniteBetheEquations {

    private FiniteBetheEquations() {
    }

    /** Ground-state rapidities of N particles at density n = N/L and coupling c. */
    static double[] rapidities(int n, double density, double c) {
        double l = n / density;
        double[] lam = new double[n];
        for (int j = 0; j < n; j++) {
            lam[j] = 2 * Math.PI * (j + 1 - (n + 1) / 2.0) / l;
        }
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(n);
        for (int it = 0; it < 100; it++) {
            double[] f = new double[n];
            DMatrixRMaj jac = new DMatrixRMaj(n, n);
            for (int j = 0; j < n; j++) {
                double s = l * lam[j] - 2 * Math.PI * (j + 1 - (n + 1) / 2.0);
                double diag = l;
                for (int k = 0; k < n; k++) {
                    if (k != j) {
                        double u = lam[j] - lam[k];
                        s += 2 * Math.atan(u / c);
                        double d = 2 * c / (c * c + u * u);
                        diag += d;
                        jac.set(j, k, -d);
                    }
                }
                jac.set(j, j, diag);
                f[j] = s;
            }
            DMatrixRMaj step = new DMatrixRMaj(n, 1);
            lu.setA(jac);
            lu.solve(DMatrixRMaj.wrap(n, 1, f), step);
            double max = 0;
            for (int j = 0; j < n; j++) {
                lam[j] -= step.data[j];
                max = Math.max(max, Math.abs(step.data[j]));
            }
            if (max < 1e-15 * Math.max(1, Math.abs(lam[n - 1]))) {
                break;
            }
        }
        return lam;
    }

    /** {@code e_N(γ) = E/(N n²)} of N particles. */
    static double reducedEnergy(int n, double gamma) {
        double density = 1;
        double[] lam = rapidities(n, density, gamma * density);
        double e = 0;
        for (double x : lam) {
            e += x * x;
        }
        return e / (n * density * density);
    }

    /**
     * {@code e(γ)} in the thermodynamic limit by Richardson extrapolation of
     * {@code e_N = e + a/N² + b/N⁴ + …} from {@code N, 2N, 4N}.
     */
    static double extrapolatedReducedEnergy(int n, double gamma) {
        double e1 = reducedEnergy(n, gamma);
        double e2 = reducedEnergy(2 * n, gamma);
        double e4 = reducedEnergy(4 * n, gamma);
        double r1 = (4 * e2 - e1) / 3;
        double r2 = (4 * e4 - e2) / 3;
        return (16 * r2 - r1) / 15;
    }
}
