package org.rapidity.solvers.ghd;

/**
 * Conservative semi-Lagrangian transport of a density along one line of uniform cells, in flux
 * form (the inherently conserving scheme of Zerroukat, Wood and Staniforth, Q. J. R. Meteorol.
 * Soc. 128, 2801 (2002), in one dimension): the atoms in cell {@code i} after a step are those
 * that were between the feet {@code ξ_{i-1/2}, ξ_{i+1/2}} of its two faces,
 * {@code ρ_i' Δx = M(ξ_{i+1/2}) - M(ξ_{i-1/2})}, with {@code M(x) = ∫^x ρ} the cumulative number,
 * known exactly at the faces and interpolated between them by a cubic Hermite polynomial. Its
 * slopes at the faces are the fourth-order face values of {@code ρ},
 * {@code (7(ρ_{j-1} + ρ_j) - (ρ_{j-2} + ρ_{j+1}))/12}, limited to {@code [0, 3 min(ρ_{j-1},
 * ρ_j)]}, where the Hermite cubic of a nondecreasing {@code M} stays nondecreasing (Fritsch and
 * Carlson, SIAM J. Numer. Anal. 17, 238 (1980)). So the atoms of the line are kept to rounding
 * (telescoping sums; only what crosses the box's ends leaves), the densities stay non-negative
 * when the feet are ordered, and a feature narrower than a cell is carried as the atoms it holds,
 * not sampled at the grid points.
 */
final class MassRemap {

    private MassRemap() {
    }

    /**
     * The densities after the step.
     *
     * @param rho densities on the cells (cell {@code i} centred at {@code x_0 + iΔx})
     * @param firstFace the position {@code x_0 - Δx/2} of the first face
     * @param dx the cell width {@code Δx}
     * @param feet {@code ξ_j}, the foot of face {@code j = 0 … n} (non-decreasing; a pair out of
     *     order is taken as coinciding)
     */
    static double[] carry(double[] rho, double firstFace, double dx, double[] feet) {
        int n = rho.length;
        double[] slope = new double[n + 1];
        for (int j = 1; j < n; j++) {
            double face = (7 * (rho[j - 1] + rho[j]) - (j >= 2 ? rho[j - 2] : rho[j - 1])
                    - (j + 1 < n ? rho[j + 1] : rho[j])) / 12;
            slope[j] = Math.max(0, Math.min(face, 3 * Math.min(rho[j - 1], rho[j])));
        }
        double[] out = new double[n];
        double foot = feet[0];
        int cell = cell(firstFace, dx, n, foot);
        double part = part(rho, slope, firstFace, dx, cell, foot);
        for (int j = 1; j <= n; j++) {
            foot = Math.max(foot, feet[j]);
            int next = cell(firstFace, dx, n, foot);
            double nextPart = part(rho, slope, firstFace, dx, next, foot);
            double atoms = nextPart - part; // M(ξ_j) - M(ξ_{j-1}), summed over the cells between
            for (int c = Math.max(cell, 0); c < next; c++) {
                atoms += rho[c] * dx;
            }
            out[j - 1] = atoms / dx;
            cell = next;
            part = nextPart;
        }
        return out;
    }

    /** The cell holding {@code ξ} ({@code -1} before the first face, {@code n} after the last). */
    private static int cell(double firstFace, double dx, int n, double xi) {
        double s = (xi - firstFace) / dx;
        return !(s > 0) ? -1 : s >= n ? n : (int) s;
    }

    /**
     * {@code M(ξ) - M(x_{j-1/2})} for {@code ξ} in cell {@code j}: the Hermite cubic of the
     * cumulative number within the cell (0 outside the box; the sums over whole cells are added
     * by the caller, so that no large cumulative number is subtracted).
     */
    private static double part(double[] rho, double[] slope, double firstFace, double dx, int j,
            double xi) {
        if (j < 0 || j >= rho.length) {
            return 0;
        }
        double u = Math.min(1, Math.max(0, (xi - firstFace) / dx - j));
        double u2 = u * u;
        double u3 = u2 * u;
        return dx * ((-2 * u3 + 3 * u2) * rho[j] + (u3 - 2 * u2 + u) * slope[j]
                + (u3 - u2) * slope[j + 1]);
    }
}
