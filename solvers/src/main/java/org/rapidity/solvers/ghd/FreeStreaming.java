package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Free streaming at {@code c → 0} inside the crossing gap (docs/solvers/ghd.md, "Crossing
 * {@code c = 0}"): the dressing is local, so the fields are the bare ones, {@code v = E'/p'},
 * {@code F = -V'h_0/p'}, fixed in time, and the root densities {@code ρ_a(x, θ)} obey the
 * Liouville equation {@code ∂_tρ + v∂_xρ + F∂_θρ = 0} of a Hamiltonian flow (phase-space volume
 * kept; for Lieb-Liniger {@code v = 2θ}, {@code F = -V'} for every species).
 *
 * <p>One instance is one free phase, from the fillings {@code start} at time {@code since}: the
 * state at a later time is computed from {@code start} directly, each grid point's characteristic
 * followed back to its foot at {@code since} by the classical Runge-Kutta method (steps of the
 * bare fields' CFL bound, the fields interpolated), and the density there interpolated once
 * (limited cubic, zero outside the rapidity window). The densities, not the fillings, are
 * carried: they are linear in the atom number, whereas near a degenerate peak ({@code ϑ → 1} at
 * {@code c → 0⁺}, where {@code ρ = ϑ/(2π(1 - ϑ))}) a small error of an interpolated filling is a
 * large error of the atoms. And one interpolation per phase replaces one per time step (whose
 * limiter clipped the peak at every step) or per output: measured on a 30-atom 133Cs tube at
 * 15 nK (48 × 36 grid), the stepped fillings lost 16% of the atoms in the 38 ms above zero and
 * gained 9% below; densities streamed output to output gained 0.3% per output (docs/experiment.md,
 * "Atoms through the crossing").
 */
final class FreeStreaming {

    private final ZeroCrossing model;
    private final ModeSpace side;
    private final PhaseSpaceInterpolation in;
    private final QuadratureGrid xg;
    private final LocalHydrodynamics.Fields bare;
    private final double maxStep;
    private final double[][] start;
    private final double since;

    /**
     * @param side the modes at {@code c → 0} (their model a {@link ZeroCrossing})
     * @param in the interpolation on the grid of {@code side}
     * @param xg the cells
     * @param potentialGradient {@code V'} at the cells
     * @param start the fillings at {@code c → 0} at {@code since}
     * @param since the start of the phase
     * @param cfl the CFL fraction of the Runge-Kutta steps
     */
    FreeStreaming(ModeSpace side, PhaseSpaceInterpolation in, QuadratureGrid xg,
            double[] potentialGradient, double[][] start, double since, double cfl) {
        this.model = (ZeroCrossing) side.model();
        this.side = side;
        this.in = in;
        this.xg = xg;
        this.bare = LocalHydrodynamics.bare(side, start.length, potentialGradient);
        this.maxStep = Characteristics.maxStep(bare, xg.weight(0), in, cfl, Double.NaN, 1);
        this.start = start;
        this.since = since;
    }

    /** The fillings at the start of the phase. */
    double[][] start() {
        return start;
    }

    /** The time of {@link #start()}. */
    double since() {
        return since;
    }

    /** The fillings at {@code c → 0} at {@code time >= since()}. */
    double[][] at(double time) {
        if (!(time > since)) {
            return start;
        }
        double[][] rho = new double[start.length][];
        IntStream.range(0, rho.length).parallel().forEach(i -> rho[i] = model
                .zeroCouplingDensity(side, start[i]));
        double[][] moved = stream(rho, time - since);
        double[][] out = new double[rho.length][];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = model
                .zeroCouplingFillingOf(side, moved[i]));
        return out;
    }

    /** The densities {@code ρ[i][mode]} after {@code duration} of free streaming. */
    private double[][] stream(double[][] density, double duration) {
        int steps = Math.max(1, (int) Math.ceil(duration / maxStep));
        double h = -duration / steps; // backwards in time, to the foot
        double[][] v = bare.velocity();
        double[][] f = bare.force();
        return Characteristics.onGrid(xg, side, density.length, density[0].length,
                (i, x, k, a) -> {
                    double px = x;
                    double pt = side.theta(k);
                    for (int s = 0; s < steps; s++) {
                        double k1x = in.at(v, a, px, pt, false);
                        double k1t = in.at(f, a, px, pt, false);
                        double k2x = in.at(v, a, px + 0.5 * h * k1x, pt + 0.5 * h * k1t, false);
                        double k2t = in.at(f, a, px + 0.5 * h * k1x, pt + 0.5 * h * k1t, false);
                        double k3x = in.at(v, a, px + 0.5 * h * k2x, pt + 0.5 * h * k2t, false);
                        double k3t = in.at(f, a, px + 0.5 * h * k2x, pt + 0.5 * h * k2t, false);
                        double k4x = in.at(v, a, px + h * k3x, pt + h * k3t, false);
                        double k4t = in.at(f, a, px + h * k3x, pt + h * k3t, false);
                        px += h * (k1x + 2 * k2x + 2 * k3x + k4x) / 6;
                        pt += h * (k1t + 2 * k2t + 2 * k3t + k4t) / 6;
                    }
                    return in.at(density, a, in.wrap(px), pt, true);
                });
    }
}
