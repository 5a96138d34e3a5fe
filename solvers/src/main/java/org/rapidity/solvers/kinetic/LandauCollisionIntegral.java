package org.rapidity.solvers.kinetic;

import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.perturbation.MomentumTransferIntegrals;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The generalised Landau collision integral of a weakly perturbed integrable gas (gBBGKY paper,
 * §IV.B, eqs. (66)-(69); derivation in supplement §1), for one species on a uniform rapidity grid,
 * in the model's units:
 * <pre>
 *   ∂_t ρ(θ) = ∂_θ [R^{-t} (I_0^cross + I_0^self)](θ).
 * </pre>
 * The rapidity derivative is part of the equation, as (66) and (S1.16) write it: it makes particle
 * number conservation exact, and {@code ∫dθ R^{-t}_{θγ} = 2πρ^t_γ} turns momentum and energy
 * conservation into {@code ∫ρ^t I_0 = ∫ρ^t v^eff I_0 = 0}, which the symmetric structure below
 * guarantees.
 *
 * <h2>The physical form, derived</h2>
 * With {@code p = ρ f} and {@code X = (R^t ∂_θ ρ)/(ρ^t ρ f)} (for a GGE, {@code X = -∂_θε/ρ^t}; for a
 * boosted thermal state {@code X = -2πβ(v^eff - u)}), the tensor (69) is
 * {@code B_123 = p_1p_2p_3 D_123} with {@code D_123 = v_32 X_1 + v_13 X_2 + v_21 X_3}, and
 * {@code D_123 = v_12 v_23 v_31 X[v_1, v_2, v_3]}: the second divided difference of {@code X} as a
 * function of {@code v^eff}. It is symmetric and regular, and vanishes exactly when {@code X} is
 * affine in {@code v^eff}, i.e. for boosted thermal states. The key step: written with it, the
 * Fermi-golden-rule integral (93) with the amplitude (98), {@code q_i = κ v_jk} fixed by the two
 * conservation laws, is
 * {@code I_0(1) ∝ (1/ρ^t_1) ∫∫ v_32 D_123 p_1p_2p_3 ∫dκ κ² [Σ_c A_c(κ)]²}, a symmetric positive
 * weight: this gives conservation of N, P, E by relabelling, and entropy production
 * {@code ∫ρ^t X I_0 = ⅓ ∫∫∫ p₁p₂p₃ D² ∫dκκ²[ΣA]² >= 0} (with {@code dS/dt = ∫ρ^t X I_0}). Expanding
 * the square and comparing term by term with the printed formulas:
 * <ul>
 *   <li>the cross term is (67) as printed (the sign that makes entropy grow; (108) and (S1.19)
 *       have the opposite overall sign);</li>
 *   <li>the self term is (68) with the sign of its second term reversed ({@code +2 G(...)} for
 *       {@code -2 G(...)}); as printed, (67)+(68) has a non-symmetric weight and does not conserve
 *       momentum and energy.</li>
 * </ul>
 * With {@code PĎ = p_1p_2p_3 X[v_1,v_2,v_3]}, {@code G(s) = ∫dk k² V̂(k)V̂(sk)},
 * {@code K0 = G(1)}, {@code H(a,b) = a² G(a/b)/|b|} and the momentum transfers
 * {@code q_1 = v_23, q_2 = v_31, q_3 = v_12} (the relative velocities that the two delta functions
 * of (98) leave), (67) and the corrected (68), symmetrised in the two integration variables, read
 * <pre>
 *   ρ^t_1 I_0(1) = ∫∫ v_32 T_123,   T_123 = PĎ_123 [ -πK0 Σ_c (ρ^t_c)² (T^dr_{c+1,c+2})² |q_c|
 *                      (1/(v_c - v_{c+1}) - 1/(v_c - v_{c+2}))
 *                  + 2π Σ_c T^dr_{c+1,c+2} T^dr_{c+2,c} ρ^t_c ρ^t_{c+1} H(q_{c+1}, q_c)/(v_c - v_{c+1}) ]
 * </pre>
 * (indices mod 3), up to the overall factor ½ below: the {@code K0} part is {@code I^cross}, the
 * {@code H} part {@code I^self}.
 * {@code T} is antisymmetric under every exchange of two particles and every term has one simple
 * pole; conservation of N, P and E is {@code Σ v_32 T = Σ v_1 v_32 T = 0}, which holds by
 * relabelling.
 *
 * <h2>Normalisation: half of (67)-(68)</h2>
 * The integral implemented is <em>half</em> of (67) + corrected (68) (equivalently of
 * {@code -(108) + (109)} for hard rods). In the derivation (supplement §1), the contact part of
 * the three-point function (S1.9) turns the {@code H g3} term of (S1.3) into the Kubo term
 * {@code -½∂_z(𝔇∂_z g2)} of (50) with 𝔇 in the Navier-Stokes normalisation
 * {@code ∂_tρ + ∂_x(v^eff ρ) = ½∂_x(𝔇∂_xρ)} ({@link TbaState#diffusionMatrix()}); this needs
 * {@code H R^{-t}R^{-t}|v|^{-1}R^tR^t M = 2𝔇}, which is what (S1.10) uses and what the explicit
 * middle expression of (S1.11) equals (for hard rods exactly, where {@code ρ^t} is constant), but
 * (S1.11) writes "{@code = 𝔇}", and substituting that expression for 𝔇 in (S1.17)-(S1.18)
 * doubles the result. Three independent checks agree on the factor: the Fermi-golden-rule
 * integral built from the form factors ({@link FgrCollisionIntegral}), whose two-pair form factor
 * reproduces the Navier-Stokes tail of the dynamic structure factor with this 𝔇, equals this
 * integral term by term (cross and self separately, converging to 1 under grid refinement);
 * molecular dynamics of hard rods at the weakest coupling of Fig. 6 ({@code V0 = 1}) relax at
 * half the rate of the printed normalisation; and the contact term of the hierarchy's
 * three-point layer reproduces (50) with the same 𝔇.
 *
 * <h2>Discretisation</h2>
 * On the uniform grid ({@code w = h}), regular integrals are midpoint sums over all nodes, with
 * {@code PĎ} at coincident nodes given by its limits ({@code (p_b² Y_a - p_ap_bY_b)/v_ab² -
 * p_a p_b² X'_b/v_ab} for a double node b, {@code p³X''/2} for a triple node, with
 * {@code Y = pX}, primes derivatives in {@code v}, and {@code X} and {@code v} differentiated by
 * the same finite-difference operator so that thermal states stay exactly stationary). The principal
 * values of the simple poles use the odd-offset rule: {@code 1/(v_a - v_b)} becomes
 * {@code 2/(v_a - v_b)} when the node indices of a and b differ by an odd number and 0 otherwise,
 * the discrete Hilbert transform that is exact for band-limited functions (spectral accuracy for
 * smooth states). It is the same for every pair, so the discrete {@code T} stays exactly
 * antisymmetric and {@code Σ h ρ^t I_0 = Σ h ρ^t v I_0 = 0} to rounding. The outer {@code ∂_θ} is
 * an eighth-order central difference, exact on θ and θ²/2 ({@link RapidityDerivative#conservative}):
 * N, P and E are conserved to rounding; {@code ∂_θρ} inside {@code X} is spectral (Fourier).
 * Cost {@code O(N³)}, parallel over θ; the cross term alone (inter-tube integral) is summed once
 * per unordered triple ({@link CrossTermSum}, {@code N³/6}).
 */
public final class LandauCollisionIntegral implements CollisionIntegral {

    /**
     * Prefactor of the cross part (times {@code K0}): {@code -π/2}, half the {@code -π} of (67)
     * as printed. See "Normalisation" in the class documentation.
     */
    static final double CROSS_PREFACTOR = -Math.PI / 2;

    /** Prefactor of the self part: {@code π}, half the {@code 2π} of the corrected (68). */
    static final double SELF_PREFACTOR = Math.PI;

    private final ModeSpace space;
    /** The momentum-transfer integrals, or null for the cross term alone. */
    private final MomentumTransferIntegrals integrals;
    /** The weight of the cross term, {@code K0} (energy² / length). */
    private final double crossWeight;
    private final RapidityDerivative derivative;
    private final int n;
    private final double h;

    /**
     * @param space one species on a uniform grid
     * @param perturbation the long-range potential
     * @throws InvalidInputException if the space has several species or a non-uniform grid
     */
    public LandauCollisionIntegral(ModeSpace space, Perturbation perturbation) {
        this(space, MomentumTransferIntegrals.of(perturbation));
    }

    /**
     * The cross term alone, with weight {@code crossWeight} in place of
     * {@code K0 = ∫dk k² V̂(k)²} and no self term: the inter-tube integral
     * ({@link InterTubeCollisionIntegral}).
     */
    LandauCollisionIntegral(ModeSpace space, double crossWeight) {
        this(space, null, crossWeight);
    }

    private LandauCollisionIntegral(ModeSpace space, MomentumTransferIntegrals integrals) {
        this(space, integrals, integrals.k0());
    }

    private LandauCollisionIntegral(ModeSpace space, MomentumTransferIntegrals integrals,
            double crossWeight) {
        check(space);
        this.space = space;
        this.integrals = integrals;
        this.crossWeight = crossWeight;
        this.derivative = new RapidityDerivative(space.grid(0));
        this.n = space.size();
        this.h = space.weight(0);
    }

    /** Refuses what this discretisation does not handle, naming the field. */
    static void check(ModeSpace space) {
        if (space.speciesCount() != 1) {
            throw new InvalidInputException("model", "the generalised Landau integral is"
                    + " implemented for one quasiparticle species; model "
                    + space.model().name() + " has " + space.speciesCount());
        }
        if (space.grid(0).rule() != QuadratureGrid.Rule.UNIFORM) {
            throw new InvalidInputException("grid.quadrature", "the Landau and FGR integrals"
                    + " need a uniform rapidity grid (\"uniform\"): their principal values use"
                    + " the odd-offset rule, spectrally accurate only on equal spacing");
        }
    }

    /** The momentum-transfer integrals in use (null for the cross term alone). */
    public MomentumTransferIntegrals integrals() {
        return integrals;
    }

    /**
     * Evaluates both terms for a state on this integral's mode space: the bare integrals
     * {@code I_0^cross}, {@code I_0^self} and the rates {@code ∂_θ R^{-t} I_0^cross},
     * {@code ∂_θ R^{-t} I_0^self}.
     */
    @Override
    public CollisionTerms evaluate(TbaState state) {
        double[] rho = state.density();
        double[] f = state.statisticalFactor();
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rho[i] * f[i];
        }
        double[] y = rotatedGradient(state);
        double[][] integral = integrate(state, p, y);
        double[] crossFlux = state.dressing().applyInverseTransposed(integral[0]);
        double[] selfFlux = state.dressing().applyInverseTransposed(integral[1]);
        return new CollisionTerms(integral[0], integral[1], derivative.conservative(crossFlux),
                derivative.conservative(selfFlux));
    }

    /** {@code Y = (R^t ∂_θ ρ)/ρ^t = p X}, with {@code R^t g = g - n (T g)}. */
    double[] rotatedGradient(TbaState state) {
        double[] d = derivative.spectral(state.density());
        double[] td = space.applyScatteringShift(d);
        double[] nfill = state.filling();
        double[] rt = state.totalDensity();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (d[i] - nfill[i] * td[i]) / rt[i];
        }
        return y;
    }

    /**
     * {I_0^cross, I_0^self} for the given {@code p} and {@code Y = pX} (the linearisation passes
     * a perturbation of {@code Y} around a thermal state here).
     */
    double[][] integrate(TbaState state, double[] p, double[] y) {
        return integrate(state, p, y, false);
    }

    /**
     * {I_0^cross, I_0^self}; with {@code asPrinted}, the self term's sign as printed in (68) (the
     * test that shows the printed sign breaks momentum and energy conservation).
     */
    double[][] integrate(TbaState state, double[] p, double[] y, boolean asPrinted) {
        if (integrals == null) {
            // the cross term alone: once per unordered triple (CrossTermSum), the same sum
            double[] rt = state.totalDensity();
            double[] acc = CrossTermSum.sum(state.effectiveVelocity(), rt,
                    state.dressedScatteringShift().data, p, y);
            double[] cross = new double[n];
            for (int i = 0; i < n; i++) {
                cross[i] = CROSS_PREFACTOR * crossWeight * h * h * acc[i] / rt[i];
            }
            return new double[][] {cross, new double[n]};
        }
        return integrateOrdered(state, p, y, asPrinted);
    }

    /**
     * {I_0^cross, I_0^self} summed over all {@code N³} ordered triples, coincident nodes
     * included (for the self term, and the reference for {@link CrossTermSum}).
     */
    double[][] integrateOrdered(TbaState state, double[] p, double[] y, boolean asPrinted) {
        Kernel kernel = new Kernel(state, p, y, asPrinted);
        double[] cross = new double[n];
        double[] self = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] acc = new double[2];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    kernel.add(i, j, k, false, acc);
                }
            }
            cross[i] = CROSS_PREFACTOR * kernel.k0 * h * h * acc[0] / kernel.rt[i];
            self[i] = SELF_PREFACTOR * h * h * acc[1] / kernel.rt[i];
        });
        return new double[][] {cross, self};
    }

    /**
     * The integrand of {@code ρ^t_i I_0(i)} at three distinct nodes with exact poles:
     * {@code {v_kj T_ijk^cross, v_kj T_ijk^self}} (for tests against closed forms).
     */
    double[] integrand(TbaState state, int i, int j, int k, boolean asPrinted) {
        double[] rho = state.density();
        double[] f = state.statisticalFactor();
        double[] p = new double[n];
        for (int m = 0; m < n; m++) {
            p[m] = rho[m] * f[m];
        }
        Kernel kernel = new Kernel(state, p, rotatedGradient(state), asPrinted);
        double[] acc = new double[2];
        kernel.add(i, j, k, true, acc);
        return new double[] {CROSS_PREFACTOR * kernel.k0 * acc[0], SELF_PREFACTOR * acc[1]};
    }

    /** State-dependent arrays of one evaluation and the integrand {@code v_32 T_123}. */
    private final class Kernel {
        final double[] v;
        final double[] rt;
        final double[] td;
        final double[] p;
        final double[] y;
        final double[] xv;
        final double[] triple;
        final double k0;
        final boolean asPrinted;

        Kernel(TbaState state, double[] p, double[] y, boolean asPrinted) {
            this.v = state.effectiveVelocity();
            this.rt = state.totalDensity();
            this.td = state.dressedScatteringShift().data;
            this.p = p;
            this.y = y;
            this.k0 = crossWeight;
            this.asPrinted = asPrinted;
            // dX/dv and d²X/dv² for the coincident-node limits of PĎ, X = Y/p. X and v are
            // differentiated with the same linear operator, so that an X affine in v (a thermal
            // state) has exactly constant dX/dv and zero second derivative: PĎ = 0 exactly.
            double pmax = 0;
            for (double q : p) {
                pmax = Math.max(pmax, Math.abs(q));
            }
            // X = Y/p is only meaningful where p stands above the rounding noise of Y (about
            // 1e-16 of its largest value); below 1e-12 of the largest p it is set to 0, where
            // its weight p_a p_d² in the limits is below 1e-24 anyway
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.abs(p[i]) > 1e-12 * pmax ? y[i] / p[i] : 0;
            }
            double[] vt = derivative.finiteDifference(v);
            double[] xv = derivative.finiteDifference(x);
            for (int i = 0; i < n; i++) {
                xv[i] /= vt[i];
            }
            double[] xvv = derivative.finiteDifference(xv);
            this.xv = xv;
            this.triple = new double[n];
            for (int i = 0; i < n; i++) {
                triple[i] = 0.5 * p[i] * p[i] * p[i] * xvv[i] / vt[i];
            }
        }

        /** Odd-offset principal-value kernel, or the exact pole. */
        double pole(int a, int b, boolean exact) {
            if (exact) {
                return 1 / (v[a] - v[b]);
            }
            return ((a - b) & 1) != 0 ? 2 / (v[a] - v[b]) : 0;
        }

        /** Adds {@code v_32 T^cross_123} (without -πK0) and {@code v_32 T^self} (without 2π). */
        void add(int i, int j, int k, boolean exact, double[] acc) {
            double pd = dividedDifference(i, j, k, v, p, y, xv, triple);
            if (pd == 0) {
                return;
            }
            double v1 = v[i];
            double v2 = v[j];
            double v3 = v[k];
            double r1 = rt[i];
            double r2 = rt[j];
            double r3 = rt[k];
            double t12 = td[i * n + j];
            double t13 = td[i * n + k];
            double t23 = td[j * n + k];
            double q1 = v2 - v3;
            double q2 = v3 - v1;
            double q3 = v1 - v2;
            double k12 = pole(i, j, exact);
            double k13 = pole(i, k, exact);
            double k23 = pole(j, k, exact);
            double crossT = r1 * r1 * t23 * t23 * Math.abs(q1) * (k12 - k13)
                    + r2 * r2 * t13 * t13 * Math.abs(q2) * (k23 + k12)
                    + r3 * r3 * t12 * t12 * Math.abs(q3) * (k23 - k13);
            // pairs (1,2) and (3,1) hold the outer particle: their sign is the one (68) misprints
            double outer = asPrinted ? -1 : 1;
            double selfT = 0;
            if (integrals == null) {
                acc[0] += (v3 - v2) * pd * crossT;
                return;
            }
            if (k12 != 0) {
                selfT += outer * t23 * t13 * r1 * r2 * integrals.h(q2, q1) * k12;
            }
            if (k23 != 0) {
                selfT += t13 * t12 * r2 * r3 * integrals.h(q3, q2) * k23;
            }
            if (k13 != 0) {
                selfT -= outer * t12 * t23 * r3 * r1 * integrals.h(q1, q3) * k13;
            }
            double weight = (v3 - v2) * pd;
            acc[0] += weight * crossT;
            acc[1] += weight * selfT;
        }
    }

    /**
     * {@code PĎ = p_i p_j p_k X[v_i, v_j, v_k]} with {@code X = Y/p}, from the tensor (69)
     * {@code B_ijk / (v_ij v_jk v_ki)} at distinct nodes, and at coincident ones from its limits
     * {@code (p_d² Y_a - p_a p_d Y_d)/v_ad² - p_a p_d² X'_d/v_ad} (node d twice) and
     * {@code p³ X''/2} (all three equal), with {@code X' = dX/dv}.
     */
    static double dividedDifference(int i, int j, int k, double[] v, double[] p, double[] y,
            double[] xv, double[] triple) {
        if (i != j && j != k && i != k) {
            double b = (v[k] - v[j]) * y[i] * p[j] * p[k] + (v[i] - v[k]) * p[i] * y[j] * p[k]
                    + (v[j] - v[i]) * p[i] * p[j] * y[k];
            return b / ((v[i] - v[j]) * (v[j] - v[k]) * (v[k] - v[i]));
        }
        if (i == j && j == k) {
            return triple[i];
        }
        int a;
        int d;
        if (j == k) {
            a = i;
            d = j;
        } else if (i == j) {
            a = k;
            d = i;
        } else {
            a = j;
            d = i;
        }
        double vad = v[a] - v[d];
        return (p[d] * p[d] * y[a] - p[a] * p[d] * y[d]) / (vad * vad)
                - p[a] * p[d] * p[d] * xv[d] / vad;
    }
}
