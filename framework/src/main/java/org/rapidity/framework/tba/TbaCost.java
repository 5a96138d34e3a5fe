package org.rapidity.framework.tba;

import org.rapidity.framework.spi.ResourceEstimate;

/**
 * The cost of the TBA core on {@code M} modes (species × points per species), known before any
 * work. The dressing {@code (1 - T n)^{-1}} is dense: the kernel {@code T_ij} and its factor are
 * {@code M × M} doubles each. Building a state also builds it on the doubled grid to check the
 * resolution ({@link org.rapidity.framework.states.Resolution}), so the peak holds the kernel and
 * factor on {@code 2M} modes beside the kernel, factor and one inverse on {@code M}:
 * {@code 8 (2·(2M)² + 3M²) = 88 M²} bytes; the Cholesky factorisation of the doubled grid takes
 * {@code (2M)³/3} flops (counted at 10⁹ a second, one core).
 */
public final class TbaCost {

    private TbaCost() {
    }

    /**
     * @param species number of quasiparticle species (Bethe strings kept)
     * @param points nodes per species
     */
    public static ResourceEstimate of(int species, int points) {
        double m = (double) species * points;
        String what = species == 1 ? "the TBA dressing on " + points + " points"
                : "the TBA dressing of " + species + " species × " + points + " points";
        return new ResourceEstimate(what, ResourceEstimate.doubles(2 * (2 * m) * (2 * m)
                + 3 * m * m), Math.pow(2 * m, 3) / 3 / 1e9, species == 1 ? "grid.points"
                : "grid.points or the number of species (strings)");
    }
}
