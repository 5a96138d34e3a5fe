package org.rapidity.solvers.kinetic;

import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/**
 * The Fermi-golden-rule collision integral of tube A of two distinguishable tubes A, B coupled
 * only by a potential {@code V^{AB}} between their atoms, built from the form factors (gBBGKY
 * paper (87)-(98), adapted to two Hilbert spaces) and never from the Landau integral: the
 * independent check that fixes the overall factor of {@link InterTubeCollisionIntegral}.
 *
 * <h2>From (87) to what is computed</h2>
 * The perturbation is {@code v̂ = ∫dx∫dy V^{AB}(x-y) q_A(x) q_B(y)}: each pair of tubes once, no
 * ½. The states are products, so the form factor of an excitation with {@code (p^A, h^A)} in A and
 * {@code (p^B, h^B)} in B factorises, {@code ⟨q_A(x)⟩⟨q_B(y)⟩}, and
 * {@code ∫∫V(x-y)e^{ik_A x + ik_B y}} gives momentum conservation {@code δ(k_A + k_B)} times
 * {@code V̂^{AB}(-k_B)}. The measure (88) becomes
 * {@code Σ 1/(m_A!)² 1/(m_B!)² Π dp dh} and only the pairings {@code p_i ↔ h_i} of small transfer
 * contribute ({@code m_A! m_B!} of them). With one pair in each tube ({@code m = 2}) energy
 * conservation forces {@code v^A(λ_1) = v^B(λ_2)}: blocked, as in one tube, for equal states. The
 * leading processes are {@code m = 3} in two sectors, each with one bipartition:
 * <ul>
 *   <li>pairs 1, 2 in A, pair 3 in B: weight {@code 1/2!}, amplitude
 *       {@code b_3 V̂(q_3)}, {@code b_3 = F1^B_3 F2^A_12(q_1, q_2)} (F1, F2 the form factors
 *       (95)-(96) of each tube); the outer rapidity θ of A may be pair 1 or pair 2;</li>
 *   <li>pair 1 in A, pairs 2, 3 in B: weight {@code 1/2!}, amplitude {@code b_1 V̂(q_1)},
 *       {@code b_1 = F1^A_1 F2^B_23(q_2, q_3)}; θ is pair 1.</li>
 * </ul>
 * The density factors (S5.3) and the small-momentum backflow (91) are those of the one-tube
 * integral ({@link FgrCollisionIntegral}), each quantity taken in its own tube. With
 * {@code q_i = κ u_i} fixed by the two delta functions ({@code u_1 = v_2 - v_3},
 * {@code u_2 = v_3 - v_1}, {@code u_3 = v_1 - v_2}) and
 * {@code ∫dκ κ²|V̂(κu)|² = K_AB/|u|³}, {@code K_AB = ∫dk k²|V̂^{AB}(k)|²}:
 * <pre>
 *   ∂_t ρ_A = ∂_θ 𝔽̃_A J_A,
 *   J_A(λ_1) = -(1/(4π k'_1)) ∫dλ_2 dλ_3 u_1 D [ b_3²/|u_3|³ + ½ b_1²/|u_1|³ ] K_AB,
 *   D = u_1 pε_1 p_2 p_3 + u_2 p_1 pε_2 p_3 + u_3 p_1 p_2 pε_3,
 * </pre>
 * ({@code p = ρf}, {@code pε = ρ f ε'/k'}), the first term with λ_2 in A and λ_3 in B, the second
 * with both in B: the factor 2 of "θ is pair 1 or pair 2" cancels the {@code 1/2!} of the first
 * sector. The one-tube FGR integral carries {@code 1/3!} and all three bipartitions with the ½ of
 * (86); for equal states its cross part is the same expression with {@code K0} for
 * {@code K_AB} (relabel {@code 2 ↔ 3}), which is how the overall factor of the inter-tube Landau
 * integral follows.
 *
 * <h2>Discretisation</h2>
 * That of {@link FgrCollisionIntegral}: for the outer node {@code i} the inner sums run over the
 * sublattice at odd offsets from {@code i} (spacing {@code 2h}), which straddles the simple poles
 * at {@code v_2 = v_1}, {@code v_3 = v_1} symmetrically (principal values); the removable line
 * {@code v_2 = v_3} of the first sector is replaced by its limit
 * {@code L (2π k'_2 T^dr_12)² K_AB p_1 p_2²/|u_3|}, {@code L = E_1 - E_2 - u_3 dE/dv|_2},
 * {@code E = ε'/k'} (the second sector vanishes there). This rule needs both tubes to have the
 * same effective velocities on the grid; states that differ are refused.
 */
public final class TwoTubeFgrCollisionIntegral {

    private static final double TWO_PI = 2 * Math.PI;

    private final ModeSpace space;
    private final double coupling;
    private final RapidityDerivative derivative;
    private final int n;
    private final double h;

    /**
     * @param space one species of classical, fermionic or bosonic quasiparticles on a uniform
     *     grid, shared by both tubes
     * @param coupling {@code K_AB = ∫dk k²|V̂^{AB}(k)|²} (energy² / length)
     */
    public TwoTubeFgrCollisionIntegral(ModeSpace space, double coupling) {
        FgrCollisionIntegral.check(space);
        this.space = space;
        this.coupling = coupling;
        this.derivative = new RapidityDerivative(space.grid(0));
        this.n = space.size();
        this.h = space.weight(0);
    }

    /**
     * The bare integral {@code J_A} of tube A and its rate {@code ∂_θ 𝔽̃_A J_A} (as the cross
     * parts; the self parts are zero: no other bipartition exists between two tubes).
     */
    public CollisionTerms evaluate(TbaState tubeA, TbaState tubeB) {
        FgrIngredients a = tube(tubeA);
        FgrIngredients b = tube(tubeB);
        for (int i = 0; i < n; i++) {
            if (Math.abs(a.v[i] - b.v[i]) > 1e-12 * (Math.abs(a.v[i]) + 1)) {
                throw new InvalidInputException("state", "the principal-value rule of the"
                        + " two-tube FGR integral needs equal effective velocities in both"
                        + " tubes; they differ at θ = " + space.theta(i));
            }
        }
        double[] j = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double acc = 0;
            int first = (i + 1) % 2;
            for (int l = first; l < n; l += 2) {
                for (int m = first; m < n; m += 2) {
                    acc += pairInA(a, b, i, l, m) + pairInB(a, b, i, l, m);
                }
            }
            // (2h)² per node of the staggered sublattice, -1/(4π k'_1)
            j[i] = -4 * h * h / (4 * Math.PI * a.kp[i]) * acc * coupling;
        });
        double[] rate = derivative.conservative(a.backflow(j));
        return new CollisionTerms(j, new double[n], rate, new double[n]);
    }

    /** Sector (2, 1): pairs 1 = i, 2 = l in A, pair 3 = m in B; {@code u_1 D b_3²/|u_3|³}. */
    private double pairInA(FgrIngredients a, FgrIngredients b, int i, int l, int m) {
        double u3 = a.v[i] - a.v[l];
        if (l == m) {
            double lim = a.e[i] - a.e[l] - u3 * a.ev[l];
            double amp = TWO_PI * b.kp[m] * a.tdr[i * n + l];
            return lim * amp * amp * a.p[i] * a.p[l] * b.p[m] / Math.abs(u3);
        }
        double u1 = a.v[l] - b.v[m];
        double u2 = b.v[m] - a.v[i];
        double b3 = b.kp[m] * FgrCollisionIntegral.twoPairFormFactor(a.tdr[i * n + l], u1, u2);
        double d = u1 * a.pe[i] * a.p[l] * b.p[m] + u2 * a.p[i] * a.pe[l] * b.p[m]
                + u3 * a.p[i] * a.p[l] * b.pe[m];
        double c3 = Math.abs(u3);
        return u1 * d * b3 * b3 / (c3 * c3 * c3);
    }

    /** Sector (1, 2): pair 1 = i in A, pairs 2 = l, 3 = m in B; {@code ½ u_1 D b_1²/|u_1|³}. */
    private double pairInB(FgrIngredients a, FgrIngredients b, int i, int l, int m) {
        if (l == m) {
            return 0;
        }
        double u1 = b.v[l] - b.v[m];
        double u2 = b.v[m] - a.v[i];
        double u3 = a.v[i] - b.v[l];
        double b1 = a.kp[i] * FgrCollisionIntegral.twoPairFormFactor(b.tdr[l * n + m], u2, u3);
        double d = u1 * a.pe[i] * b.p[l] * b.p[m] + u2 * a.p[i] * b.pe[l] * b.p[m]
                + u3 * a.p[i] * b.p[l] * b.pe[m];
        double c1 = Math.abs(u1);
        return 0.5 * u1 * d * b1 * b1 / (c1 * c1 * c1);
    }

    /** One tube's state in FGR variables, refused unless it is on this integral's modes. */
    private FgrIngredients tube(TbaState state) {
        if (state.space().model() != space.model() || state.size() != n) {
            throw new IllegalArgumentException("the state is not on this integral's modes");
        }
        if (space.statistics(0) == Statistics.WAVE) {
            throw new InvalidInputException("model", "classical-wave statistics");
        }
        return new FgrIngredients(space, derivative, state);
    }
}
