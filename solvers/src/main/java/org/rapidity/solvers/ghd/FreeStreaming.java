package org.rapidity.solvers.ghd;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Free streaming at {@code c → 0} inside the crossing gap (docs/solvers/ghd.md, "Crossing
 * {@code c = 0}"): the dressing is local, so the fields are the bare ones, {@code v = E'/p'},
 * {@code F = -V'h_0/p'}, fixed in time, and the root densities {@code ρ_a(x, θ)} obey the
 * Liouville equation {@code ∂_tρ + v∂_xρ + F∂_θρ = 0} of a Hamiltonian flow (phase-space volume
 * kept, and each species' number {@code ∫dx∫dθ ρ_a}; for Lieb-Liniger {@code v = 2θ},
 * {@code F = -V'} for every species, so all strings share one set of characteristics).
 *
 * <p>One instance is one free phase, from the fillings {@code start} at time {@code since}: the
 * state at a later time is computed from {@code start} directly, the atoms of every phase-space
 * cell carried forward along the characteristics and deposited conservatively
 * ({@link PhaseSpaceTransport}). The densities, not the fillings, are carried: they are linear in
 * the atom number, whereas near a degenerate peak ({@code ϑ → 1} at {@code c → 0⁺}, where
 * {@code ρ = ϑ/(2π(1 - ϑ))}) a small error of a filling is a large error of the atoms. Measured on
 * a 30-atom 133Cs tube at 15 nK (48 × 36 grid), stepping the fillings lost 16% of the atoms in the
 * 38 ms above zero and gained 9% below (docs/experiment.md, "Atoms through the crossing"); the
 * density interpolated at the characteristics' feet (the scheme before the conservative transport)
 * sampled the trap's turned degenerate peak, a ridge narrower than a position cell, and changed a
 * 19-atom tube's atoms by +0.4%, −2.2%, −8.0% on 72, 90, 108 rapidities (docs/experiment.md,
 * "Free streaming in the gap").
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
    private final int[] lead;

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
        this.lead = leads(side, bare);
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
        double[][] moved = carry(rho, time - since);
        double[][] out = new double[rho.length][];
        IntStream.range(0, out.length).parallel().forEach(i -> out[i] = model
                .zeroCouplingFillingOf(side, moved[i]));
        return out;
    }

    /**
     * The densities after {@code duration}, carried forward conservatively
     * ({@link PhaseSpaceTransport}) along the characteristics, each integrated by the classical
     * Runge-Kutta method in steps of the bare fields' CFL bound.
     */
    private double[][] carry(double[][] density, double duration) {
        int steps = Math.max(1, (int) Math.ceil(duration / maxStep));
        double h = duration / steps;
        double[][] v = bare.velocity();
        double[][] f = bare.force();
        return new PhaseSpaceTransport(xg, side, in).carry(density,
                (a, x, theta, out) -> {
                    double px = x;
                    double pt = theta;
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
                    out[0] = px;
                    out[1] = pt;
                }, lead);
    }

    /**
     * The species whose characteristics species {@code a} shares: the first with the same
     * rapidity nodes and the same bare fields at every cell (for Lieb-Liniger at {@code c → 0}
     * every string has {@code v = 2θ}, {@code F = -V'}, so all share the first's).
     */
    private static int[] leads(ModeSpace side, LocalHydrodynamics.Fields bare) {
        int species = side.speciesCount();
        int[] lead = new int[species];
        for (int a = 0; a < species; a++) {
            lead[a] = a;
            for (int b = 0; b < a && lead[a] == a; b++) {
                if (lead[b] == b && sameFlow(side, bare, a, b)) {
                    lead[a] = b;
                }
            }
        }
        return lead;
    }

    private static boolean sameFlow(ModeSpace side, LocalHydrodynamics.Fields bare, int a,
            int b) {
        if (!Arrays.equals(side.grid(a).nodes(), side.grid(b).nodes())) {
            return false;
        }
        int m = side.grid(a).size();
        for (int i = 0; i < bare.velocity().length; i++) {
            for (int k = 0; k < m; k++) {
                int p = side.offset(a) + k;
                int q = side.offset(b) + k;
                if (!close(bare.velocity()[i][p], bare.velocity()[i][q])
                        || !close(bare.force()[i][p], bare.force()[i][q])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Equal to rounding ({@code -V' n/n} for an n-string). */
    private static boolean close(double u, double w) {
        return Math.abs(u - w) <= 1e-12 * Math.max(Math.abs(u), Math.abs(w));
    }
}
