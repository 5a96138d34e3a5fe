package org.rapidity.solvers.kinetic;

import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.perturbation.MomentumTransferIntegrals;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.GaussLegendreRule;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/**
 * The Fermi-golden-rule (FGR) Boltzmann collision integral of a weakly perturbed integrable gas
 * (gBBGKY paper §VI.A, eqs. (86)-(98); small-momentum limit in supplement §5, (S5.1)-(S5.3)),
 * truncated at the leading three-particle-hole term {@code m = 3}, for one species on a uniform
 * rapidity grid, in the model's units. It is built from the form factors and never from the
 * generalised Landau integral, against which it is tested.
 *
 * <h2>From (87) to what is computed</h2>
 * The Boltzmann equation (87) with the measure (88) and {@code B = (2π)²δ(k)δ(ε)|⟨ρ|v|ρ;p,h⟩|²}
 * (89). With {@code λ_i = (p_i + h_i)/2}, {@code q_i = k(p_i) - k(h_i)} small, each pair
 * contributes {@code dp dh ρ^h(p)ρ(h) = dλ dq ρ f / 2π} (with {@code ρ^h = ρ^t f},
 * {@code k' = (p')^dr = 2πρ^t}), {@code 1/(3!)²} becomes {@code 1/3!} (only the pairings
 * {@code p_i ↔ h_i} have small transfers), the density factors become (S5.3)
 * <pre>
 *   ρ^h(p)ρ(h) - ρ^h(h)ρ(p) = ρ^h(h)ρ(p) Σ_i q_i ε'_i/k'_i + O(q³),   ε = ln(ρ^h/ρ),
 * </pre>
 * where {@code ε} is the TBA pseudo-energy ({@code ρ^h/ρ = f/n = e^ε} for classical, fermionic
 * and bosonic statistics; {@code dn/dε = -n f} gives {@code ε' = -n'/(n f)}), not the dressed
 * energy of (90) (with which the sum would vanish on the energy shell). The backflow dressing
 * (91), {@code 𝔽_{θ,p} = δ(θ-p) + ∂_θ(n_θ F_{θ,p})}, with the backflow function of the Bethe
 * equations {@code F(θ|p) = [φ(θ-p)/2π]^dr} ({@code ∂_p F = -T^dr}), expands at
 * {@code p = λ + q/2k'} as {@code 𝔽_{θ,p} = 𝔽_{θ,λ} - (q/2k') ∂_θ 𝔽̃_{θλ}} with
 * {@code 𝔽̃ = 1 + n T^dr}; the zeroth order drops out by the particle-hole symmetry of {@code B}.
 * Hence
 * <pre>
 *   ∂_t ρ = ∂_θ 𝔽̃ J,
 *   J(λ_1) = -(1/3!)(2π)^{-3} ∫Π_i dλ_i dq_i ρ_i f_i  B  Σ_i (q_i/2k'_i) δ(λ_1 - λ_i)  Σ_j q_j ε'_j/k'_j .
 * </pre>
 * The two delta functions of (98), {@code δ(Σq) δ(Σ v q)}, leave {@code q_i = κ u_i} with
 * {@code u_1 = v_2 - v_3}, {@code u_2 = v_3 - v_1}, {@code u_3 = v_1 - v_2} and unit Jacobian
 * {@code ∫d³q δ δ = ∫dκ}. The amplitude is the sum over the six bipartitions of (94): the
 * one-pair form factor (95) {@code F1_c = k'_c} times the two-pair form factor (96)
 * {@code F2_ab = 2π T^dr_ab (q_a + q_b)²/(q_a q_b)}, each bipartition and its mirror giving
 * {@code e^{±i q_c x}}, so with the 1/2 of (86) {@code ⟨v⟩ = Σ_c V̂(q_c) F1_c F2_ab}. F2 depends
 * on the ratios of the {@code q} only, so {@code κ} enters through {@code V̂(κ u_c)}:
 * <pre>
 *   ∫dκ κ² ⟨v⟩² = Σ_{c,d} b_c b_d ∫dκ κ² V̂(κu_c) V̂(κu_d),   b_c = F1_c F2_ab(u_a, u_b),
 *   ∫dκ κ² V̂(κu_c)² = K0/|u_c|³            (the cross terms, V̂(q_i)²),
 *   ∫dκ κ² V̂(κu_c) V̂(κu_d) = G(u_d/u_c)/|u_c|³   (the self terms, V̂(q_i)V̂(q_j)),
 * </pre>
 * with {@link MomentumTransferIntegrals}. By the symmetry of the integrand under relabelling the
 * three pairs,
 * <pre>
 *   J(λ_1) = -(1/(8π k'_1)) ∫dλ_2 dλ_3 Φ,   Φ = u_1 [Σ_j u_j ε'_j/k'_j] p_1 p_2 p_3 Σ_{c,d} b_c b_d ∫κ²V̂V̂,
 * </pre>
 * ({@code p = ρ f}), split into {@code J^cross} and {@code J^self}. The sign follows from
 * {@code δ(θ - λ - q/2k') = δ(θ - λ) - (q/2k') ∂_θ δ(θ - λ)}; (S5.2) and (93) print the
 * opposite sign, which makes entropy decrease.
 *
 * <h2>Singularities and discretisation</h2>
 * {@code F2} has kinematic poles where a pair's transfer vanishes. In {@code Φ} they leave simple
 * poles at {@code v_2 = v_1} and {@code v_3 = v_1} (principal values), and a removable
 * singularity at {@code v_2 = v_3}, where the total vanishes and the cross and self parts tend to
 * {@code ±2L (2π k'_2 T^dr_12)² K0 p_1p_2² / |u_3|} with
 * {@code L = E_1 - E_2 - (v_1 - v_2) dE/dv|_2}, {@code E = ε'/k'}. On the uniform grid, for the
 * outer node {@code θ_i} the inner integrals are midpoint sums over the sublattice of nodes at odd
 * offsets from {@code i} (spacing {@code 2h}): it straddles both poles symmetrically, so the sum is
 * their principal value (the discrete Hilbert-transform rule), and never meets them. Particle
 * number is conserved exactly (flux form); momentum and energy, whose conservation rests on
 * relabelling the three pairs, only to the accuracy of these sums ({@code O(h³)}), so the rates
 * add the smallest flux correction that conserves them exactly ({@link FgrIngredients#conserving});
 * the bare integrals are reported as computed. {@code ε'} comes from the Fourier derivative of the
 * filling, the outer {@code ∂_θ} is the eighth-order periodic central difference of
 * {@link RapidityDerivative#conservative}, {@code 𝔽̃} is the backflow matrix {@code 1 + n T^dr w}.
 * Cost {@code O(N³)} (a quarter of the node triples), parallel over {@code θ}.
 */
public final class FgrCollisionIntegral implements CollisionIntegral {

    private static final double TWO_PI = 2 * Math.PI;

    /** 24-point Gauss-Legendre nodes and weights on [-1, 1] (the q integral of the m = 2 term). */
    private static final double[] GL = GaussLegendreRule.nodes(24);
    private static final double[] GLW = GaussLegendreRule.weights(24);

    private final ModeSpace space;
    private final Perturbation perturbation;
    private final MomentumTransferIntegrals integrals;
    private final RapidityDerivative derivative;
    private final int n;
    private final double h;

    /**
     * @param space one species of classical, fermionic or bosonic quasiparticles on a uniform
     *     grid
     * @param perturbation the long-range potential
     * @throws InvalidInputException if the space has several species, a non-uniform grid or
     *     classical-wave statistics
     */
    public FgrCollisionIntegral(ModeSpace space, Perturbation perturbation) {
        check(space);
        this.space = space;
        this.perturbation = perturbation;
        this.integrals = MomentumTransferIntegrals.of(perturbation);
        this.derivative = new RapidityDerivative(space.grid(0));
        this.n = space.size();
        this.h = space.weight(0);
    }

    /** Refuses what this integral does not handle, naming the field. */
    static void check(ModeSpace space) {
        if (space.speciesCount() != 1) {
            throw new InvalidInputException("model", "the FGR collision integral is implemented"
                    + " for one quasiparticle species; model " + space.model().name() + " has "
                    + space.speciesCount());
        }
        if (space.grid(0).rule() != QuadratureGrid.Rule.UNIFORM) {
            throw new InvalidInputException("grid.quadrature", "the FGR integral needs a uniform"
                    + " rapidity grid (\"uniform\"): its principal values are midpoint sums on"
                    + " the sublattice staggered about each node");
        }
        if (space.statistics(0) == Statistics.WAVE) {
            throw new InvalidInputException("model", "the FGR density factors need ρ^h/ρ = e^ε,"
                    + " true for classical, fermionic and bosonic quasiparticles; model "
                    + space.model().name() + " has classical-wave statistics");
        }
    }

    /** The perturbation. */
    public Perturbation perturbation() {
        return perturbation;
    }

    /** The momentum-transfer integrals in use. */
    public MomentumTransferIntegrals integrals() {
        return integrals;
    }

    /**
     * Evaluates both parts for a state on this integral's mode space: the bare integrals
     * {@code J^cross}, {@code J^self} as computed (convention {@code ∂_tρ = ∂_θ 𝔽̃ J}), the rates
     * {@code ∂_θ 𝔽̃ J} from their conservative corrections ({@link FgrIngredients#conserving}).
     */
    @Override
    public CollisionTerms evaluate(TbaState state) {
        Ingredients in = new Ingredients(state);
        double[][] j = bare(in, 1);
        return new CollisionTerms(j[0], j[1],
                derivative.conservative(in.backflow(in.conserving(j[0]))),
                derivative.conservative(in.backflow(in.conserving(j[1]))));
    }

    /**
     * {@code ∂_θ 𝔽̃ J} of the bare integrals as computed, without the conservative correction
     * (for the test that measures how well the quadrature alone conserves momentum and energy).
     */
    double[] uncorrectedTimeDerivative(TbaState state) {
        Ingredients in = new Ingredients(state);
        double[][] j = bare(in, 1);
        double[] sum = j[0].clone();
        for (int i = 0; i < n; i++) {
            sum[i] += j[1][i];
        }
        return derivative.conservative(in.backflow(sum));
    }

    /**
     * {@code J^cross, J^self} with the overall sign of (S5.2)/(93) as printed (for the test that
     * shows it lowers the entropy).
     */
    double[][] bareAsPrinted(TbaState state) {
        return bare(new Ingredients(state), -1);
    }

    /**
     * The two-particle-hole term {@code m = 2} of (92), with the energy delta of (89) broadened
     * to a Gaussian {@code δ_η} of width {@code η} (energy units), as {@code ∂_t ρ^{(2)}}. Its
     * amplitude is the bipartition of (94) into the two pairs, {@code ⟨v⟩ = F1_1 F1_2 V̂(q)}
     * ({@code q_2 = -q_1 = -q}; the terms with the two-pair form factor vanish on the momentum
     * shell), and
     * <pre>
     *   J^{(2)}(λ_1) = -(1/2) ∫dλ_2 p_1 p_2 k'_1 k'_2² (E_1 - E_2) Λ_η(v_1 - v_2),
     *   Λ_η(u) = ∫dq q² V̂(q)² δ_η(u q),   E = ε'/k'.
     * </pre>
     * Kinetic blocking (§IV.A): on the energy shell {@code (v_1 - v_2) q = 0}, so either
     * {@code q = 0}, where the detailed-balance bracket vanishes, or {@code v_1 = v_2} (measure
     * zero): the term tends to zero with {@code η} (as {@code η²}, up to a logarithm).
     *
     * @param eta width of the broadened energy delta, {@code > 0}
     */
    public double[] twoParticleHole(TbaState state, double eta) {
        if (!(eta > 0)) {
            throw new IllegalArgumentException("η must be > 0, got " + eta);
        }
        Ingredients in = new Ingredients(state);
        // q² V̂(q)² on Gauss-Legendre panels in t = qξ over [0, 4096/ξ] (V̂ decays at qξ ~ 1)
        double xi = perturbation.range();
        int panels = 16;
        double[] q = new double[panels * GL.length];
        double[] y = new double[q.length];
        double a = 0;
        double b = 0.125;
        int m = 0;
        for (int panel = 0; panel < panels; panel++) {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (b + a);
            for (int g = 0; g < GL.length; g++) {
                double t = mid + half * GL[g];
                double vhat = perturbation.fourierTransform(t / xi);
                q[m] = t / xi;
                // ∫_{-∞}^{∞} dq = 2∫_0^∞ dq
                y[m] = 2 * GLW[g] * half / xi * q[m] * q[m] * vhat * vhat;
                m++;
            }
            a = b;
            b = panel == 0 ? 0.25 : 2 * b;
        }
        double norm = 1 / (Math.sqrt(TWO_PI) * eta);
        double[] j2 = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double acc = 0;
            for (int j = 0; j < n; j++) {
                double de = in.e[i] - in.e[j];
                if (j == i || de == 0) {
                    continue;
                }
                double u = in.v[i] - in.v[j];
                double lambda = 0;
                for (int c = 0; c < q.length; c++) {
                    double x = u * q[c] / eta;
                    lambda += y[c] * Math.exp(-0.5 * x * x);
                }
                acc += h * in.p[i] * in.p[j] * in.kp[i] * in.kp[j] * in.kp[j] * de * lambda;
            }
            j2[i] = -0.5 * norm * acc;
        });
        return derivative.conservative(in.backflow(j2));
    }

    /** The one-particle-hole form factor (95) of the density at small momentum, {@code k'}. */
    static double onePairFormFactor(double kPrime) {
        return kPrime;
    }

    /**
     * The two-particle-hole form factor (96) of the density at small momenta,
     * {@code 2π T^dr (q_a + q_b)²/(q_a q_b)} (dimensionless, invariant under {@code q → κq}).
     */
    static double twoPairFormFactor(double dressedShift, double qa, double qb) {
        double s = qa + qb;
        return TWO_PI * dressedShift * s * s / (qa * qb);
    }

    /** The FGR variables of a state on this integral's modes. */
    final class Ingredients extends FgrIngredients {
        Ingredients(TbaState state) {
            super(space, derivative, state);
        }
    }

    /** {@code {J^cross, J^self}} with the given overall sign (1: derived, -1: as printed). */
    private double[][] bare(Ingredients in, int sign) {
        double[] cross = new double[n];
        double[] self = new double[n];
        double k0 = integrals.k0();
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] acc = new double[2];
            int first = (i + 1) % 2;
            for (int j = first; j < n; j += 2) {
                for (int k = j; k < n; k += 2) {
                    integrand(in, i, j, k, k0, acc, k == j ? 1 : 2);
                }
            }
            // (2h)² per node of the staggered sublattice; -1/(8π k'_1) of J
            double pref = -sign * 4 * h * h / (8 * Math.PI * in.kp[i]);
            cross[i] = pref * acc[0];
            self[i] = pref * acc[1];
        });
        return new double[][] {cross, self};
    }

    /**
     * Adds {@code weight × Φ^cross(i,j,k)} and {@code weight × Φ^self(i,j,k)} to {@code acc}
     * (nodes {@code j, k} never coincide with {@code i}).
     */
    private void integrand(Ingredients in, int i, int j, int k, double k0, double[] acc,
            double weight) {
        double[] v = in.v;
        double[] p = in.p;
        double u3 = v[i] - v[j];
        if (j == k) {
            // the removable line v_2 = v_3: Φ^cross = -Φ^self = 2L (2π k'_2 T^dr_12)² K0 p_1p_2²/|u_3|
            double l = in.e[i] - in.e[j] - u3 * in.ev[j];
            double amp = TWO_PI * in.kp[j] * in.tdr[i * n + j];
            double c = weight * 2 * l * amp * amp * k0 * p[i] * p[j] * p[j] / Math.abs(u3);
            acc[0] += c;
            acc[1] -= c;
            return;
        }
        double u1 = v[j] - v[k];
        double u2 = v[k] - v[i];
        double[] kp = in.kp;
        double[] tdr = in.tdr;
        // amplitude coefficients b_c = F1_c F2_ab(u_a, u_b), (a, b, c) cyclic
        double b1 = onePairFormFactor(kp[i]) * twoPairFormFactor(tdr[j * n + k], u2, u3);
        double b2 = onePairFormFactor(kp[j]) * twoPairFormFactor(tdr[k * n + i], u3, u1);
        double b3 = onePairFormFactor(kp[k]) * twoPairFormFactor(tdr[i * n + j], u1, u2);
        double a1 = Math.abs(u1);
        double a2 = Math.abs(u2);
        double a3 = Math.abs(u3);
        double c1 = a1 * a1 * a1;
        double c2 = a2 * a2 * a2;
        double c3 = a3 * a3 * a3;
        double crossW = k0 * (b1 * b1 / c1 + b2 * b2 / c2 + b3 * b3 / c3);
        double selfW = 2 * (b1 * b2 * integrals.g(u2 / u1) / c1
                + b2 * b3 * integrals.g(u3 / u2) / c2 + b3 * b1 * integrals.g(u1 / u3) / c3);
        // u_1 Σ_j u_j ε'_j/k'_j p_1p_2p_3
        double[] pe = in.pe;
        double detailed = u1 * pe[i] * p[j] * p[k] + u2 * p[i] * pe[j] * p[k]
                + u3 * p[i] * p[j] * pe[k];
        double pre = weight * u1 * detailed;
        acc[0] += pre * crossW;
        acc[1] += pre * selfW;
    }
}
