package org.rapidity.framework.spi;

/**
 * Base of a {@link TwoPointMoments} view on a fixed grid of separation bins: it holds the bin
 * centres {@code z_k >= 0} and widths {@code Δz_k} (length units) and checks the orders
 * {@code α, β ∈ {0, 1, 2}} asked of {@link #moments}; a subclass supplies the values
 * {@code G_{αβ}(z_k)} ({@link #momentsAt}).
 */
public abstract class BinnedTwoPointMoments implements TwoPointMoments {

    private final double[] separations;
    private final double[] widths;

    /**
     * @param separations bin centres {@code z_k >= 0}, increasing (kept, not copied)
     * @param widths bin widths {@code Δz_k} (kept, not copied)
     */
    protected BinnedTwoPointMoments(double[] separations, double[] widths) {
        this.separations = separations;
        this.widths = widths;
    }

    @Override
    public final double[] separations() {
        return separations.clone();
    }

    @Override
    public final double[] widths() {
        return widths.clone();
    }

    /** The number of separation bins. */
    protected final int bins() {
        return widths.length;
    }

    /** The width {@code Δz_k} of bin {@code k}. */
    protected final double width(int k) {
        return widths[k];
    }

    @Override
    public final double[] moments(int alpha, int beta) {
        if (alpha < 0 || alpha > 2 || beta < 0 || beta > 2) {
            throw new IllegalArgumentException("two-point moments are kept for α, β ∈ {0, 1, 2},"
                    + " not α = " + alpha + ", β = " + beta);
        }
        return momentsAt(alpha, beta);
    }

    /** {@code G_{αβ}(z_k)} on the bins, {@code α, β ∈ {0, 1, 2}} (checked): a fresh array. */
    protected abstract double[] momentsAt(int alpha, int beta);
}
