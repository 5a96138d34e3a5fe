package org.rapidity.solvers.ghd;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The rapidity grids of the Bethe strings after the crossing of {@code c = 0} (solver parameter
 * {@code string_grid}). After the crossing the filling of an {@code n}-string in a thermal-like
 * state falls like {@code e^{-nβ(λ² + V - μ_n)}}: in rapidity it is a peak of width
 * {@code ~√(T/n)} (docs/experiment.md, "A rapidity grid per string"), a node or two of a grid made
 * for the atoms ({@code n = 1}). {@code 'thermal'} gives the {@code n}-string the common grid
 * scaled by {@code 1/√n} about its centre,
 * <pre>
 *   λ^{(n)}_k = λ_c + (λ_k - λ_c)/√n,     h_n = h/√n,     window [λ_c - L/√n, λ_c + L/√n],
 * </pre>
 * the same number of nodes per string (so the same number of modes and the same cost of a
 * dressing, without the Toeplitz blocks of a shared grid), and as many nodes across each string's
 * thermal width as the atoms have across theirs. The kernels between strings are then
 * rectangular blocks {@code T_nm(λ^{(n)}_k - λ^{(m)}_l)} of the dense matrix. Before the crossing
 * and inside its gap the strings share the grid: the dressing at {@code c → 0} is local in
 * {@code λ} and needs the same nodes for every string; the adiabatic map from {@code c → 0⁻} to
 * the gap's lower edge enters the strings' own grids ({@code ZeroCrossing#fillingFromZeroCoupling}
 * with a target space).
 */
final class StringGrids {

    /** The values of the solver parameter {@code string_grid}. */
    static final String COMMON = "common";
    static final String THERMAL = "thermal";

    private StringGrids() {
    }

    /**
     * The grids of {@code species} strings ({@code n = 1 … species}) from the common grid
     * {@code grid}: the common grid for each ({@code thermal} false), or the grid scaled by
     * {@code 1/√n} about its centre (uniform rule, the same number of nodes).
     */
    static List<QuadratureGrid> of(QuadratureGrid grid, int species, boolean thermal) {
        List<QuadratureGrid> out = new ArrayList<>(species);
        double centre = 0.5 * (grid.min() + grid.max());
        double half = 0.5 * (grid.max() - grid.min());
        for (int a = 0; a < species; a++) {
            double s = thermal ? half / Math.sqrt(a + 1) : half;
            out.add(a == 0 || !thermal ? grid : QuadratureGrid.uniform(centre - s, centre + s,
                    grid.size()));
        }
        return out;
    }
}
