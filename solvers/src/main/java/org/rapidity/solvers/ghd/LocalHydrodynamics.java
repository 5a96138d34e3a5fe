package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The local GHD quantities at every position: the state {@code n(x_i, ·)}, its effective
 * velocity and its effective acceleration (strings paper, after (S9); Doyon–Yoshimura for the
 * potential; Bastianello–De Luca–Doyon–De Nardis for {@code ∂_t c}),
 * <pre>
 *   v^eff = (E')^dr/(p')^dr,
 *   F^eff = f^dr/(p')^dr,     f = -∂_xV h_0 - 2π ∂_t c ∂_c Z,
 *   ∂_c Z_a(θ) = ∂_c p_a(θ)/2π + Σ_b ∫dθ' ∂_cΘ_ab(θ, θ') ρ_b(θ'),
 * </pre>
 * with {@code h_0} the particle number of a quasiparticle (the potential couples to it) and
 * {@code Θ} the scattering phase of {@link CouplingDependent} ({@code Θ = -Φ/2π} for the
 * strings paper's {@code Φ}, whose force term {@code ∂_t c Σ∫dλ'/2π ∂_cΦ (p')^dr ϑ} is this
 * one). Derivation of the coupling term: at fixed quantum numbers the filling is a function of
 * the counting function {@code Z = p/2π + ∫Θρ}, so {@code ∂_tϑ + F∂_θϑ = 0} with
 * {@code F = -∂_tZ/Z'}; {@code ∂_tZ = ∂_t c ∂_cZ + ∫Θ∂_tρ} and
 * {@code ∂_tρ = ∂_θ(ϑ ∂_tZ)} give {@code ∂_tZ = (∂_t c ∂_cZ)^dr}, and {@code Z' = (p')^dr/2π}.
 * Every quantity of one position uses one factorisation of its dressing operator (the model's
 * own: the string dressing for Bethe strings); positions are computed in parallel.
 */
final class LocalHydrodynamics {

    /** The fields at one time: states, {@code v^eff[i][mode]}, {@code F^eff[i][mode]}. */
    record Fields(TbaState[] states, double[][] velocity, double[][] force) {
    }

    private LocalHydrodynamics() {
    }

    /**
     * The fields of the fillings {@code fill[i]}.
     *
     * @param space modes at the current coupling
     * @param fill fillings per position
     * @param potentialGradient {@code ∂_xV(x_i)} (model energy / length)
     * @param couplingRate {@code ∂_t c} (0 without a ramp)
     */
    static Fields compute(ModeSpace space, double[][] fill, double[] potentialGradient,
            double couplingRate) {
        return compute(space, fill, potentialGradient, couplingRate, new CellStates(false,
                false));
    }

    /**
     * The fields of the fillings {@code fill[i]}, the states dressed by {@code cells} (each
     * distinct filling once, {@link CellStates}).
     */
    static Fields compute(ModeSpace space, double[][] fill, double[] potentialGradient,
            double couplingRate, CellStates cells) {
        int nx = fill.length;
        int n = space.size();
        TbaState[] states = cells.of(space, fill);
        double[][] v = new double[nx][];
        double[][] f = new double[nx][];
        double[] h0 = space.particleNumber();
        CouplingPhase phase = couplingRate == 0 ? null
                : CouplingPhase.of(space, fill);
        double[][] dzs = phase == null ? null : phase.derivatives(states);
        IntStream.range(0, nx).parallel().forEach(i -> {
            TbaState s = states[i];
            v[i] = s.effectiveVelocity();
            double g = potentialGradient[i];
            if (g == 0 && phase == null) {
                f[i] = new double[n];
                return;
            }
            double[] source = new double[n];
            for (int k = 0; k < n; k++) {
                source[k] = -g * h0[k];
            }
            if (phase != null) {
                double[] dz = dzs[i];
                for (int k = 0; k < n; k++) {
                    source[k] -= 2 * Math.PI * couplingRate * dz[k];
                }
            }
            double[] dressed = s.dress(source);
            double[] rt = s.totalDensity();
            for (int k = 0; k < n; k++) {
                dressed[k] /= 2 * Math.PI * rt[k];
            }
            f[i] = dressed;
        });
        return new Fields(states, v, f);
    }

    /**
     * The fields of free quasiparticles ({@code c → 0}, where the dressing is local and cancels
     * between numerator and denominator): {@code v = E'/p'}, {@code F = -∂_xV h_0/p'}; the same
     * at every time.
     */
    static Fields bare(ModeSpace space, int nx, double[] potentialGradient) {
        double[] vb = space.bareVelocity();
        double[] h0 = space.particleNumber();
        double[] pp = space.momentumDerivative();
        double[][] v = new double[nx][];
        double[][] f = new double[nx][];
        for (int i = 0; i < nx; i++) {
            v[i] = vb.clone();
            f[i] = new double[vb.length];
            for (int k = 0; k < vb.length; k++) {
                f[i][k] = -potentialGradient[i] * h0[k] / pp[k];
            }
        }
        return new Fields(null, v, f);
    }

    /**
     * {@code ∂_c Z} of the states of one time: the matrix {@code ∂_cΘ(θ_k, θ_j) w_j}, built once
     * for the columns {@code j} that carry quasiparticles somewhere (a column whose density is
     * below {@code 10⁻¹⁸} of the total at every position is dropped: its contribution is under
     * rounding).
     */
    static final class CouplingPhase {
        private final int n;
        private final int[] columns;
        private final double[] matrix;
        private final double[] momentumTerm;

        private CouplingPhase(int n, int[] columns, double[] matrix, double[] momentumTerm) {
            this.n = n;
            this.columns = columns;
            this.matrix = matrix;
            this.momentumTerm = momentumTerm;
        }

        static CouplingPhase of(ModeSpace space, double[][] fill) {
            if (!(space.model() instanceof CouplingDependent)) {
                throw new IllegalStateException("a coupling ramp needs a CouplingDependent model");
            }
            CouplingDependent cd = (CouplingDependent) space.model();
            int n = space.size();
            // occupation of each column over all positions (filling × weight as a proxy for ρ)
            double[] occ = new double[n];
            double total = 0;
            for (double[] row : fill) {
                for (int j = 0; j < n; j++) {
                    occ[j] = Math.max(occ[j], row[j] * space.weight(j));
                }
            }
            for (double o : occ) {
                total += o;
            }
            int[] cols = new int[n];
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (occ[j] > 1e-18 * total) {
                    cols[count++] = j;
                }
            }
            int m = count;
            int[] columns = java.util.Arrays.copyOf(cols, m);
            // the difference structure (one value per species pair and node offset) where the
            // model has it: N² table look-ups instead of N² kernel evaluations
            double[] all = space.pairValues(cd::scatteringPhaseCouplingDerivative,
                    space.model().isDifferenceKernel());
            double[] mat = new double[n * m];
            for (int k = 0; k < n; k++) {
                for (int c = 0; c < m; c++) {
                    int j = columns[c];
                    mat[k * m + c] = all[k * n + j] * space.weight(j);
                }
            }
            double[] mom = new double[n];
            for (int k = 0; k < n; k++) {
                mom[k] = cd.momentumCouplingDerivative(space.species(k), space.theta(k))
                        / (2 * Math.PI);
            }
            return new CouplingPhase(n, columns, mat, mom);
        }

        /** {@code ∂_c Z} of the density {@code ρ}. */
        double[] derivative(double[] rho) {
            return derivatives(new double[][] {rho})[0];
        }

        /**
         * {@code ∂_c Z} of the densities of {@code states}, {@code [state][mode]}: each row
         * of the matrix is read once for all states (four rows side by side, in parallel), each
         * entry summed in the order of the columns as one row times one density would.
         */
        double[][] derivatives(TbaState[] states) {
            double[][] rho = new double[states.length][];
            for (int i = 0; i < states.length; i++) {
                rho[i] = states[i].density();
            }
            return derivatives(rho);
        }

        private double[][] derivatives(double[][] rho) {
            int m = columns.length;
            int cells = rho.length;
            double[][] r = new double[cells][m];
            double[][] out = new double[cells][n];
            for (int i = 0; i < cells; i++) {
                for (int c = 0; c < m; c++) {
                    r[i][c] = rho[i][columns[c]];
                }
            }
            IntStream.range(0, (n + 3) / 4).parallel().forEach(block -> {
                int k = 4 * block;
                if (k + 3 >= n) {
                    for (; k < n; k++) {
                        for (int i = 0; i < cells; i++) {
                            double s = momentumTerm[k];
                            for (int c = 0; c < m; c++) {
                                s += matrix[k * m + c] * r[i][c];
                            }
                            out[i][k] = s;
                        }
                    }
                    return;
                }
                int row = k * m;
                for (int i = 0; i < cells; i++) {
                    double[] ri = r[i];
                    double s0 = momentumTerm[k];
                    double s1 = momentumTerm[k + 1];
                    double s2 = momentumTerm[k + 2];
                    double s3 = momentumTerm[k + 3];
                    for (int c = 0; c < m; c++) {
                        double x = ri[c];
                        s0 += matrix[row + c] * x;
                        s1 += matrix[row + m + c] * x;
                        s2 += matrix[row + 2 * m + c] * x;
                        s3 += matrix[row + 3 * m + c] * x;
                    }
                    out[i][k] = s0;
                    out[i][k + 1] = s1;
                    out[i][k + 2] = s2;
                    out[i][k + 3] = s3;
                }
            });
            return out;
        }
    }
}
