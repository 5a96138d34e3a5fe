package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The state-dependent arrays of one evaluation of a Fermi-golden-rule collision integral, in FGR
 * variables (gBBGKY paper (86)-(98)): {@code k' = (p')^dr}, {@code v}, {@code p = ρf},
 * {@code pε = ρ f ε'/k'}, {@code E = ε'/k'} and its slope {@code dE/dv}, {@code T^dr}, and the
 * backflow {@code 𝔽̃} of (91) built from them. Shared by the one-tube
 * ({@link FgrCollisionIntegral}) and the two-tube ({@link TwoTubeFgrCollisionIntegral}) integrals,
 * one per tube.
 */
class FgrIngredients {

    private static final double TWO_PI = 2 * Math.PI;

    private final int n;
    /** The uniform grid's spacing (rapidity). */
    private final double h;
    final TbaState state;
    /** {@code k' = (p')^dr}. */
    final double[] kp;
    /** {@code v = (E')^dr/(p')^dr}. */
    final double[] v;
    /** {@code p = ρ f}. */
    final double[] p;
    /** {@code p ε'/k' = -ρ^t n'/k'}. */
    final double[] pe;
    /** {@code E = ε'/k'} where {@code p} is above rounding, else 0. */
    final double[] e;
    /** {@code dE/dv}. */
    final double[] ev;
    /** {@code T^dr(θ_i, θ_j)}. */
    final double[] tdr;
    final double[] filling;

    /**
     * @param space the integral's modes: one species on a uniform grid
     * @param derivative the rapidity derivative of that grid
     * @param state a state on {@code space}
     */
    FgrIngredients(ModeSpace space, RapidityDerivative derivative, TbaState state) {
        this.n = space.size();
        this.h = space.weight(0);
        this.state = state;
        this.kp = state.dress(space.momentumDerivative());
        double[] ed = state.dress(space.energyDerivative());
        this.v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ed[i] / kp[i];
        }
        double[] rho = state.density();
        double[] f = state.statisticalFactor();
        this.filling = state.filling();
        double[] dn = derivative.spectral(filling);
        this.p = new double[n];
        this.pe = new double[n];
        double pmax = 0;
        for (int i = 0; i < n; i++) {
            p[i] = rho[i] * f[i];
            pmax = Math.max(pmax, Math.abs(p[i]));
        }
        // ρ f ε'/k' with ε' = -n'/(n f) and ρ/n = ρ^t = k'/2π. It vanishes with p in the
        // empty tails, where the Fourier derivative n' is left with its rounding floor
        // (~1e-16 of max n): below 1e-12 of the largest p, p ε'/k' and E = ε'/k' are set to
        // 0 rather than carry that noise into the fluxes at the ends of the grid
        this.e = new double[n];
        for (int i = 0; i < n; i++) {
            if (Math.abs(p[i]) > 1e-12 * pmax) {
                pe[i] = -dn[i] / TWO_PI;
                e[i] = pe[i] / p[i];
            }
        }
        double[] de = derivative.finiteDifference(e);
        double[] dv = derivative.finiteDifference(v);
        this.ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = de[i] / dv[i];
        }
        this.tdr = state.dressedScatteringShift().data;
    }

    /**
     * The flux {@code J + p (α + β v)} with {@code α, β} such that it changes neither the
     * momentum nor the energy: {@code Σ_i w_i (p')^dr_i J_i = Σ_i w_i (E')^dr_i J_i = 0}
     * ({@code (p')^dr = k'}, {@code (E')^dr = k' v}), which is what the outer
     * {@code ∂_θ 𝔽̃} turns into exact conservation ({@code ∫h ∂_θ(𝔽̃J) = -∫h' 𝔽̃J} for
     * {@code h = p, E}, and {@code (h')ᵀ𝔽̃ = ((h')^dr)ᵀ}). In the continuum the correction is
     * zero (the relabelling symmetry of the three pairs); on the grid it removes the
     * {@code O(h³)} defect of the staggered principal-value sums, the smallest change in the
     * metric {@code Σ w δJ²/(k' p)} (the Lagrange-multiplier projection of conservative
     * spectral Boltzmann solvers, Gamba and Tharkabhushanam, J. Comput. Phys. 228 (2009)
     * 2012). Particle number needs no correction.
     */
    double[] conserving(double[] j) {
        double m00 = 0;
        double m01 = 0;
        double m11 = 0;
        double r0 = 0;
        double r1 = 0;
        for (int i = 0; i < n; i++) {
            double kp0 = kp[i] * p[i];
            m00 += kp0;
            m01 += kp0 * v[i];
            m11 += kp0 * v[i] * v[i];
            r0 -= kp[i] * j[i];
            r1 -= kp[i] * v[i] * j[i];
        }
        double det = m00 * m11 - m01 * m01;
        if (!(det > 0)) {
            return j.clone();
        }
        double alpha = (r0 * m11 - r1 * m01) / det;
        double beta = (m00 * r1 - m01 * r0) / det;
        double[] out = j.clone();
        for (int i = 0; i < n; i++) {
            out[i] += p[i] * (alpha + beta * v[i]);
        }
        return out;
    }

    /** {@code 𝔽̃ g = g + n T^dr w g}, the small-momentum backflow dressing of (91). */
    double[] backflow(double[] g) {
        double[] out = g.clone();
        for (int a = 0; a < n; a++) {
            double s = 0;
            for (int b = 0; b < n; b++) {
                s += tdr[a * n + b] * g[b];
            }
            out[a] += filling[a] * h * s;
        }
        return out;
    }
}
