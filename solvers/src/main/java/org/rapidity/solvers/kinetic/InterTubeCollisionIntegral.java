package org.rapidity.solvers.kinetic;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.GaussLegendreRule;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The inter-tube collision integral of one tube in a lattice of identical, identically prepared
 * tubes coupled by potentials {@code V^t(x)} between atoms of different tubes (gBBGKY paper §VI;
 * the multi-component hierarchy of supplement §3), for any one-species model on a uniform grid,
 * in the model's units:
 * <pre>
 *   ∂_t ρ(θ) = ∂_θ [R^{-t} I_0^cross](θ),   I_0^cross = the cross term of (67), halved, with
 *   K0 = ∫dk k² V̂(k)²  replaced by  K_⊥ = Σ_t ∫dk k² |V̂^t(k)|².
 * </pre>
 * Between two different tubes the long-range potential never acts on a pair that also scatters
 * through the contact interaction of one gas, so the self term ((68), {@code V̂(q_i)V̂(q_j)})
 * is absent and only the cross term survives (supplement §3, for identical tubes).
 *
 * <h2>Overall factor, fixed by the Fermi golden rule for two tubes</h2>
 * For two distinguishable tubes A, B the perturbation {@code ∫∫V^{AB}(x-y) q_A(x) q_B(y)} has no
 * ½, its form factor factorises between the two Hilbert spaces, and the leading processes
 * ({@code m = 3} particle-hole pairs, the two-pair processes being kinematically blocked for
 * equal states) have the single partition "two pairs in one tube, one in the other", with the
 * amplitude {@code V̂^{AB}(q_c) F1_c F2_ab} of one bipartition of the one-tube amplitude (98) and
 * the measure {@code 1/(2!)²} of (88) per tube sector. {@link TwoTubeFgrCollisionIntegral}
 * evaluates exactly that; its sum over the sectors (pair in A, pair in B) equals, for equal
 * states, the one-tube FGR cross term with {@code K0 → ∫dk k²|V̂^{AB}|²} — the one-tube FGR cross
 * term equals half the printed (67), and so does this integral (the tests compare the two under
 * grid refinement). Only {@code |V̂|²} enters: {@code V^{ij}} of (78) is not even for a tilted
 * field, its transform is complex, and the squared amplitude of one process is
 * {@code |V̂^{AB}(q)|² = V̂^{AB}(q) V̂^{AB}(-q)} (real potential); the paper's {@code V̂²}
 * must be read so.
 *
 * <p>{@code K_⊥} is computed once, in momentum space, from the transforms the potentials supply:
 * {@code 2∫_0^∞dk k²(Re² + Im²)} by 32-point Gauss-Legendre panels on a geometric partition of
 * {@code k ξ_t ∈ [0, ∞)} (range {@code ξ_t} of each potential). Conservation of N, P, E of the
 * tube, stationarity of thermal states and entropy growth are those of the cross term of
 * {@link LandauCollisionIntegral}.
 */
public final class InterTubeCollisionIntegral implements KineticEquation {

    private static final double[] GL = GaussLegendreRule.nodes(32);
    private static final double[] GLW = GaussLegendreRule.weights(32);

    private final double crossWeight;
    private final LandauCollisionIntegral cross;

    /**
     * @param space one species on a uniform grid
     * @param potentials the inter-tube potentials of the tubes coupled to the reference tube
     * @throws InvalidInputException if a potential is not inter-tube, or the space is refused by
     *     the Landau integral
     */
    public InterTubeCollisionIntegral(ModeSpace space, List<Perturbation> potentials) {
        this(space, tubeSummedWeight(potentials));
    }

    /**
     * @param space one species on a uniform grid
     * @param crossWeight {@code K_⊥ = Σ_t ∫dk k²|V̂^t(k)|²} (energy² / length), {@code > 0}
     */
    public InterTubeCollisionIntegral(ModeSpace space, double crossWeight) {
        if (!(crossWeight > 0) || !Double.isFinite(crossWeight)) {
            throw new InvalidInputException("perturbations", "the tube-summed weight"
                    + " Σ∫dk k²|V̂|² must be finite and > 0, got " + crossWeight);
        }
        this.crossWeight = crossWeight;
        this.cross = new LandauCollisionIntegral(space, crossWeight);
    }

    /** {@code K_⊥ = Σ_t ∫dk k² |V̂^t(k)|²} (energy² / length). */
    public double crossWeight() {
        return crossWeight;
    }

    @Override
    public double[] timeDerivative(TbaState state) {
        return cross.evaluate(state).cross();
    }

    /**
     * The bare cross integral {@code I_0^cross} and its rate {@code ∂_θ R^{-t} I_0^cross} (the
     * self parts are zero).
     */
    public CollisionTerms evaluate(TbaState state) {
        return cross.evaluate(state);
    }

    /** {@code Σ_t ∫dk k² |V̂^t(k)|²}, each by {@link #weight(Perturbation)}. */
    public static double tubeSummedWeight(List<Perturbation> potentials) {
        if (potentials.isEmpty()) {
            throw new InvalidInputException("perturbations", "no inter-tube potential given");
        }
        double sum = 0;
        for (Perturbation p : potentials) {
            if (!p.interTube()) {
                throw new InvalidInputException("perturbations", "'" + p.name() + "' acts"
                        + " within a tube, not between tubes: it belongs to the Landau integral"
                        + " of one gas");
            }
            sum += weight(p);
        }
        return sum;
    }

    /**
     * {@code ∫_{-∞}^{∞}dk k² |V̂(k)|² = 2∫_0^∞ dk k² (Re V̂² + Im V̂²)} (real potential, so
     * {@code |V̂(-k)| = |V̂(k)|}), by Gauss-Legendre panels {@code [0, 1/8ξ]}, then doubling,
     * until three successive panels add less than {@code 1e-16} of the sum.
     */
    public static double weight(Perturbation p) {
        double xi = p.range();
        if (!(xi > 0)) {
            throw new InvalidInputException("perturbations", "'" + p.name() + "' has range "
                    + xi + "; need > 0 to set the momentum scale");
        }
        double sum = 0;
        double a = 0;
        double b = 0.125 / xi;
        int quiet = 0;
        while (b < 1e6 / xi) {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (b + a);
            double panel = 0;
            for (int i = 0; i < GL.length; i++) {
                double k = mid + half * GL[i];
                double re = p.fourierTransform(k);
                double im = p.fourierTransformImaginary(k);
                panel += GLW[i] * k * k * (re * re + im * im);
            }
            panel *= half;
            sum += panel;
            quiet = Math.abs(panel) <= 1e-16 * Math.abs(sum) ? quiet + 1 : 0;
            if (quiet >= 3) {
                break;
            }
            a = b;
            b *= 2;
        }
        return 2 * sum;
    }
}
