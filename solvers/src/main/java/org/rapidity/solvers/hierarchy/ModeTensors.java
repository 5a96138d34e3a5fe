package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.framework.tba.Tensor3;

/**
 * The tensors of the three-point layer in a mode basis {@code S} (arrays {@code [(a N + b) N + c]}),
 * acting on two- and three-point functions held as values in that basis:
 * <ul>
 *   <li>{@code H̃(1, γ, η) = Σ S_{1θ} H_θ^{αβ} (S^{-1})_{αγ} (S^{-1})_{βη}} from (42)
 *       ({@link TbaState#fluxHessian()}, weights included): {@code ∫dγdη H^{γη}_θ g3_{γη·}} of
 *       (48) is {@code Σ_{γη} H̃(1, γ, η) g̃3_{γη·}};</li>
 *   <li>{@code M̃(γ, η, ζ) = Σ S_{γa} S_{ηb} (M^c_{ab} w_c) (S^{-1})_{cζ}} from (46)
 *       ({@link TbaState#threePointKineticTensor()} divided by the weight of its second index):
 *       the source {@code ∫dζ M^ζ_{γη} ∂g_{ζ·}} of (49) is {@code Σ_ζ M̃(γ, η, ζ) ∂G̃_{ζ·}}.</li>
 * </ul>
 * In the state's own basis ({@code S = R^t}) both are sparse: {@code H̃(θ, γ, η) = δ_{θγ}
 * T^dr_{θη}(v_η - v_θ) w_η/ρ^t_θ + (γ ↔ η)} and {@code M̃(γ, η, ζ) = δ_{ζγ} T^dr_{γη} ρ_η f_η
 * (v_γ - v_η)/ρ^t_γ + (γ ↔ η)}, and
 * <pre>
 *   ½ Σ_{γ≠η} H̃(θ, γ, η) M̃(γ, η, ζ) / |v_γ - v_η| = -𝔇̃(θ, ζ),      𝔇̃ = S 𝔇 S^{-1},
 * </pre>
 * the content of (50): the three-point function that the contact source of (49) builds next to
 * {@code x1 = x2} (a step of height {@code M̃∂g/|v_γ - v_η|} in {@code x1 - x2}, whose symmetric
 * value at coincidence is half of it) turns the {@code ½∂(H g3^sym)} term of (48) into the Kubo
 * term {@code -½∂(𝔇∂g)} with the De Nardis-Bernard-Doyon {@code 𝔇}; a test checks the identity.
 * In the supplement's notation this is {@code H R^{-t}R^{-t}|v|^{-1}R^tR^t M = 2𝔇}: (S1.11) prints
 * "{@code = 𝔇}", a factor 2 that, carried into (S1.17)-(S1.18), doubles the Landau integral
 * (67)-(68); the {@code landau} solver implements half of the printed integral for this reason
 * ({@code LandauCollisionIntegral}, "Normalisation"), so the hierarchy's Kubo term and the Landau
 * equation it hands over to use the same {@code 𝔇} (the framework's, normalised by
 * {@code ∂_tρ + ∂_x(v^eff ρ) = ½∂_x(𝔇∂_xρ)}).
 */
final class ModeTensors {

    private ModeTensors() {
    }

    /** {@code H̃} in the basis of {@code modes}, from the state's {@code H}. */
    static double[] flux(TbaState state, NormalModes modes) {
        int n = state.size();
        Tensor3 h = state.fluxHessian();
        double[] raw = h.toArray();
        return transform(raw, n, modes.s(), false, modes.sInverse(), modes.sInverse());
    }

    /** {@code M̃} in the basis of {@code modes}, from the state's {@code M}. */
    static double[] kinetic(TbaState state, NormalModes modes) {
        int n = state.size();
        double[] raw = state.threePointKineticTensor().toArray();
        double[] w = state.space().weights();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int row = (a * n + b) * n;
                for (int c = 0; c < n; c++) {
                    raw[row + c] /= w[b];
                }
            }
        }
        return transform(raw, n, modes.s(), true, modes.s(), modes.sInverse());
    }

    /**
     * {@code out(a', b', c') = Σ L_{a'a} X(a, b, c) Y_{bb'} Z_{cc'}} for {@code secondLeft =
     * false}; with {@code secondLeft}, the second index is transformed from the left as well:
     * {@code Σ L_{a'a} Y_{b'b} X(a, b, c) Z_{cc'}}.
     */
    static double[] transform(double[] x, int n, DMatrixRMaj left, boolean secondLeft,
            DMatrixRMaj second, DMatrixRMaj third) {
        double[] t1 = new double[n * n * n];
        // third index: Σ_c X(a,b,c) Z_{cc'}
        IntStream.range(0, n * n).parallel().forEach(ab -> {
            int row = ab * n;
            for (int cp = 0; cp < n; cp++) {
                double acc = 0;
                for (int c = 0; c < n; c++) {
                    acc += x[row + c] * third.data[c * n + cp];
                }
                t1[row + cp] = acc;
            }
        });
        double[] t2 = new double[n * n * n];
        // second index
        IntStream.range(0, n).parallel().forEach(a -> {
            for (int bp = 0; bp < n; bp++) {
                for (int c = 0; c < n; c++) {
                    double acc = 0;
                    for (int b = 0; b < n; b++) {
                        double m = secondLeft ? second.data[bp * n + b] : second.data[b * n + bp];
                        acc += m * t1[(a * n + b) * n + c];
                    }
                    t2[(a * n + bp) * n + c] = acc;
                }
            }
        });
        double[] out = new double[n * n * n];
        // first index: Σ_a L_{a'a} t2(a, ·, ·)
        IntStream.range(0, n).parallel().forEach(ap -> {
            int dst = ap * n * n;
            for (int a = 0; a < n; a++) {
                double l = left.data[ap * n + a];
                if (l == 0) {
                    continue;
                }
                int src = a * n * n;
                for (int k = 0; k < n * n; k++) {
                    out[dst + k] += l * t2[src + k];
                }
            }
        });
        return out;
    }
}
