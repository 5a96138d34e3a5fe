package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.spi.TwoPointMoments;

/**
 * Rapidity moments of the two-point function integrated over separations,
 * {@code ∫dz ∫dθ₁dθ₂ θ₁^α θ₂^β g2(z; θ₁, θ₂)} (gBBGKY paper Fig. 6c,e,f), for
 * {@code (α, β) = (0,0), (0,1), (0,2), (1,1), (1,2), (2,2)} (the integral is symmetric in
 * {@code α ↔ β}); columns {@code g2-00}, … {@code g2-22}. The separations run over the grid of
 * the {@link TwoPointMoments} view. Units {@code velocity^{α+β}/length}.
 */
public final class G2Moments extends ViewObservable<TwoPointMoments> {

    private static final int[][] PAIRS = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};

    /** The observable (and its provider). */
    public G2Moments() {
        super(TwoPointMoments.class);
    }

    @Override
    public String name() {
        return "g2-moments";
    }

    @Override
    public String description() {
        return "∫dz∫dθ1dθ2 θ1^α θ2^β g2(z) for α,β ≤ 2 (gBBGKY paper Fig. 6c,e,f)";
    }

    @Override
    public List<String> columns() {
        return List.of("g2-00", "g2-01", "g2-02", "g2-11", "g2-12", "g2-22");
    }

    @Override
    public String unit() {
        return "velocity^(α+β)/length";
    }

    @Override
    double[] values(TwoPointMoments view) {
        double[] out = new double[PAIRS.length];
        for (int p = 0; p < PAIRS.length; p++) {
            out[p] = view.integral(PAIRS[p][0], PAIRS[p][1]);
        }
        return out;
    }
}
