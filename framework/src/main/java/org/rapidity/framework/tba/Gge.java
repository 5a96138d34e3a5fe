package org.rapidity.framework.tba;

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
