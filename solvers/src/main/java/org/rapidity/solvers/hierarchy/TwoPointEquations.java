package org.rapidity.solvers.hierarchy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.solvers.kinetic.RapidityDerivative;

/**
 * The homogeneous two-point layer of the gBBGKY hierarchy, eqs. (47)-(48) in the form solved in
 * the paper's appendix C, (111)-(112), for the quasiparticle density {@code ρ_θ(t)} and the
 * two-point function {@code g_{θ1θ2}(z, t)}, {@code z = x1 - x2}, of one species, in the model's
 * units (no rescaling by {@code ξ}: the potential carries its {@code 1/ξ}).
 *
 * <h2>The equations</h2>
 * With {@code G(z)} the matrix of values {@code g(z; θ_i, θ_j)}, operators as operator matrices
 * (weights on the second index), {@code D} the derivative in rapidity acting on the first index
 * and {@code g(-z) = g(z)^T} (the symmetry {@code (θ1, x1) ↔ (θ2, x2)}):
 * <pre>
 *   ∂_t ρ = D Φ,        Φ_θ = ∫dz V'(z) Γ_θ(z),     Γ(z) = ∫dθ' g(z; θ, θ') = G(z) w,           (47)
 *   ∂_t G(z) = X(z) + X(-z)^T + δ(z) Σ0,                                                           (48)
 *   X(z) = -∂_z(A G) + ½ ∂_z²(𝔇 G)                      transport; Kubo closure of H g3, (50)
 *        + V'(z) D (ρ c^T + G Q^T)                       contact forcing, c = ∫dθ3 C_{·θ3}
 *        + (Dρ) ((V' ⋆ Γ)(z))^T,   (V' ⋆ Γ)(z) = ∫du V'(z + u) Γ(u),
 *   Q_{θγ} = ∫dθ3 C^γ_{θθ3},   Σ0 = -K[DΦ] + D K[Φ] + K[Φ] D^T,   K[x]_{θ1θ2} = ∫dγ C^γ_{θ1θ2} x_γ,
 * </pre>
 * with the flux Jacobian {@code A} (40), susceptibility {@code C} (43), its derivative {@code C^γ}
 * (45), and the diffusion matrix {@code 𝔇} (50), all of the current {@code ρ}. The bracket
 * {@code [·]_(1,2)} of (48) is {@code X(z) + X(-z)^T}: the second-index terms of (112) are the
 * mirror images of the first-index ones. {@code Σ0} is the coincident-point term of (48): its
 * first part removes {@code ∂_t C = C^γ ∂_t ρ_γ} (the contact correlations of the GGE follow
 * {@code ρ}), its second is the force on the singular part of the three-point function; in the
 * free limit it vanishes, (52).
 *
 * <h2>Readings of the printed equations (derived, then tested)</h2>
 * <ul>
 *   <li>(112): the Kubo term is {@code ½∂_x1(𝔇 ∂_x1 g)} (the printed {@code ½∂_x1 𝔇 g} lacks a
 *       derivative), and its last term is {@code g_{γ,θ3}}, as in (48).</li>
 *   <li>Normalisation of (50): the Kubo term must transport each leg of {@code g} by linearised
 *       Navier-Stokes GHD, {@code ∂_t δρ + ∂_x(A δρ) = ½∂_x(𝔇 ∂_x δρ)} with the diffusion matrix
 *       in the De Nardis-Bernard-Doyon normalisation ({@link TbaState#diffusionMatrix()}), i.e.
 *       {@code ½ H g3^sym → -½ 𝔇 ∂_x1 g}: (50) as printed has the opposite sign (it would make
 *       the term anti-diffusive on the left of (48)); (112)'s sign and factor ½ are the ones used
 *       here. A test checks the rate at which the Kubo term widens a correlation profile against
 *       {@code 2∫dz h1·𝔇 G h1 > 0}.</li>
 * </ul>
 *
 * <h2>Discretisation</h2>
 * Rapidity: a uniform grid; {@code D} is the eighth-order antisymmetric difference of
 * {@link RapidityDerivative#conservative}, so particle number is conserved to rounding, and the
 * integrations by parts behind momentum and energy conservation hold up to the values within
 * four nodes of the ends. Separations: the periodic {@link SeparationGrid}, spectral {@code ∂_z},
 * {@code δ(z) → 1/Δz} at {@code z = 0}, convolutions by FFT. The state is held in the normal
 * modes of a reference state ({@link NormalModes}), {@code G̃ = S G S^T}: the transport by the
 * reference velocities is the linear part {@code L} that the exponential integrator solves
 * exactly; {@link #rate} returns the rest, {@code N = ∂_t G̃ - L G̃}, with every coefficient
 * recomputed from the density it is given (each stage of each step). Cost per evaluation: four
 * products {@code N × N × N} per separation (three without the Kubo term) and {@code O(N³)} for
 * the coefficients.
 *
 * <p>Not thread-safe (scratch arrays); evaluations parallelise internally over separations.
 */
final class TwoPointEquations {

    private final ModeSpace space;
    private final SeparationGrid grid;
    private final boolean kubo;
    private final int n;
    private final int nz;
    private final int nn;
    private final DMatrixRMaj dTheta;
    private final double[] weights;
    private final double[] d1;
    private final double[] d2;
    private final double[] f;
    private final double[] p;
    private final double[] y;
    private final double[] x;
    private NormalModes cachedBasis;
    private DMatrixRMaj cachedDHat;

    /**
     * @param space one species on a uniform rapidity grid
     * @param grid the separations
     * @param kubo whether the {@code H g3} term is closed by the Kubo diffusion (else dropped)
     */
    TwoPointEquations(ModeSpace space, SeparationGrid grid, boolean kubo) {
        this.space = space;
        this.grid = grid;
        this.kubo = kubo;
        this.n = space.size();
        this.nz = grid.size();
        this.nn = n * n;
        this.dTheta = new RapidityDerivative(space.grid(0)).conservativeMatrix();
        this.weights = space.weights();
        int size = nz * nn;
        this.d1 = new double[size];
        this.d2 = new double[size];
        this.f = new double[size];
        this.p = new double[size];
        this.y = new double[size];
        this.x = new double[size];
    }

    /** Number of rapidity modes {@code N}. */
    int modes() {
        return n;
    }

    /** The separation grid. */
    SeparationGrid grid() {
        return grid;
    }

    /** The rapidity derivative {@code D} (do not modify). */
    DMatrixRMaj rapidityDerivative() {
        return dTheta;
    }

    /** The coefficients at a density produced by the evolution (tiny negative tails allowed). */
    TwoPointCoefficients coefficients(double[] rho) {
        return new TwoPointCoefficients(TbaState.fromEvolvedDensity(space, rho,
                Double.POSITIVE_INFINITY), kubo);
    }

    /**
     * The rate of the density and the non-transport part of the rate of the two-point function
     * in the mode basis: {@code dG = ∂_t G̃ - L G̃} with {@code L G̃_ij = -(v_i - v_j) ∂_z G̃_ij}
     * for the reference velocities of {@code basis}.
     *
     * @param basis the mode basis of {@code g}
     * @param rho density {@code ρ(θ_i)}
     * @param g {@code G̃(z_m)}, layout {@code (m N + i) N + j}
     * @param dRho out: {@code ∂_t ρ}
     * @param dG out: {@code ∂_t G̃ - L G̃}
     */
    void rate(NormalModes basis, double[] rho, double[] g, double[] dRho, double[] dG) {
        rate(basis, rho, g, null, null, dRho, dG, null);
    }

    /**
     * As {@link #rate(NormalModes, double[], double[], double[], double[])}, for the
     * {@code three-point} truncation when {@code layer} is given: the {@code H g3} and
     * {@code V' g3} feedbacks of {@code ĝ3} enter the two-point rate, and the contact sources of
     * (49) are written to {@code dG3} (which may be {@code g3} itself: it is read first).
     */
    void rate(NormalModes basis, double[] rho, double[] g, G3Spectrum g3, ThreePointLayer layer,
            double[] dRho, double[] dG, G3Spectrum dG3) {
        TwoPointCoefficients co = coefficients(rho);
        double[] v = basis.velocity();
        DMatrixRMaj ePrime = basis.similar(co.flux);
        for (int i = 0; i < n; i++) {
            ePrime.data[i * n + i] -= v[i];
        }
        DMatrixRMaj dPrime = kubo ? basis.similar(co.diffusion) : null;
        DMatrixRMaj qHat = basis.similar(co.q);
        DMatrixRMaj dHat = derivativeInBasis(basis);
        double[] rhoPrime = basis.apply(NormalModes.mult(dTheta, rho));
        double[] cHat = basis.apply(co.rowSums);
        double[] wHat = basis.weightsDual();
        double dz = grid.spacing();

        // Γ̃(z) = G̃(z) ŵ  (= S Γ(z)); Φ = S^{-1} ∫dz V' Γ̃ ; ∂_t ρ = D Φ
        double[] gamma = new double[nz * n];
        IntStream.range(0, nz).parallel().forEach(m -> {
            int base = m * nn;
            for (int i = 0; i < n; i++) {
                double s = 0;
                int row = base + i * n;
                for (int j = 0; j < n; j++) {
                    s += g[row + j] * wHat[j];
                }
                gamma[m * n + i] = s;
            }
        });
        double[] phiHat = new double[n];
        for (int m = 0; m < nz; m++) {
            double fm = grid.force(m) * dz;
            for (int i = 0; i < n; i++) {
                phiHat[i] += fm * gamma[m * n + i];
            }
        }
        double[] phi = basis.applyInverse(phiHat);
        double[] dPhi = NormalModes.mult(dTheta, phi);
        System.arraycopy(dPhi, 0, dRho, 0, n);

        // (V' ⋆ Γ̃)(z) = ∫du V'(z + u) Γ̃(u): spectrum Δz F_n conj(R_n)
        double[] conv = convolveForce(gamma);

        // transport remainder and Kubo: F = E'(-∂_z G̃) + 𝔇'(½ ∂_z² G̃)
        boolean transport = !Batch.isZero(ePrime);
        boolean diffusion = kubo && !Batch.isZero(dPrime);
        derivatives(g, transport || layer != null, diffusion);
        double[] threePoint = null;
        if (layer != null) {
            // the g3 source needs ∂_z G̃ = -d1; the feedbacks -½∂_z(H̃ g3) + D̂ ∫V' g3
            double[] dg = new double[d1.length];
            for (int k = 0; k < dg.length; k++) {
                dg[k] = -d1[k];
            }
            double[] yh = new double[d1.length];
            threePoint = new double[d1.length];
            layer.feedback(g3, ModeTensors.flux(co.state, basis), wHat, dHat, yh, threePoint);
            spectralDerivative(yh, -0.5);
            for (int k = 0; k < yh.length; k++) {
                threePoint[k] += yh[k];
            }
            layer.source(ModeTensors.kinetic(co.state, basis), dg, dG3);
        }
        if (transport && diffusion) {
            Batch.leftMultiply(Batch.stack(ePrime, dPrime), new double[][] {d1, d2}, n, nz, f);
        } else if (transport) {
            Batch.leftMultiply(ePrime, d1, n, nz, f);
        } else if (diffusion) {
            Batch.leftMultiply(dPrime, d2, n, nz, f);
        } else {
            Arrays.fill(f, 0);
        }

        // contact forcing V'(z) D̂ G̃(z) Q̂^T with G̃(z) Q̂^T = (Q̂ G̃(-z))^T
        double[] pq;
        if (Batch.isIdentity(qHat)) {
            pq = g;
        } else {
            Batch.leftMultiply(qHat, g, n, nz, p);
            pq = p;
        }
        IntStream.range(0, nz).parallel().forEach(m -> {
            int src = grid.mirror(m) * nn;
            int dst = m * nn;
            double fm = grid.force(m);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    y[dst + i * n + j] = fm * pq[src + j * n + i];
                }
            }
        });
        Batch.leftMultiply(dHat, y, n, nz, d1);

        // X(z) = F + V'(ρ̂' ĉ^T) + V' D̂ G̃ Q̂^T + ρ̂' conv^T (+ the three-point feedbacks)
        final double[] extra = threePoint;
        IntStream.range(0, nz).parallel().forEach(m -> {
            int base = m * nn;
            double fm = grid.force(m);
            for (int i = 0; i < n; i++) {
                int row = base + i * n;
                double ri = rhoPrime[i];
                for (int j = 0; j < n; j++) {
                    x[row + j] = f[row + j] + d1[row + j]
                            + ri * (fm * cHat[j] + conv[m * n + j]);
                    if (extra != null) {
                        x[row + j] += extra[row + j];
                    }
                }
            }
        });
        // ∂_t G̃(z) = X(z) + X(-z)^T
        IntStream.range(0, nz).parallel().forEach(m -> {
            int base = m * nn;
            int mir = grid.mirror(m) * nn;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    dG[base + i * n + j] = x[base + i * n + j] + x[mir + j * n + i];
                }
            }
        });
        // coincident-point term δ(z) Σ0 at z = 0
        DMatrixRMaj sigma = contactTerm(co, phi, dPhi);
        DMatrixRMaj sigmaHat = basis.congruent(sigma);
        for (int k = 0; k < nn; k++) {
            dG[k] += sigmaHat.data[k] / dz;
        }
    }

    /**
     * {@code Σ0 = -K[DΦ] + D K[Φ] + K[Φ] D^T}, the coincident-point source of (48) (density
     * basis, values), with the parts of {@code C^γ} that are singular on the diagonal
     * {@code θ1 = θ2} treated in closed form. From (45) (with its sign corrected, see
     * {@link TbaState#susceptibilityDerivative()}), {@code C^γ_{12} = δ(θ1-θ2)[δ(θ1-γ) F(θ1) +
     * Y(θ1, γ)] + (terms with δ(θ1-γ) or δ(θ2-γ) only) + regular}, with {@code F = f + n f'}
     * ({@code f' = df/dn}) and {@code Y(θ, γ) = -n² f' T(θ, γ)}. For the diagonal part the
     * continuum identities {@code (∂1+∂2)[δ(θ1-θ2) y(θ1)] = δ(θ1-θ2) y'(θ1)} give
     * <pre>
     *   Σ0^diag = δ(θ1-θ2) [F' Φ - Y·(∂Φ) + ∂(Y·Φ)](θ1),
     * </pre>
     * zero for free classical particles, where (52) says the whole term vanishes. Discretising
     * it this way (rather than differentiating the discrete {@code δ(θ1-θ2)} along the rows and
     * columns, which leaves a discrete null distribution of size {@code O(h^8)}) makes the
     * {@code a = 0} hierarchy coincide with the standard BBGKY equations to rounding; the rest,
     * {@code K_rest = K - K^diag}, is regular in {@code θ1 - θ2}.
     */
    DMatrixRMaj contactTerm(TwoPointCoefficients co, double[] phi, double[] dPhi) {
        double[] filling = co.state.filling();
        double[] fac = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double fprime = space.statistics(i).factorDerivative(filling[i]);
            fac[i] = space.statistics(i).factor(filling[i]) + filling[i] * fprime;
            y[i] = -filling[i] * filling[i] * fprime;
        }
        DMatrixRMaj kPhi = restContract(co, phi, fac, y);
        DMatrixRMaj kdPhi = restContract(co, dPhi, fac, y);
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(dTheta, kPhi, out);
        DMatrixRMaj right = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(kPhi, dTheta, right);
        CommonOps_DDRM.addEquals(out, right);
        CommonOps_DDRM.subtractEquals(out, kdPhi);
        // diagonal part: [F' Φ - Y·DΦ + D(Y·Φ)] / w
        double[] dF = NormalModes.mult(dTheta, fac);
        boolean quantum = false;
        for (double v : y) {
            quantum |= v != 0;
        }
        double[] yPhi = new double[n];
        double[] ydPhi = new double[n];
        if (quantum) {
            double[] tPhi = space.applyScatteringShift(phi);
            double[] tdPhi = space.applyScatteringShift(dPhi);
            for (int i = 0; i < n; i++) {
                yPhi[i] = y[i] * tPhi[i];
                ydPhi[i] = y[i] * tdPhi[i];
            }
        }
        double[] dyPhi = NormalModes.mult(dTheta, yPhi);
        for (int i = 0; i < n; i++) {
            out.data[i * n + i] += (dF[i] * phi[i] - ydPhi[i] + dyPhi[i]) / weights[i];
        }
        return out;
    }

    /** {@code K_rest[x] = K[x] - diag((F x + Y·x)/w)}: the part regular in {@code θ1 - θ2}. */
    private DMatrixRMaj restContract(TwoPointCoefficients co, double[] xv, double[] fac,
            double[] y) {
        DMatrixRMaj k = co.contract(xv);
        double[] tx = null;
        for (double v : y) {
            if (v != 0) {
                tx = space.applyScatteringShift(xv);
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            double diag = fac[i] * xv[i] + (tx == null ? 0 : y[i] * tx[i]);
            k.data[i * n + i] -= diag / weights[i];
        }
        return k;
    }

    private DMatrixRMaj derivativeInBasis(NormalModes basis) {
        if (basis != cachedBasis) {
            cachedDHat = basis.similar(dTheta);
            cachedBasis = basis;
        }
        return cachedDHat;
    }

    /** {@code conv[m N + i] = ∫du V'(z_m + u) Γ̃_i(u)} on the periodic grid. */
    double[] convolveForce(double[] gamma) {
        double[] force = grid.forceSpectrum();
        double dz = grid.spacing();
        double[] out = new double[nz * n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] r = new double[nz];
            for (int m = 0; m < nz; m++) {
                r[m] = gamma[m * n + i];
            }
            grid.forward(r);
            // Δz F_n conj(R_n); n = 0 and Nyquist are real
            r[0] = dz * force[0] * r[0];
            r[1] = dz * force[1] * r[1];
            for (int k = 1; k < nz / 2; k++) {
                double fr = force[2 * k];
                double fi = force[2 * k + 1];
                double rr = r[2 * k];
                double ri = r[2 * k + 1];
                r[2 * k] = dz * (fr * rr + fi * ri);
                r[2 * k + 1] = dz * (fi * rr - fr * ri);
            }
            grid.inverse(r);
            for (int m = 0; m < nz; m++) {
                out[m * n + i] = r[m];
            }
        });
        return out;
    }

    /** {@code a ← factor ∂_z a} on the separation grid, spectrally (every pair). */
    void spectralDerivative(double[] a, double factor) {
        IntStream.range(0, nn).parallel().forEach(p -> {
            double[] buf = new double[nz];
            for (int m = 0; m < nz; m++) {
                buf[m] = a[m * nn + p];
            }
            grid.forward(buf);
            grid.multiplyByIk(buf, 0, factor);
            grid.inverse(buf);
            for (int m = 0; m < nz; m++) {
                a[m * nn + p] = buf[m];
            }
        });
    }

    /** {@code d1 = -∂_z G̃} and {@code d2 = ½ ∂_z² G̃} (as requested), spectrally. */
    private void derivatives(double[] g, boolean first, boolean second) {
        if (!first && !second) {
            return;
        }
        Batch.forPairChunks(nn, (p0, width) -> {
            double[] buf = new double[width * nz];
            double[] buf2 = new double[width * nz];
            Batch.gatherPairs(g, nn, nz, p0, width, buf, 0);
            for (int b = 0; b < width; b++) {
                grid.forward(buf, b * nz);
            }
            if (second) {
                System.arraycopy(buf, 0, buf2, 0, buf.length);
                for (int b = 0; b < width; b++) {
                    grid.multiplyByMinusKSquared(buf2, b * nz, 0.5);
                    grid.inverse(buf2, b * nz);
                }
            }
            if (first) {
                for (int b = 0; b < width; b++) {
                    grid.multiplyByIk(buf, b * nz, -1);
                    grid.inverse(buf, b * nz);
                }
                Batch.scatterPairs(buf, nn, nz, p0, width, d1);
            }
            if (second) {
                Batch.scatterPairs(buf2, nn, nz, p0, width, d2);
            }
        });
    }
}
