package org.rapidity.solvers.ghd;

import java.util.Locale;
import java.util.stream.IntStream;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The atom number at {@code c → 0} inside the crossing gap, {@code N = ∫dx Σ_a ∫dθ h_a ρ_a}
 * ({@code h_a} the particle number of species {@code a}, {@code n} for an n-string) with the
 * local zero-coupling densities ({@link ZeroCrossing#zeroCouplingDensity}), and the check of the
 * map through zero against it.
 *
 * <p>The map (S10) onto {@code n_max} strings keeps the atoms of the strings {@code n <= n_max}
 * only (the sum rule {@code Σ_n nρ_n = ρ_1} needs every n). Those of longer strings cannot be
 * put into the kept ones: with {@code n_max} strings the local dressing at {@code c → 0⁻} gives
 * {@code ρ^t_N + ρ_N = N/2π - 2Σ_{n<=N} nρ_n} for {@code N = n_max}, so no filling of the kept
 * strings holds more than {@code n_max/4π} atoms per unit rapidity and length, while a degenerate
 * gas at {@code c → 0⁺} ({@code Ω = -ln ϑ_1 → 0}) has {@code ρ_1 ≈ 1/2πΩ} and fills strings up to
 * {@code n ~ 1/Ω}. So a map that would drop more than the solver's {@code conservation}
 * tolerance is refused, naming {@code model.strings} and the smallest doubling of it that keeps
 * the atoms.
 */
final class CrossingAtoms {

    private CrossingAtoms() {
    }

    /** {@code N} of the fillings {@code f[i]} at {@code c → 0} on {@code side}. */
    static double atoms(ZeroCrossing model, ModeSpace side, QuadratureGrid positions,
            double[][] f) {
        double[] h = side.particleNumber();
        double[] perCell = new double[f.length];
        IntStream.range(0, f.length).parallel().forEach(i -> {
            double[] rho = model.zeroCouplingDensity(side, f[i]);
            double s = 0;
            for (int k = 0; k < rho.length; k++) {
                s += side.weight(k) * h[k] * rho[k];
            }
            perCell[i] = positions.weight(i) * s;
        });
        double n = 0;
        for (double v : perCell) {
            n += v;
        }
        return n;
    }

    /**
     * Refuses an adiabatic ramp between {@code c = ±g} and {@code c → 0±} that changes the atom
     * number by more than {@code tolerance}: at {@code c → 0⁺} the degenerate part of a state
     * ({@code ϑ → 1}) is compressed into a rapidity interval that shrinks with {@code 1 - ϑ}
     * ({@code ρ^t = 1/2π(1 - ϑ)}), which a grid coarser than it samples wrongly (measured: a
     * tube at {@code β = 1}, {@code μ = 2}, {@code c = 1} on 24 rapidities went from 3.6 to 18
     * atoms). Below zero the state at {@code c = -g} keeps each cell's string numbers
     * ({@link RampNumbers}), so there {@code onGrid} is the atom number of the model's sampled
     * map before that correction: how well the grid resolves the strings' peaks.
     *
     * @param onGrid the atoms at {@code c = ±g} (the grid's dressing)
     * @param model the model at {@code c → 0} and its modes, the fillings there
     */
    static double checkRamp(double onGrid, ZeroCrossing model, ModeSpace side, double[][] zero,
            QuadratureGrid positions, double tolerance) {
        double atZero = atoms(model, side, positions, zero);
        if (onGrid > 0 && Math.abs(atZero / onGrid - 1) > tolerance) {
            throw new InvalidInputException("grid.points", String.format(Locale.ROOT,
                    "the adiabatic ramp between c = %.4g and c → 0 changes the atom number"
                    + " from %.6g to %.6g, beyond the tolerance solver.conservation = %.3g:"
                    + " the rapidity grid does not resolve the state at c → 0 (a degenerate"
                    + " gas is compressed there into an interval narrower than the grid"
                    + " spacing); refine the rapidity grid (grid.points)",
                    ((CouplingDependent) side.model()).coupling(), onGrid, atZero, tolerance));
        }
        return onGrid;
    }

    /**
     * Refuses a crossing whose phases (adiabatic ramps, free streaming, the map) each stay within
     * {@code tolerance} but together change the atom number by more: measured, a 19-atom tube on
     * 108 rapidities and 48 strings lost 8.0% in free streaming and 5.6% in the map, 14.6% in
     * all, at a tolerance of 0.1 (the free streaming of that time sampled an unresolved ridge;
     * it is conservative since: {@link PhaseSpaceTransport}).
     *
     * @param upper the atoms at {@code c = +g}, where the crossing starts
     * @param lower the atoms at {@code c = -g}, where GHD resumes
     */
    static void checkCrossing(double upper, double lower, double tolerance, double gap) {
        if (upper > 0 && Math.abs(lower / upper - 1) > tolerance) {
            throw new InvalidInputException("grid.points", String.format(Locale.ROOT,
                    "the crossing of c = 0 (from c = %.4g to %.4g) changes the atom number from"
                    + " %.6g to %.6g, beyond the tolerance solver.conservation = %.3g, although"
                    + " each of its phases stays within it: refine the rapidity grid"
                    + " (grid.points) or keep more strings (model.strings)", gap, -gap, upper,
                    lower, tolerance));
        }
    }

    /**
     * Refuses a map through zero that keeps fewer than {@code 1 - tolerance} of the atoms.
     *
     * @param above the model at {@code c → 0⁺} and its modes
     * @param zero the fillings there
     * @param below the modes of the strings kept
     * @param mapped the fillings of the strings after the map
     * @param gap the crossing gap {@code g} (the coupling {@code -g} of the strings' model)
     */
    static void checkMap(ModeSpace above, double[][] zero, ModeSpace below, double[][] mapped,
            QuadratureGrid positions, double tolerance, double gap) {
        ZeroCrossing here = (ZeroCrossing) above.model();
        double before = atoms(here, above, positions, zero);
        double after = atoms((ZeroCrossing) below.model(), below, positions, mapped);
        double lost = 1 - after / before;
        if (!(before > 0) || lost <= tolerance) {
            return;
        }
        int kept = below.speciesCount();
        String needed = "more than " + 16 * kept;
        for (int n = 2 * kept; n <= 16 * kept; n *= 2) {
            ModeSpace more = ModeSpace.of(here.acrossZero(-gap, n), below.grid(0));
            double[][] m = new double[zero.length][];
            IntStream.range(0, zero.length).parallel().forEach(i -> m[i] = here.mapThroughZero(
                    above, zero[i], more));
            double l = 1 - atoms((ZeroCrossing) more.model(), more, positions, m) / before;
            if (l <= tolerance) {
                needed = String.format(Locale.ROOT, "%d (which loses %.2g)", n, l);
                break;
            }
        }
        throw new InvalidInputException("model.strings", String.format(Locale.ROOT,
                "the ramp through c = 0 puts %.3g%% of the %.6g atoms into Bethe strings longer"
                + " than the %d kept (the map (S10) keeps %.6g), beyond the tolerance"
                + " solver.conservation = %.3g; keep more strings: %s", 100 * lost, before,
                kept, after, tolerance, needed));
    }
}
