package org.rapidity.solvers.hierarchy;

import java.util.Arrays;
import org.rapidity.framework.spi.BinnedTwoPointMoments;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.TwoPointMoments;

/**
 * The views of a hierarchy state that observables read besides its {@code TbaState}: the energy
 * budget and the rapidity moments of {@code g2}. Immutable (values computed when it is made).
 *
 * <h2>Energy</h2>
 * Kinetic energy {@code ∫dθ ρ E(θ)} (for hard rods {@code E = θ²/2}, unit mass), and the
 * interaction energy in the convention of {@link EnergyBudget},
 * <pre>
 *   e_int = ½ ρ̄² V̂(0) + ½ V(0) (C₀₀ - ρ̄) + ½ ∫dz V(z) ∫dθ1dθ2 g(z; θ1, θ2),
 * </pre>
 * with {@code V} on the separation grid ({@link SeparationGrid}: the same {@code V} the dynamics
 * uses, so that the two-point layer conserves {@code e_kin + e_int}; the middle term is the
 * energy of the contact correlations {@code δ(z) C} that follow {@code ρ}, whose rate cancels the
 * coincident-point term of (48)). The sum over the grid is the trapezoid rule of the periodic
 * grid.
 *
 * <h2>Moments</h2>
 * {@link TwoPointMoments} measures separations from the {@code θ1} particle to the {@code θ2}
 * one, {@code s = x2 - x1 = -z}: {@code G_{αβ}(s) = ∫θ1^α θ2^β g(z = -s)}, at the grid nodes
 * {@code s_k = kΔz >= 0}, {@code k = 0 … Nz/2}, with widths {@code Δz/2} for the two end nodes
 * ({@code s = 0}, whose mirror is itself, and {@code s = L}, shared with {@code -L}) and
 * {@code Δz} for the others, so that {@link #integral} is exactly the sum over the periodic grid.
 * In a phase where {@code g} is not evolved (after the hand-off to the Landau equation), the
 * moments are NaN and the interaction energy keeps its value at the hand-off (the Landau equation
 * conserves the kinetic energy {@code ∫ρE}, hence the interaction energy of a closed system).
 */
final class HierarchySnapshot extends BinnedTwoPointMoments implements EnergyBudget {

    private final double kinetic;
    private final double interaction;
    private final double[][] moments;

    private HierarchySnapshot(double kinetic, double interaction, double[] separations,
            double[] widths, double[][] moments) {
        super(separations, widths);
        this.kinetic = kinetic;
        this.interaction = interaction;
        this.moments = moments;
    }

    /**
     * The views of a hierarchy state.
     *
     * @param kinetic {@code ∫ρE}
     * @param contact {@code ½ρ̄²V̂(0) + ½V(0)(C₀₀ - ρ̄)}
     * @param grid separations
     * @param basis mode basis of {@code g}
     * @param thetas rapidities of the modes
     * @param weights quadrature weights
     * @param g {@code G̃(z_m)} (null for {@code g = 0})
     */
    static HierarchySnapshot of(double kinetic, double contact, SeparationGrid grid,
            NormalModes basis, double[] thetas, double[] weights, double[] g) {
        int n = thetas.length;
        int nz = grid.size();
        int half = nz / 2;
        double[] s = new double[half + 1];
        double[] w = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            s[k] = k * grid.spacing();
            w[k] = (k == 0 || k == half) ? 0.5 * grid.spacing() : grid.spacing();
        }
        // u_α = S^{-T}(w θ^α): ∫dθ θ^α g(θ, ·) = u_α · G̃
        double[][] u = new double[3][n];
        double[][] wt = new double[3][n];
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                wt[a][i] = weights[i] * Math.pow(thetas[i], a);
            }
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += basis.sInverse().get(i, j) * wt[a][i];
                }
                u[a][j] = acc;
            }
        }
        double[][] mom = new double[9][half + 1];
        double pair = 0;
        if (g != null) {
            int nn = n * n;
            for (int k = 0; k <= half; k++) {
                int m = grid.mirror(k); // z = -s_k
                for (int a = 0; a < 3; a++) {
                    double[] left = new double[n];
                    for (int j = 0; j < n; j++) {
                        double acc = 0;
                        for (int i = 0; i < n; i++) {
                            acc += u[a][i] * g[m * nn + i * n + j];
                        }
                        left[j] = acc;
                    }
                    for (int b = 0; b < 3; b++) {
                        double acc = 0;
                        for (int j = 0; j < n; j++) {
                            acc += left[j] * u[b][j];
                        }
                        mom[3 * a + b][k] = acc;
                    }
                }
            }
            for (int m = 0; m < nz; m++) {
                double acc = 0;
                int base = m * nn;
                for (int i = 0; i < n; i++) {
                    double row = 0;
                    for (int j = 0; j < n; j++) {
                        row += g[base + i * n + j] * u[0][j];
                    }
                    acc += u[0][i] * row;
                }
                pair += grid.potential(m) * acc;
            }
            pair *= 0.5 * grid.spacing();
        }
        return new HierarchySnapshot(kinetic, contact + pair, s, w, mom);
    }

    /** Views when {@code g} is not tracked: moments NaN, the interaction energy as given. */
    static HierarchySnapshot untracked(double kinetic, double interaction, SeparationGrid grid) {
        int half = grid.size() / 2;
        double[] s = new double[half + 1];
        double[] w = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            s[k] = k * grid.spacing();
            w[k] = (k == 0 || k == half) ? 0.5 * grid.spacing() : grid.spacing();
        }
        double[][] mom = new double[9][half + 1];
        for (double[] row : mom) {
            Arrays.fill(row, Double.NaN);
        }
        return new HierarchySnapshot(kinetic, interaction, s, w, mom);
    }

    @Override
    public double kineticEnergyDensity() {
        return kinetic;
    }

    @Override
    public double interactionEnergyDensity() {
        return interaction;
    }

    @Override
    protected double[] momentsAt(int alpha, int beta) {
        return moments[3 * alpha + beta].clone();
    }
}
