package org.rapidity.framework.tba;

import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ResourceEstimate;

/**
 * The cost of the TBA core on {@code M} modes (species × points per species), known before any
 * work. Building a state also builds it on the doubled grid to check the resolution
 * ({@link org.rapidity.framework.states.Resolution}), so the peak holds dressings on {@code 2M}
 * and on {@code M} modes at once: counted as two dressings on {@code 2M} and three on {@code M}
 * ({@link IntegrableModel#dressingBytes}). For the generic dense dressing that is
 * {@code 176 M²} bytes, calibrated by measurement: the Lieb-Liniger {@code tba} on 1200 points
 * (estimate 253 MB) ran out of heap at {@code -Xmx130m}, thrashed past 300 s at {@code -Xmx200m}
 * and finished at {@code -Xmx300m}. The time is that of the factorisation on the doubled grid
 * ({@link IntegrableModel#dressingFlops}) at 10⁹ operations a second: a lower bound.
 */
public final class TbaCost {

    private TbaCost() {
    }

    /**
     * @param model the model (its species and the cost of its dressing)
     * @param points nodes per species
     */
    public static ResourceEstimate of(IntegrableModel model, int points) {
        int species = model.speciesCount();
        int m = (int) Math.min(Integer.MAX_VALUE / 2, (long) species * points);
        String what = species == 1 ? "the TBA dressing on " + points + " points"
                : "the TBA dressing of " + species + " species × " + points + " points";
        double bytes = 2 * model.dressingBytes(2 * m) + 3 * model.dressingBytes(m)
                + ResourceEstimate.doubles(40.0 * m);
        return new ResourceEstimate(what, bytes, model.dressingFlops(2 * m) / 1e9,
                species == 1 ? "grid.points" : "grid.points or the number of species (strings)");
    }
}
