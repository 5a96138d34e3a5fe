package org.rapidity.framework.tba;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.rapidity.framework.param.InvalidInputException;

/**
 * States from a driving term: the TBA equation of a generalised Gibbs ensemble
 * {@code exp(-Σ_k β_k Q_k)}. With the driving term {@code w_a(θ) = Σ_k β_k h_k(a, θ)} (for a
 * thermal state {@code w = β(E - μ N)}), the pseudo-energy solves
 * <pre>
 *   ε_a(θ) = w_a(θ) - Σ_b ∫dθ' T_ba(θ',θ) F_b(ε_b(θ')),         n = n(ε),
 * </pre>
 * with {@code F} the free-energy function of each species' statistics ({@link Statistics};
 * {@code F' = -n}). This is the stationarity condition of {@code ∫ρ w - s} over densities
 * (Yang-Yang). Solved by Newton's method: the Jacobian of the residual is exactly the dressing
 * operator {@code 1 - T n} of the current iterate, so each step is one dressing, factored by the
 * model's {@link org.rapidity.framework.spi.IntegrableModel#dressing} (closed form for hard rods).
 * Quadratic convergence from the free solution {@code ε = w}, with step halving to stay in the
 * domain of the statistics and to decrease the residual.
 */
public final class Gge {

    /** Converged solution: the state, its pseudo-energy and generalised free energy. */
    public static final class Solution {
        private final TbaState state;
        private final double[] pseudoEnergy;
        private final double freeEnergy;
        private final int iterations;

        Solution(TbaState state, double[] pseudoEnergy, double freeEnergy, int iterations) {
            this.state = state;
            this.pseudoEnergy = pseudoEnergy;
            this.freeEnergy = freeEnergy;
            this.iterations = iterations;
        }

        /** The GGE state. */
        public TbaState state() {
            return state;
        }

        /** Pseudo-energy {@code ε(θ_i)} (copy). */
        public double[] pseudoEnergy() {
            return pseudoEnergy.clone();
        }

        /**
         * Generalised free energy density {@code Φ = -Σ_a ∫dθ p'_a/2π F(ε_a)}, whose derivative
         * with respect to the driving term is the density: {@code δΦ/δw = ρ}. For a thermal
         * state {@code w = β(E - μN)} the pressure is {@code P = -Φ/β}.
         */
        public double freeEnergy() {
            return freeEnergy;
        }

        /** Newton iterations used. */
        public int iterations() {
            return iterations;
        }
    }

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-13;

    private Gge() {
    }

    /**
     * Solves the TBA equation for the driving term {@code w} (values at every mode).
     *
     * @throws InvalidInputException if {@code w} is not finite, if bosonic or wave statistics
     *     meet {@code w <= 0} (no solution with positive pseudo-energy), or if Newton's method
     *     does not converge
     */
    public static Solution solve(ModeSpace space, double[] drivingTerm) {
        int n = space.size();
        if (drivingTerm.length != n) {
            throw new IllegalArgumentException("driving term has " + drivingTerm.length
                    + " values, mode space " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(drivingTerm[i])) {
                throw new InvalidInputException("state", "driving term is not finite at θ = "
                        + space.theta(i));
            }
            if (space.statistics(i).requiresPositivePseudoEnergy() && drivingTerm[i] <= 0) {
                throw new InvalidInputException("state", space.statistics(i).label()
                        + " statistics need a positive driving term, got " + drivingTerm[i]
                        + " at θ = " + space.theta(i) + " (e.g. a chemical potential below the"
                        + " band bottom)");
            }
        }
        double[] eps = drivingTerm.clone();
        double[] residual = residual(space, drivingTerm, eps);
        double norm = norm(residual, eps);
        double merit = merit(space, residual);
        int it = 0;
        boolean polished = false;
        while (norm >= TOLERANCE || !polished) {
            if (norm < TOLERANCE) {
                polished = true; // one more step past the tolerance polishes to rounding
                if (norm == 0) {
                    break;
                }
            }
            if (++it > MAX_ITERATIONS) {
                throw new InvalidInputException("state", "the TBA equation did not converge in "
                        + MAX_ITERATIONS + " iterations (residual " + norm + "): the rapidity"
                        + " grid may not resolve the scattering kernel, or no such state exists");
            }
            double[] filling = fillings(space, eps);
            double[] step = space.model().dressing(space, filling).dress(residual);
            // Newton's direction descends the merit Σ w r² (J step = r); backtrack (Armijo).
            double[] next = backtrack(space, drivingTerm, eps, step, merit);
            if (next == null) {
                // Newton stalled far from the root: a damped fixed-point step ε ← w - T F(ε).
                next = backtrack(space, drivingTerm, eps, residual, merit);
            }
            if (next == null) {
                if (norm < 1e-10) {
                    break; // stalled at rounding level
                }
                throw new InvalidInputException("state", "the TBA equation has no solution"
                        + " reachable from the free one (residual " + norm + "): the rapidity"
                        + " grid may not resolve the scattering kernel, or no such state exists");
            }
            eps = next;
            residual = residual(space, drivingTerm, eps);
            norm = norm(residual, eps);
            merit = merit(space, residual);
        }
        double[] filling = fillings(space, eps);
        TbaState state = TbaState.fromFilling(space, filling);
        double phi = 0;
        for (int i = 0; i < n; i++) {
            phi -= space.weight(i) * space.model().momentumDerivative(space.species(i),
                    space.theta(i)) / (2 * Math.PI) * space.statistics(i).freeEnergy(eps[i]);
        }
        return new Solution(state, eps, phi, it);
    }

    /**
     * Largest step {@code ε - λ d}, {@code λ = 1, 1/2, …}, that stays in the domain of the
     * statistics and decreases the merit function sufficiently; null if none does.
     */
    private static double[] backtrack(ModeSpace space, double[] w, double[] eps, double[] d,
            double merit) {
        int n = eps.length;
        double lambda = 1.0;
        for (int halving = 0; halving < 50; halving++) {
            double[] trial = new double[n];
            boolean inDomain = true;
            for (int i = 0; i < n; i++) {
                trial[i] = eps[i] - lambda * d[i];
                if (!Double.isFinite(trial[i]) || (trial[i] <= 0
                        && space.statistics(i).requiresPositivePseudoEnergy())) {
                    inDomain = false;
                }
            }
            if (inDomain) {
                double m = merit(space, residual(space, w, trial));
                if (m <= (1 - 1e-4 * lambda) * merit || m == 0) {
                    return trial;
                }
            }
            lambda *= 0.5;
        }
        return null;
    }

    private static double merit(ModeSpace space, double[] r) {
        double m = 0;
        for (int i = 0; i < r.length; i++) {
            m += space.weight(i) * r[i] * r[i];
        }
        return m;
    }

    /**
     * The boosted thermal state with prescribed particle, momentum and energy densities: the
     * end point of thermalisation under any perturbation that conserves them. Its driving term is
     * {@code w = λ_0 h_0 + λ_1 h_1 + λ_2 h_2} (charges of {@link ModeSpace#charge}; for a thermal
     * state {@code λ_2 = β}, {@code λ_1 = -βu}, {@code λ_0 = -βμ}), and the multipliers solve
     * {@code ⟨Q_k⟩(λ) = target_k} by Newton's method with the exact Jacobian
     * {@code ∂⟨Q_k⟩/∂λ_l = -∫∫ h_k C h_l} ({@code C = -δρ/δw}, eq. (43)), with step halving.
     * Densities per unit length, in the model's units.
     *
     * @param targets {@code {N, P, E}} per unit length (N > 0, E above its minimum for N, P)
     * @throws InvalidInputException (field {@code state}) if no thermal state on this grid has
     *     these densities
     */
    public static Solution withCharges(ModeSpace space, double[] targets) {
        if (targets.length != 3 || !(targets[0] > 0)) {
            throw new InvalidInputException("state", "a thermal state needs a positive"
                    + " particle density, got " + Arrays.toString(targets));
        }
        double[][] h = {space.charge(0), space.charge(1), space.charge(2)};
        double[] lambda = initialMultipliers(space, h, targets);
        // scales of the three residuals: N, sqrt(2NE) for the momentum (it may vanish), E
        double[] scale = {Math.abs(targets[0]),
            Math.sqrt(Math.abs(2 * targets[0] * targets[2])), Math.abs(targets[2])};
        Solution current = solveOrNull(space, drivingTerm(h, lambda));
        if (current == null) {
            throw new InvalidInputException("state", "no thermal state to start from for the"
                    + " densities " + Arrays.toString(targets));
        }
        double[] r = chargeResidual(space, h, current.state(), targets);
        double norm = scaledNorm(r, scale);
        for (int it = 0; norm > 1e-13; it++) {
            if (it == MAX_ITERATIONS) {
                throw new InvalidInputException("state", "no thermal state with densities "
                        + Arrays.toString(targets) + " found on this grid (residual "
                        + norm + "): the grid may be too narrow for its temperature");
            }
            double[][] jac = chargeJacobian(space, h, current.state());
            double[] step = solve3(jac, r);
            double t = 1;
            Solution next = null;
            double nextNorm = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < 40; halving++, t *= 0.5) {
                double[] trial = new double[3];
                for (int k = 0; k < 3; k++) {
                    trial[k] = lambda[k] - t * step[k];
                }
                Solution s = solveOrNull(space, drivingTerm(h, trial));
                if (s != null) {
                    double[] rt = chargeResidual(space, h, s.state(), targets);
                    double nt = scaledNorm(rt, scale);
                    if (nt < (1 - 1e-4 * t) * norm) {
                        next = s;
                        nextNorm = nt;
                        lambda = trial;
                        r = rt;
                        break;
                    }
                }
            }
            if (next == null) {
                if (norm < 1e-10) {
                    break; // stalled at rounding
                }
                throw new InvalidInputException("state", "no thermal state with densities "
                        + Arrays.toString(targets) + " found (Newton stalled at"
                        + " residual " + norm + ")");
            }
            current = next;
            norm = nextNorm;
        }
        return current;
    }

    /**
     * Starting multipliers: a classical gas with {@code E ≈ e_0 + κ p²} (κ by least squares over
     * the modes) whose momentum has the target mean and variance; the density is then fixed by
     * one classical shift of {@code λ_0}.
     */
    private static double[] initialMultipliers(ModeSpace space, double[][] h, double[] targets) {
        double sp = 0, sp2 = 0, se = 0, sep2 = 0, sp4 = 0, sw = 0;
        for (int i = 0; i < space.size(); i++) {
            double w = space.weight(i);
            double p2 = h[1][i] * h[1][i];
            sw += w;
            sp2 += w * p2;
            sp4 += w * p2 * p2;
            se += w * h[2][i];
            sep2 += w * h[2][i] * p2;
        }
        double kappa = (sw * sep2 - se * sp2) / (sw * sp4 - sp2 * sp2);
        if (!(kappa > 0)) {
            kappa = 0.5;
        }
        double n = targets[0];
        double u = targets[1] / n;
        double e0 = (se - kappa * sp2) / sw;
        double variance = (targets[2] / n - e0) / kappa - u * u;
        if (!(variance > 0)) {
            throw new InvalidInputException("state", "the energy density " + targets[2]
                    + " is too low for the particle and momentum densities " + n + ", "
                    + targets[1] + ": no thermal state");
        }
        double beta = 1 / (2 * kappa * variance);
        double[] lambda = {beta * kappa * u * u, -2 * beta * kappa * u, beta};
        Solution s = solveOrNull(space, drivingTerm(h, lambda));
        if (s != null && s.state().particleDensity() > 0) {
            lambda[0] -= Math.log(n / s.state().particleDensity());
        }
        return lambda;
    }

    private static double[] drivingTerm(double[][] h, double[] lambda) {
        double[] w = new double[h[0].length];
        for (int i = 0; i < w.length; i++) {
            w[i] = lambda[0] * h[0][i] + lambda[1] * h[1][i] + lambda[2] * h[2][i];
        }
        return w;
    }

    private static Solution solveOrNull(ModeSpace space, double[] w) {
        try {
            return solve(space, w);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static double[] chargeResidual(ModeSpace space, double[][] h, TbaState s,
            double[] targets) {
        double[] rho = s.density();
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            r[k] = space.integrate(h[k], rho) - targets[k];
        }
        return r;
    }

    private static double[][] chargeJacobian(ModeSpace space, double[][] h, TbaState s) {
        DMatrixRMaj c = s.susceptibility();
        double[][] jac = new double[3][3];
        for (int l = 0; l < 3; l++) {
            double[] ch = new double[space.size()];
            for (int i = 0; i < ch.length; i++) {
                double acc = 0;
                for (int j = 0; j < ch.length; j++) {
                    acc += c.get(i, j) * h[l][j];
                }
                ch[i] = acc;
            }
            for (int k = 0; k < 3; k++) {
                jac[k][l] = -space.integrate(h[k], ch);
            }
        }
        return jac;
    }

    private static double scaledNorm(double[] r, double[] scale) {
        double m = 0;
        for (int k = 0; k < 3; k++) {
            m = Math.max(m, Math.abs(r[k]) / Math.max(scale[k], 1e-300));
        }
        return m;
    }

    /** Solves the 3×3 Newton system (EJML, LU with pivoting). */
    private static double[] solve3(double[][] a, double[] b) {
        DMatrixRMaj m = new DMatrixRMaj(a);
        DMatrixRMaj x = new DMatrixRMaj(3, 1);
        if (!CommonOps_DDRM.solve(m, new DMatrixRMaj(3, 1,
                true, b), x)) {
            throw new InvalidInputException("state", "the thermal state's charges do not"
                    + " determine its multipliers (singular susceptibility)");
        }
        return new double[] {x.get(0), x.get(1), x.get(2)};
    }

    /** Driving term of a thermal state, {@code w = β(E - μ N - u P)} with {@code N, P} the charges. */
    public static double[] thermalDrivingTerm(ModeSpace space, double beta, double mu,
            double boost) {
        double[] e = space.energy();
        double[] p = space.momentum();
        double[] num = space.particleNumber();
        double[] w = new double[space.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = beta * (e[i] - mu * num[i] - boost * p[i]);
        }
        return w;
    }

    private static double[] fillings(ModeSpace space, double[] eps) {
        double[] n = new double[eps.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = space.statistics(i).filling(eps[i]);
        }
        return n;
    }

    private static double[] residual(ModeSpace space, double[] w, double[] eps) {
        int n = eps.length;
        double[] big = new double[n];
        for (int i = 0; i < n; i++) {
            big[i] = space.statistics(i).freeEnergy(eps[i]);
        }
        // T is symmetric, so T^t F = T F.
        double[] tf = space.applyScatteringShift(big);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = eps[i] - w[i] + tf[i];
        }
        return r;
    }

    private static double norm(double[] r, double[] eps) {
        double m = 0;
        for (int i = 0; i < r.length; i++) {
            m = Math.max(m, Math.abs(r[i]) / (1 + Math.abs(eps[i])));
        }
        return m;
    }
}
