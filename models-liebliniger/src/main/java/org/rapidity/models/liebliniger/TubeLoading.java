package org.rapidity.models.liebliniger;

import java.util.List;

/**
 * One data set of the strings paper's Table S1 (laboratory units): {@code N_BEC}, the loading trap
 * {@code (ω_1, ω_2, ω_3)/2π} (Hz, along z, x, y), the final trap {@code ω_z/2π} (Hz), the
 * transverse {@code ω⊥/2π} (kHz), {@code T_co} and {@code T_1D} (nK), and the paper's simulated
 * mean {@code N̄} and central {@code N_cent} atom numbers per tube, kept for comparison.
 */
public record TubeLoading(String name, double atomsBec, double[] loadingHertz, double finalHertz,
        double omegaPerpKiloHertz, double crossoverNanoKelvin, double finalNanoKelvin,
        double paperMeanAtoms, double paperCentralAtoms) {

    /** Table S1's five data sets. */
    public static final List<TubeLoading> TABLE_S1 = List.of(
            new TubeLoading("fig2", 3.2e4, new double[] {25.1, 10.1, 27.1}, 29.3, 10.5, 10, 7,
                    11, 21),
            new TubeLoading("fig3-15nK", 5.7e4, new double[] {25.1, 10.1, 27.0}, 28.8, 9.0, 5, 15,
                    25, 41),
            new TubeLoading("fig3-20nK", 5.7e4, new double[] {25.1, 10.1, 27.0}, 27.6, 10.5, 10,
                    20, 19, 34),
            new TubeLoading("fig3-35nK", 5.7e4, new double[] {25.1, 10.1, 27.0}, 27.1, 10.5, 10,
                    35, 19, 34),
            new TubeLoading("fig4", 1.9e4, new double[] {10.3, 5.7, 11.7}, 18.1, 11.5, 3, 3, 5,
                    9));

    /** This data set at another crossover temperature (Fig. S1 scans it). */
    public TubeLoading withCrossover(double nanoKelvin) {
        return new TubeLoading(name + "@Tco=" + nanoKelvin, atomsBec, loadingHertz, finalHertz,
                omegaPerpKiloHertz, nanoKelvin, finalNanoKelvin, paperMeanAtoms,
                paperCentralAtoms);
    }

    /** The Table S1 data set of this name. */
    public static TubeLoading named(String name) {
        return TABLE_S1.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown data set '" + name + "'"));
    }
}
