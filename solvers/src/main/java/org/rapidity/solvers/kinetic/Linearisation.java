package org.rapidity.solvers.kinetic;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The kinetic equation linearised about a thermal state, projected on the conserved charges of
 * the unperturbed model (gBBGKY paper, eq. (85), supplement §4):
 * {@code ∂_t ⟨δq_n⟩ = -Γ_nm ⟨δq_m⟩}.
 *
 * <p>Charges {@code h_m = θ^m/m!}, {@code m = 0 … M-1} (particle number, momentum, energy, then
 * the higher charges of a Galilean model) are orthonormalised by modified Gram–Schmidt in the
 * hydrodynamic inner product {@code ⟨a, b⟩ = ∫∫ a C b} (susceptibility C, eq. (43)). To keep the
 * orthogonalisation well conditioned for many charges, it starts from the Legendre polynomials
 * {@code P_m(θ/θ_max)}, which span the same space as {@code θ^0 … θ^{M-1}} (so the same Γ), and
 * whose first three span particle number, momentum and energy. A deviation
 * along charge m is the density change {@code δρ_m = C h̃_m}, which moves {@code ⟨q_n⟩} by
 * {@code δ_nm}; hence {@code Γ_nm = -∫dθ h̃_n (L C h̃_m)} with {@code L} the derivative of the
 * collision integral at the thermal state, applied by central differences along each
 * {@code δρ_m} (the collision integral vanishes at the thermal state, so the error is second
 * order in the step). {@code Γ} should be symmetric and positive semi-definite with three zero
 * modes (the first three charges are conserved); its smallest non-zero eigenvalue is the gap
 * {@code γ_gap} and {@code t_therm = 1/γ_gap}.
 */
public final class Linearisation {

    private final DMatrixRMaj gamma;
    private final double[] eigenvalues;
    private final double[][] modes;
    private final double asymmetry;

    /**
     * @param equation the kinetic equation
     * @param thermal the thermal state to linearise about (single species)
     * @param charges number {@code M >= 4} of charges kept
     */
    public Linearisation(KineticEquation equation, TbaState thermal, int charges) {
        if (charges < 4) {
            throw new InvalidInputException("charges", "need at least 4 charges (three are"
                    + " conserved), got " + charges);
        }
        ModeSpace space = thermal.space();
        int n = space.size();
        double[] theta = space.thetas();
        double[] w = space.weights();
        DMatrixRMaj c = thermal.susceptibility();
        // Gram–Schmidt (twice, for stability) of θ^m/m! in ⟨a,b⟩ = Σ_i w_i a_i (C b)_i
        double[][] h = new double[charges][n];
        double thetaMax = 0;
        for (double t : theta) {
            thetaMax = Math.max(thetaMax, Math.abs(t));
        }
        for (int m = 0; m < charges; m++) {
            for (int i = 0; i < n; i++) {
                h[m][i] = legendre(m, theta[i] / thetaMax);
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int l = 0; l < m; l++) {
                    double proj = inner(h[l], h[m], c, w);
                    for (int i = 0; i < n; i++) {
                        h[m][i] -= proj * h[l][i];
                    }
                }
            }
            double norm = Math.sqrt(inner(h[m], h[m], c, w));
            if (!(norm > 1e-12)) {
                throw new InvalidInputException("charges", charges + " charges are not"
                        + " independent on this grid (charge " + m + " vanishes after"
                        + " orthogonalisation); use fewer");
            }
            for (int i = 0; i < n; i++) {
                h[m][i] /= norm;
            }
        }
        double[] rho = thermal.density();
        double scale = 0;
        for (double r : rho) {
            scale = Math.max(scale, r);
        }
        gamma = new DMatrixRMaj(charges, charges);
        for (int m = 0; m < charges; m++) {
            double[] drho = apply(c, h[m]);
            double dmax = 0;
            for (double d : drho) {
                dmax = Math.max(dmax, Math.abs(d));
            }
            double eta = 1e-4 * scale / dmax;
            double[] plus = rho.clone();
            double[] minus = rho.clone();
            for (int i = 0; i < n; i++) {
                plus[i] += eta * drho[i];
                minus[i] -= eta * drho[i];
            }
            // the step may dip below zero in the tails: only the linear response matters here
            double floor = 2 * eta * dmax;
            double[] fp = equation.timeDerivative(TbaState.fromEvolvedDensity(space, plus,
                    floor));
            double[] fm = equation.timeDerivative(TbaState.fromEvolvedDensity(space, minus,
                    floor));
            for (int k = 0; k < charges; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += w[i] * h[k][i] * (fp[i] - fm[i]) / (2 * eta);
                }
                gamma.set(k, m, -s);
            }
        }
        double asym = 0;
        double max = 0;
        DMatrixRMaj sym = new DMatrixRMaj(charges, charges);
        for (int a = 0; a < charges; a++) {
            for (int b = 0; b < charges; b++) {
                asym = Math.max(asym, Math.abs(gamma.get(a, b) - gamma.get(b, a)));
                max = Math.max(max, Math.abs(gamma.get(a, b)));
                sym.set(a, b, 0.5 * (gamma.get(a, b) + gamma.get(b, a)));
            }
        }
        asymmetry = max == 0 ? 0 : asym / max;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(charges, true,
                true);
        if (!eig.decompose(sym)) {
            throw new IllegalStateException("eigen decomposition of Γ failed");
        }
        Integer[] order = new Integer[charges];
        for (int k = 0; k < charges; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, z) -> Double.compare(eig.getEigenvalue(x).real,
                eig.getEigenvalue(z).real));
        eigenvalues = new double[charges];
        modes = new double[charges][];
        for (int k = 0; k < charges; k++) {
            eigenvalues[k] = eig.getEigenvalue(order[k]).real;
            DMatrixRMaj vec = eig.getEigenVector(order[k]);
            double[] combo = new double[n];
            for (int m = 0; m < charges; m++) {
                for (int i = 0; i < n; i++) {
                    combo[i] += vec.get(m, 0) * h[m][i];
                }
            }
            modes[k] = apply(c, combo);
        }
    }

    /**
     * The density deviation {@code δρ = C Σ_m u_m h̃_m} of the k-th eigenvector u of Γ
     * (ascending eigenvalues), normalised to unit charge norm: {@code k = 3} is the slowest
     * relaxing mode.
     */
    public double[] modeDensity(int k) {
        return modes[k].clone();
    }

    /** Legendre polynomial {@code P_m(x)} by the three-term recurrence. */
    static double legendre(int m, double x) {
        double p0 = 1;
        if (m == 0) {
            return p0;
        }
        double p1 = x;
        for (int k = 1; k < m; k++) {
            double p2 = ((2 * k + 1) * x * p1 - k * p0) / (k + 1);
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    private static double inner(double[] a, double[] b, DMatrixRMaj c, double[] w) {
        double[] cb = apply(c, b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += w[i] * a[i] * cb[i];
        }
        return s;
    }

    private static double[] apply(DMatrixRMaj m, double[] x) {
        int n = x.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += m.data[i * n + j] * x[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** {@code Γ_nm} in the orthonormal charge basis (copy), units 1/time. */
    public DMatrixRMaj gamma() {
        return gamma.copy();
    }

    /** Eigenvalues of the symmetric part of Γ, ascending. */
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** {@code max|Γ - Γ^T| / max|Γ|}. */
    public double asymmetry() {
        return asymmetry;
    }

    /** The gap {@code γ_gap}: the fourth eigenvalue (the first three are the zero modes). */
    public double gap() {
        return eigenvalues[3];
    }

    /** {@code t_therm = 1/γ_gap}. */
    public double thermalisationTime() {
        return 1 / gap();
    }
}
