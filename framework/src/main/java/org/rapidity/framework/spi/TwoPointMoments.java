package org.rapidity.framework.spi;

/**
 * A snapshot view: rapidity moments of the homogeneous two-point function {@code g2} of the
 * gBBGKY paper (Fig. 6c,e,f),
 * <pre>
 *   G_{αβ}(z) = ∫dθ₁dθ₂ θ₁^α θ₂^β g2(z; θ₁, θ₂),     α, β ∈ {0, 1, 2},
 * </pre>
 * where {@code z = x₂ - x₁} is the separation from the particle of rapidity {@code θ₁} to the one
 * of rapidity {@code θ₂}, on a grid of separations {@code z_k >= 0} (bin centres with widths
 * {@code Δz_k}). Negative separations follow from the symmetry of {@code g2}:
 * {@code G_{αβ}(-z) = G_{βα}(z)}. {@code g2} is the part of the connected correlation beyond
 * that of the GGE with the same {@code ρ} (which lives on the contact scale, the
 * {@code δ(x - x') C} of the paper), so {@code g2 = 0} in the initial state of Fig. 6.
 * Units: {@code velocity^{α+β}/length²}.
 */
public interface TwoPointMoments {

    /** Separations {@code z_k >= 0} (bin centres), increasing. */
    double[] separations();

    /** Widths {@code Δz_k} of the separation bins (their sum is the largest separation). */
    double[] widths();

    /** {@code G_{αβ}(z_k)} at every separation, {@code α, β ∈ {0, 1, 2}}. */
    double[] moments(int alpha, int beta);

    /**
     * {@code ∫dz G_{αβ}(z)} over {@code |z| <=} the largest separation of the grid:
     * {@code Σ_k Δz_k (G_{αβ}(z_k) + G_{βα}(z_k))}.
     */
    default double integral(int alpha, int beta) {
        double[] w = widths();
        double[] ab = moments(alpha, beta);
        double[] ba = moments(beta, alpha);
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * (ab[k] + ba[k]);
        }
        return s;
    }
}
