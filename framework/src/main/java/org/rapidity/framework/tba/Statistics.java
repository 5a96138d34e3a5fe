package org.rapidity.framework.tba;

/**
 * Quasiparticle statistics of a species. Each fixes the relation between the pseudo-energy
 * {@code ε} and the filling {@code n}, the free-energy function {@code F(ε)} of the TBA
 * equation, the entropy per available state, and the statistical factor {@code f(n)} that enters
 * the susceptibility {@code C = R^{-t} ρ f R^{-1}} (gBBGKY paper, eq. (43)).
 *
 * <p>The four are tied together by two identities the tests check for each: {@code F'(ε) = -n(ε)}
 * and {@code dn/dε = -n f(n)}. The second is what makes {@code C = -δρ/δw} hold for the TBA
 * state built from a driving term {@code w}; it settles the statistical factor of classical
 * waves as {@code f = n} (the value {@code 1/n} listed in the paper fails this check).
 *
 * <p>Entropy density is {@code s = Σ_a ∫dθ ρ^t_a(θ) σ(n_a(θ))} with {@code σ} given by
 * {@link #entropyPerState}; {@code ∂(ρ^t σ(ρ/ρ^t))/∂ρ = ε(n)} and
 * {@code ∂(ρ^t σ(ρ/ρ^t))/∂ρ^t = F(ε)}, which makes the TBA equation the stationarity condition
 * of the free energy.
 */
public enum Statistics {
    /** Classical (Boltzmann) particles, e.g. hard rods: {@code n = e^{-ε}}, {@code f = 1}. */
    CLASSICAL("classical") {
        @Override
        public double filling(double eps) {
            return Math.exp(-eps);
        }

        @Override
        public double pseudoEnergy(double n) {
            return -Math.log(n);
        }

        @Override
        public double freeEnergy(double eps) {
            return Math.exp(-eps);
        }

        @Override
        public double factor(double n) {
            return 1.0;
        }

        @Override
        public double factorDerivative(double n) {
            return 0.0;
        }

        @Override
        public double entropyPerState(double n) {
            return n - xlogx(n);
        }
    },
    /** Fermionic quasiparticles (Lieb-Liniger, Bethe strings): {@code n = 1/(e^ε+1)}, {@code f = 1-n}. */
    FERMIONIC("fermionic") {
        @Override
        public double filling(double eps) {
            if (eps > 0) {
                double e = Math.exp(-eps);
                return e / (1 + e);
            }
            return 1 / (1 + Math.exp(eps));
        }

        @Override
        public double pseudoEnergy(double n) {
            return Math.log1p(-n) - Math.log(n);
        }

        @Override
        public double freeEnergy(double eps) {
            if (eps > -30) {
                return Math.log1p(Math.exp(-eps));
            }
            return -eps + Math.log1p(Math.exp(eps));
        }

        @Override
        public double factor(double n) {
            return 1 - n;
        }

        @Override
        public double factorDerivative(double n) {
            return -1.0;
        }

        @Override
        public double entropyPerState(double n) {
            return -xlogx(n) - xlogx(1 - n);
        }
    },
    /** Bosonic quasiparticles: {@code n = 1/(e^ε-1)}, {@code f = 1+n}; needs {@code ε > 0}. */
    BOSONIC("bosonic") {
        @Override
        public double filling(double eps) {
            return 1 / Math.expm1(eps);
        }

        @Override
        public double pseudoEnergy(double n) {
            return Math.log1p(1 / n);
        }

        @Override
        public double freeEnergy(double eps) {
            return -Math.log(-Math.expm1(-eps));
        }

        @Override
        public double factor(double n) {
            return 1 + n;
        }

        @Override
        public double factorDerivative(double n) {
            return 1.0;
        }

        @Override
        public double entropyPerState(double n) {
            return xlogx(1 + n) - xlogx(n);
        }

        @Override
        public boolean requiresPositivePseudoEnergy() {
            return true;
        }
    },
    /**
     * Classical waves (Rayleigh–Jeans radiative modes of classical field theories):
     * {@code n = 1/ε}, {@code F = -ln ε}, {@code f = n}; needs {@code ε > 0}.
     */
    WAVE("wave") {
        @Override
        public double filling(double eps) {
            return 1 / eps;
        }

        @Override
        public double pseudoEnergy(double n) {
            return 1 / n;
        }

        @Override
        public double freeEnergy(double eps) {
            return -Math.log(eps);
        }

        @Override
        public double factor(double n) {
            return n;
        }

        @Override
        public double factorDerivative(double n) {
            return 1.0;
        }

        @Override
        public double entropyPerState(double n) {
            return 1 + Math.log(n);
        }

        @Override
        public boolean requiresPositivePseudoEnergy() {
            return true;
        }
    };

    private final String label;

    Statistics(String label) {
        this.label = label;
    }

    /** Lower-case name, as printed and written in descriptors. */
    public String label() {
        return label;
    }

    /** Filling {@code n(ε)}. */
    public abstract double filling(double eps);

    /** Pseudo-energy {@code ε(n)}, inverse of {@link #filling}. */
    public abstract double pseudoEnergy(double n);

    /** Free-energy function {@code F(ε)} of the TBA equation, with {@code F'(ε) = -n(ε)}. */
    public abstract double freeEnergy(double eps);

    /** Statistical factor {@code f(n)} of eq. (43), with {@code dn/dε = -n f(n)}. */
    public abstract double factor(double n);

    /** {@code df/dn}: 0 classical, -1 fermionic, +1 bosonic, +1 wave (the paper's {@code ε}). */
    public abstract double factorDerivative(double n);

    /** Entropy per available state {@code σ(n)}: entropy density is {@code ∫ ρ^t σ(n)}. */
    public abstract double entropyPerState(double n);

    /** Whether the TBA needs {@code ε > 0} everywhere (bosons, waves). */
    public boolean requiresPositivePseudoEnergy() {
        return false;
    }

    static double xlogx(double x) {
        return x <= 0 ? 0.0 : x * Math.log(x);
    }
}
