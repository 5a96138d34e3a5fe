package org.rapidity.solvers.ghd;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Conservative transport of root densities along the characteristics of a phase-space flow that
 * keeps phase-space volume (Liouville: the free streaming of the crossing gap, {@code ∂_tρ +
 * v∂_xρ + F∂_θρ = 0} with {@code ∂_xv + ∂_θF = 0}). The cell {@code w_x(i) w_θ(k)} of a grid point
 * holds {@code ρ_a(x_i, θ_k) w_x w_θ} atoms of species {@code a}; it is split into
 * {@code S_x × S_θ} equal sub-cells, each carried forward to the end point of its centre's
 * characteristic, and its atoms deposited on the four grid points around that end point with
 * bilinear (cloud-in-cell) weights, divided by their cells' areas. The atoms of a cell are shared
 * among its sub-cells in proportion to the density interpolated at their centres (the limited
 * cubic of {@link PhaseSpaceInterpolation}: second order, and exact for a linear density), and the
 * deposit's smoothing ({@code ρ + (h²/12)∂²ρ} per direction, the second moment of the hat
 * function) is undone by the antidiffusive fluxes {@code (h/12)(ρ_{j+1} - ρ_j)} between
 * neighbours, limited as in flux-corrected transport (Zalesak, J. Comput. Phys. 31, 335 (1979))
 * so that no value leaves the range of its neighbours. So every species' number
 * {@code ∫dx∫dθ ρ_a} is kept to rounding, except the atoms carried out of the rapidity window or of
 * an open box (physically gone), and the result is never negative; a feature narrower than a cell
 * is averaged over the cells it lands in instead of being sampled at a point.
 *
 * <p>Why not the semi-Lagrangian interpolation at the feet: in a harmonic trap free streaming
 * turns phase space, so the narrow degenerate peak of a cold tube at {@code c → 0⁺} (a Bose peak
 * of width {@code ~√|μ|} in {@code θ}, two rapidity nodes on the 108-point grid of
 * {@code cs-fig2}) is turned into a ridge narrower than a position cell; sampled at the grid
 * points it lost 8.0% of the atoms of a 19-atom tube on 108 rapidities, 2.2% on 90 and gained
 * 0.4% on 72 (aliasing: the sign depends on where the ridge falls; docs/experiment.md,
 * "Free streaming in the gap").
 *
 * <p>{@code S_x, S_θ} are chosen from the flow itself: the end points of neighbouring grid points
 * are found first, and each direction is divided such that the end points of neighbouring
 * sub-cells lie at most half a grid spacing apart (in the larger of the two directions, in units
 * of the local spacing), at most {@link #MAX_SPLIT}.
 */
final class PhaseSpaceTransport {

    /** The most sub-cells per direction. */
    static final int MAX_SPLIT = 32;

    /** The end point of the characteristic of species {@code a} from {@code (x, θ)}. */
    @FunctionalInterface
    interface Flow {
        void end(int a, double x, double theta, double[] out);
    }

    private final QuadratureGrid xg;
    private final ModeSpace side;
    private final PhaseSpaceInterpolation in;
    private final boolean periodic;
    private final double x0;
    private final double dx;
    private final int nx;

    /**
     * @param xg the cells (uniform)
     * @param side the modes
     * @param in the interpolation on the grid (its boundary: periodic, or open with the atoms
     *     beyond the box gone)
     */
    PhaseSpaceTransport(QuadratureGrid xg, ModeSpace side, PhaseSpaceInterpolation in) {
        this.xg = xg;
        this.side = side;
        this.in = in;
        this.periodic = in.periodic();
        this.nx = xg.size();
        this.x0 = xg.node(0);
        this.dx = xg.weight(0);
    }

    /**
     * The densities {@code ρ[i][mode]} carried by {@code flow}; species {@code a} moves with the
     * characteristics of species {@code lead[a]} (the same nodes and fields), so that each
     * distinct flow is followed once.
     */
    double[][] carry(double[][] rho, Flow flow, int[] lead) {
        double[][] out = new double[nx][rho[0].length];
        for (int species = 0; species < side.speciesCount(); species++) {
            final int a = species;
            if (lead[a] != a) {
                continue;
            }
            double[] t = side.grid(a).nodes();
            int[] split = {1, 1};
            double[][][] ends = ends(flow, a, t, split);
            split[0] = split(ends, t, true);
            split[1] = split(ends, t, false);
            if (split[0] * split[1] > 1) {
                ends = ends(flow, a, t, split);
            }
            double[][][] e = ends;
            IntStream.range(0, side.speciesCount()).filter(b -> lead[b] == a).parallel()
                    .forEach(b -> {
                        depositAll(out, rho, b, t, split, e);
                        sharpen(out, b, t);
                    });
        }
        return out;
    }

    /** The centres {@code (x, θ)} of the sub-cells of grid point {@code (i, k)}. */
    private double[] starts(int i, int k, double[] t, int[] split) {
        int m = t.length;
        double lo = k == 0 ? t[0] - 0.5 * (t[1] - t[0]) : 0.5 * (t[k - 1] + t[k]);
        double hi = k == m - 1 ? t[m - 1] + 0.5 * (t[m - 1] - t[m - 2]) : 0.5 * (t[k] + t[k + 1]);
        double[] c = new double[2 * split[0] * split[1]];
        int p = 0;
        for (int u = 0; u < split[0]; u++) {
            double x = split[0] == 1 ? xg.node(i) : xg.node(i) + dx * ((u + 0.5) / split[0] - 0.5);
            for (int w = 0; w < split[1]; w++) {
                c[p++] = x;
                c[p++] = split[1] == 1 ? t[k] : lo + (hi - lo) * (w + 0.5) / split[1];
            }
        }
        return c;
    }

    /** End points {@code [i][k][2p..2p+1]} of the sub-cell centres of every grid point. */
    private double[][][] ends(Flow flow, int a, double[] t, int[] split) {
        double[][][] ends = new double[nx][t.length][];
        IntStream.range(0, nx).parallel().forEach(i -> {
            double[] o = new double[2];
            for (int k = 0; k < t.length; k++) {
                double[] e = starts(i, k, t, split);
                for (int p = 0; p < e.length; p += 2) {
                    flow.end(a, e[p], e[p + 1], o);
                    e[p] = o[0];
                    e[p + 1] = o[1];
                }
                ends[i][k] = e;
            }
        });
        return ends;
    }

    /**
     * The sub-cells per direction ({@code alongX}: neighbours in {@code x}) that bring the end
     * points of neighbours within half a grid spacing of each other.
     */
    private int split(double[][][] ends, double[] t, boolean alongX) {
        double stretch = 0;
        int m = t.length;
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < m; k++) {
                int j = alongX ? i + 1 : i;
                int l = alongX ? k : k + 1;
                if (j >= nx || l >= m) {
                    continue;
                }
                double[] p = ends[i][k];
                double[] q = ends[j][l];
                double ddx = q[0] - p[0];
                if (periodic) {
                    double length = nx * dx;
                    ddx -= length * Math.rint(ddx / length);
                }
                stretch = Math.max(stretch, Math.max(Math.abs(ddx) / dx,
                        Math.abs(q[1] - p[1]) / spacing(t, p[1])));
            }
        }
        return (int) Math.min(MAX_SPLIT, Math.max(1, Math.ceil(2 * stretch)));
    }

    /** The rapidity spacing of the nodes {@code t} near {@code θ}. */
    private static double spacing(double[] t, double theta) {
        int j = Math.max(0, Math.min(t.length - 2, PhaseSpaceInterpolation.bracket(t, theta)));
        return t[j + 1] - t[j];
    }

    /** Deposits the atoms of species {@code b}, sub-cell by sub-cell, into its columns of {@code out}. */
    private void depositAll(double[][] out, double[][] rho, int b, double[] t, int[] split,
            double[][][] ends) {
        int off = side.offset(b);
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < t.length; k++) {
                double atoms = rho[i][off + k] * xg.weight(i) * side.grid(b).weight(k);
                if (atoms == 0) {
                    continue;
                }
                double[] c = starts(i, k, t, split);
                double[] share = new double[c.length / 2];
                double sum = 0;
                for (int p = 0; p < share.length; p++) {
                    share[p] = share.length == 1 ? 1 : in.at(rho, b, c[2 * p], c[2 * p + 1], true);
                    sum += share[p];
                }
                double[] e = ends[i][k];
                for (int p = 0; p < share.length; p++) {
                    double part = sum > 0 ? share[p] / sum : 1.0 / share.length;
                    deposit(out, b, t, atoms * part, e[2 * p], e[2 * p + 1]);
                }
            }
        }
    }

    /** Deposits {@code atoms} of species {@code b} that ended at {@code (x, θ)}. */
    private void deposit(double[][] out, int b, double[] t, double atoms, double x,
            double theta) {
        int m = t.length;
        if (!(theta >= t[0] - 0.5 * (t[1] - t[0]) && theta < t[m - 1] + 0.5 * (t[m - 1]
                - t[m - 2]))) {
            return; // out of the rapidity window
        }
        int k0 = Math.max(0, Math.min(m - 2, PhaseSpaceInterpolation.bracket(t, theta)));
        double wk = Math.max(0, Math.min(1, (theta - t[k0]) / (t[k0 + 1] - t[k0])));
        if (periodic) {
            double length = nx * dx;
            x = x0 - 0.5 * dx + ((x - x0 + 0.5 * dx) % length + length) % length;
        } else if (!(x >= x0 - 0.5 * dx && x < x0 + (nx - 0.5) * dx)) {
            return; // out of the box
        }
        double s = (x - x0) / dx;
        int i0 = (int) Math.floor(s);
        double wi = s - i0;
        int i1 = i0 + 1;
        if (periodic) {
            i0 = Math.floorMod(i0, nx);
            i1 = Math.floorMod(i1, nx);
        } else {
            i0 = Math.max(0, Math.min(nx - 1, i0));
            i1 = Math.max(0, Math.min(nx - 1, i1));
        }
        int off = side.offset(b);
        double w0 = side.grid(b).weight(k0);
        double w1 = side.grid(b).weight(k0 + 1);
        out[i0][off + k0] += atoms * (1 - wi) * (1 - wk) / (xg.weight(i0) * w0);
        out[i0][off + k0 + 1] += atoms * (1 - wi) * wk / (xg.weight(i0) * w1);
        out[i1][off + k0] += atoms * wi * (1 - wk) / (xg.weight(i1) * w0);
        out[i1][off + k0 + 1] += atoms * wi * wk / (xg.weight(i1) * w1);
    }

    /** Undoes the deposit's smoothing of species {@code b}, along {@code x} then {@code θ}. */
    private void sharpen(double[][] out, int b, double[] t) {
        int off = side.offset(b);
        int m = t.length;
        double[] line = new double[nx];
        double[] size = xg.weights();
        for (int k = 0; k < m; k++) {
            for (int i = 0; i < nx; i++) {
                line[i] = out[i][off + k];
            }
            antidiffuse(line, size);
            for (int i = 0; i < nx; i++) {
                out[i][off + k] = line[i];
            }
        }
        double[] w = side.grid(b).weights();
        for (int i = 0; i < nx; i++) {
            double[] row = Arrays.copyOfRange(out[i], off, off + m);
            antidiffuse(row, w);
            System.arraycopy(row, 0, out[i], off, m);
        }
    }

    /**
     * One line of values {@code r} on cells of sizes {@code w}: the antidiffusive fluxes
     * {@code A_{j+1/2} = w̄(r_{j+1} - r_j)/12} (atoms from {@code j} to {@code j+1}), limited
     * (Zalesak) such that no value leaves the range of its neighbours and itself; no flux through
     * the ends. Keeps {@code Σ w r} to rounding.
     */
    static void antidiffuse(double[] r, double[] w) {
        int m = r.length;
        if (m < 3) {
            return;
        }
        double[] flux = new double[m - 1];
        for (int j = 0; j < m - 1; j++) {
            flux[j] = 0.5 * (w[j] + w[j + 1]) * (r[j + 1] - r[j]) / 12;
        }
        double[] up = new double[m];
        double[] down = new double[m];
        for (int j = 0; j < m; j++) {
            double in = 0;
            double out = 0;
            if (j > 0) {
                in += Math.max(0, flux[j - 1]);
                out += Math.max(0, -flux[j - 1]);
            }
            if (j < m - 1) {
                in += Math.max(0, -flux[j]);
                out += Math.max(0, flux[j]);
            }
            double lo = r[j];
            double hi = r[j];
            for (int q = Math.max(0, j - 1); q <= Math.min(m - 1, j + 1); q++) {
                lo = Math.min(lo, r[q]);
                hi = Math.max(hi, r[q]);
            }
            up[j] = in > 0 ? Math.min(1, (hi - r[j]) * w[j] / in) : 1;
            down[j] = out > 0 ? Math.min(1, (r[j] - lo) * w[j] / out) : 1;
        }
        for (int j = 0; j < m - 1; j++) {
            double f = flux[j];
            f *= f >= 0 ? Math.min(up[j + 1], down[j]) : Math.min(up[j], down[j + 1]);
            r[j] -= f / w[j];
            r[j + 1] += f / w[j + 1];
        }
    }
}
