package org.rapidity.framework.tba;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * A homogeneous (generalised Gibbs) state of an integrable model on a discretised mode space,
 * and every TBA quantity derived from it. Immutable: the derived quantities are computed on
 * first use, once, and cached; the dressing operator is factored once and reused by all of
 * them.
 *
 * <p>Notation follows the gBBGKY paper §III.D (eqs. (35)-(46)): quasiparticle density
 * {@code ρ}, filling {@code n = ρ/ρ^t}, density of states {@code ρ^t = (p')^dr/2π}, rotation
 * matrix {@code R = 1 - T n} and {@code R^t = 1 - nT}, statistical factor {@code f}. Mode
 * vectors hold nodal values; matrices are operator matrices and tensors carry the weights of
 * every index but the first (see {@link ModeSpace}). Units are those of the model
 * ({@link IntegrableModel#units()}).
 */
public final class TbaState {

    private static final double TWO_PI = 2 * Math.PI;

    private final ModeSpace space;
    private final double[] rho;
    private final double[] filling;
    private final double[] rhoTotal;

    private final Lazy<Dressing> dressing;
    private final Lazy<double[]> effectiveVelocity;
    private final Lazy<DMatrixRMaj> rInverseT;
    private final Lazy<DMatrixRMaj> rTransposed;
    private final Lazy<DMatrixRMaj> dressedScatteringShift;
    private final Lazy<DMatrixRMaj> susceptibility;
    private final Lazy<DMatrixRMaj> fluxJacobian;
    private final Lazy<DMatrixRMaj> diffusionMatrix;
    private final Lazy<Tensor3> susceptibilityDerivative;
    private final Lazy<Tensor3> fluxHessian;
    private final Lazy<Tensor3> threePointKineticTensor;

    private TbaState(ModeSpace space, double[] rho, double[] filling, double[] rhoTotal,
            Dressing knownDressing) {
        this.space = space;
        this.rho = rho;
        this.filling = filling;
        this.rhoTotal = rhoTotal;
        this.dressing = new Lazy<>(() -> knownDressing != null ? knownDressing
                : space.model().dressing(space, filling));
        this.effectiveVelocity = new Lazy<>(this::computeEffectiveVelocity);
        this.rInverseT = new Lazy<>(() -> dressing().inverseTransposed());
        this.rTransposed = new Lazy<>(this::computeRTransposed);
        this.dressedScatteringShift = new Lazy<>(this::computeDressedScatteringShift);
        this.susceptibility = new Lazy<>(this::computeSusceptibility);
        this.fluxJacobian = new Lazy<>(this::computeFluxJacobian);
        this.diffusionMatrix = new Lazy<>(() -> new TbaTensors(this).diffusionMatrix());
        this.susceptibilityDerivative =
                new Lazy<>(() -> new TbaTensors(this).susceptibilityDerivative());
        this.fluxHessian = new Lazy<>(() -> new TbaTensors(this).fluxHessian());
        this.threePointKineticTensor =
                new Lazy<>(() -> new TbaTensors(this).threePointKineticTensor());
    }

    /**
     * The state with quasiparticle density {@code ρ}. The density of states follows linearly,
     * {@code ρ^t = p'/2π + T ρ} (the dressing equation for {@code (p')^dr} rewritten with
     * {@code n ρ^t = ρ}), and {@code n = ρ/ρ^t}.
     *
     * @throws InvalidInputException if {@code ρ} is negative or not finite, if the model rejects
     *     it, or if the density of states is not positive
     */
    public static TbaState fromDensity(ModeSpace space, double[] rho) {
        checkLength(space, rho, "density");
        for (int i = 0; i < rho.length; i++) {
            if (!Double.isFinite(rho[i]) || rho[i] < 0) {
                throw new InvalidInputException("state", "quasiparticle density must be finite"
                        + " and >= 0, got " + rho[i] + " at θ = " + space.theta(i));
            }
        }
        space.model().checkDensity(space, rho);
        TbaState s = fromDensityUnchecked(space, rho);
        checkFilling(space, s.filling);
        return s;
    }

    /**
     * The state of a density produced by a time evolution: like {@link #fromDensity}, but
     * tolerating the tiny negative values (down to {@code -1e-9} of the largest density) that an
     * integrator leaves in the empty tails; they are kept as they are, so that conserved
     * quantities stay exact.
     *
     * @throws InvalidInputException if a density is not finite or clearly negative
     */
    public static TbaState fromEvolvedDensity(ModeSpace space, double[] rho) {
        double max = 0;
        for (double r : rho) {
            max = Math.max(max, Math.abs(r));
        }
        return fromEvolvedDensity(space, rho, 1e-9 * max);
    }

    /**
     * {@link #fromEvolvedDensity(ModeSpace, double[])} with an explicit floor: densities down to
     * {@code -floor} are accepted (an adaptive integrator's absolute tolerance allows errors of
     * that size in the empty tails).
     */
    public static TbaState fromEvolvedDensity(ModeSpace space, double[] rho, double floor) {
        checkLength(space, rho, "density");
        for (double r : rho) {
            if (!Double.isFinite(r)) {
                throw new InvalidInputException("solver", "the evolution produced a non-finite"
                        + " density; reduce the solver tolerance or refine the grid");
            }
        }
        for (int i = 0; i < rho.length; i++) {
            if (rho[i] < -floor) {
                throw new InvalidInputException("solver", "the evolution produced a negative"
                        + " density " + rho[i] + " at θ = " + space.theta(i) + "; reduce the"
                        + " solver tolerance or refine the grid");
            }
        }
        return fromDensityUnchecked(space, rho);
    }

    /**
     * {@link #fromDensity} without the admissibility checks on {@code ρ} and {@code n}, for
     * derivatives by finite differences, which step slightly outside the physical domain. The
     * density of states must still be positive.
     */
    static TbaState fromDensityUnchecked(ModeSpace space, double[] rho) {
        double[] rt = space.applyScatteringShift(rho);
        double[] pPrime = space.momentumDerivative();
        double[] n = new double[rho.length];
        for (int i = 0; i < rho.length; i++) {
            rt[i] += pPrime[i] / TWO_PI;
            if (!(rt[i] > 0) || !Double.isFinite(rt[i])) {
                throw new InvalidInputException("state", "the density of states ρ^t = "
                        + rt[i] + " is not positive at θ = " + space.theta(i)
                        + ": the model cannot hold this density");
            }
            n[i] = rho[i] / rt[i];
        }
        return new TbaState(space, rho.clone(), n, rt, null);
    }

    /**
     * The state with filling {@code n}: {@code ρ^t = (p')^dr/2π} by one dressing, and
     * {@code ρ = n ρ^t}.
     *
     * @throws InvalidInputException if the filling is not admissible for the statistics
     */
    public static TbaState fromFilling(ModeSpace space, double[] filling) {
        checkLength(space, filling, "filling");
        checkFilling(space, filling);
        double[] n = filling.clone();
        return fromFilling(space, n, space.model().dressing(space, n));
    }

    /**
     * As {@link #fromFilling(ModeSpace, double[])}, with the dressing operator of this filling
     * supplied by the caller: another solver of the same operator (e.g. an iterative one), which
     * every quantity of the state then uses.
     *
     * @throws InvalidInputException if the filling is not admissible for the statistics
     */
    public static TbaState fromFilling(ModeSpace space, double[] filling, Dressing d) {
        checkLength(space, filling, "filling");
        checkFilling(space, filling);
        if (d.size() != filling.length) {
            throw new IllegalArgumentException("dressing of " + d.size() + " modes for a"
                    + " filling of " + filling.length);
        }
        double[] n = filling.clone();
        double[] rt = d.dress(space.momentumDerivative());
        double[] rho = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            rt[i] /= TWO_PI;
            if (!(rt[i] > 0) || !Double.isFinite(rt[i])) {
                throw new InvalidInputException("state", "the density of states ρ^t = "
                        + rt[i] + " is not positive at θ = " + space.theta(i));
            }
            rho[i] = n[i] * rt[i];
        }
        TbaState s = new TbaState(space, rho, n, rt, d);
        space.model().checkDensity(space, rho);
        return s;
    }

    private static void checkLength(ModeSpace space, double[] v, String what) {
        if (v.length != space.size()) {
            throw new IllegalArgumentException(what + " has " + v.length + " values but the mode"
                    + " space has " + space.size());
        }
    }

    private static void checkFilling(ModeSpace space, double[] n) {
        for (int i = 0; i < n.length; i++) {
            double x = n[i];
            boolean ok = Double.isFinite(x) && x >= 0
                    && (space.statistics(i) != Statistics.FERMIONIC || x <= 1);
            if (!ok) {
                throw new InvalidInputException("state", "filling " + x + " at θ = "
                        + space.theta(i) + " is not admissible for "
                        + space.statistics(i).label() + " statistics"
                        + (space.statistics(i) == Statistics.FERMIONIC ? " (need 0 <= n <= 1)"
                                : " (need n >= 0)"));
            }
        }
    }

    // ------------------------------------------------------------------ basic quantities

    /** The mode space. */
    public ModeSpace space() {
        return space;
    }

    /** The model. */
    public IntegrableModel model() {
        return space.model();
    }

    /** Number of modes. */
    public int size() {
        return rho.length;
    }

    /** Quasiparticle density {@code ρ(θ_i)} (copy). */
    public double[] density() {
        return rho.clone();
    }

    /** Filling {@code n(θ_i) = ρ/ρ^t} (copy). */
    public double[] filling() {
        return filling.clone();
    }

    /** Density of states {@code ρ^t(θ_i) = (p')^dr/2π} (copy). */
    public double[] totalDensity() {
        return rhoTotal.clone();
    }

    /** The factored dressing operator of this state. */
    public Dressing dressing() {
        return dressing.get();
    }

    /** {@code h^dr = (1 - T n)^{-1} h}, eq. (36). */
    public double[] dress(double[] h) {
        return dressing().dress(h);
    }

    /** Effective velocity {@code v^eff = (E')^dr/(p')^dr}, eq. (38) (copy). */
    public double[] effectiveVelocity() {
        return effectiveVelocity.get().clone();
    }

    private double[] computeEffectiveVelocity() {
        double[] e = dress(space.energyDerivative());
        for (int i = 0; i < e.length; i++) {
            e[i] /= TWO_PI * rhoTotal[i];
        }
        return e;
    }

    /** Statistical factor {@code f(n(θ_i))} (eq. (43) and after). */
    public double[] statisticalFactor() {
        double[] f = new double[size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = space.statistics(i).factor(filling[i]);
        }
        return f;
    }

    /** {@code Σ_a ∫dθ ρ_a h_k}: density of the {@code k}-th charge, eq. (35). */
    public double chargeDensity(int k) {
        return space.integrate(rho, space.charge(k));
    }

    /** Particle density {@code Σ_a ∫dθ ρ_a N_a} (an n-string carries n particles). */
    public double particleDensity() {
        return space.integrate(rho, space.particleNumber());
    }

    /** Quasiparticle density {@code Σ_a ∫dθ ρ_a} (each quasiparticle counted once). */
    public double quasiparticleDensity() {
        return space.integrate(rho);
    }

    /** Momentum density {@code Σ_a ∫dθ ρ_a p_a}. */
    public double momentumDensity() {
        return space.integrate(rho, space.momentum());
    }

    /** Energy density {@code Σ_a ∫dθ ρ_a E_a}. */
    public double energyDensity() {
        return space.integrate(rho, space.energy());
    }

    /**
     * Entropy density {@code Σ_a ∫dθ ρ^t_a σ(n_a)} (Yang-Yang entropy for the statistics; for
     * classical particles the Boltzmann entropy {@code ∫ρ(1 - ln(ρ/ρ^t))}). In units of k_B per
     * unit length.
     */
    public double entropyDensity() {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += space.weight(i) * rhoTotal[i] * space.statistics(i).entropyPerState(filling[i]);
        }
        return s;
    }

    /**
     * Current of the {@code k}-th charge at the Euler scale, {@code Σ_a ∫dθ ρ_a v^eff_a h_k}
     * (eq. (38)).
     */
    public double chargeCurrent(int k) {
        double[] v = effectiveVelocity.get();
        double[] h = space.charge(k);
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += space.weight(i) * rho[i] * v[i] * h[i];
        }
        return s;
    }

    // ------------------------------------------------------------------ matrices

    /** Operator matrix of {@code R^{-t} = (1 - nT)^{-1}} (copy). */
    public DMatrixRMaj rotationInverseTransposed() {
        return rInverseT.get().copy();
    }

    /** Operator matrix of {@code R^t = 1 - nT} (copy): {@code δ_ij - n_i T(θ_i,θ_j) w_j}. */
    public DMatrixRMaj rotationTransposed() {
        return rTransposed.get().copy();
    }

    private DMatrixRMaj computeRTransposed() {
        int n = size();
        DMatrixRMaj k = space.kernel();
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.data[i * n + j] = -filling[i] * k.data[i * n + j] * space.weight(j);
            }
            out.data[i * n + i] += 1.0;
        }
        return out;
    }

    /**
     * Dressed scattering shift {@code T^dr = (1 - Tn)^{-1} T} as kernel values
     * {@code T^dr(θ_i, θ_j)} (no weights; symmetric for a symmetric {@code T}) (copy).
     */
    public DMatrixRMaj dressedScatteringShift() {
        return dressedScatteringShift.get().copy();
    }

    private DMatrixRMaj computeDressedScatteringShift() {
        DMatrixRMaj rInv = dressing().inverse();
        DMatrixRMaj out = new DMatrixRMaj(size(), size());
        CommonOps_DDRM.mult(rInv, space.kernel(), out);
        return out;
    }

    /**
     * Susceptibility {@code C = R^{-t} ρ f R^{-1}}, eq. (43): the equal-time connected
     * correlation {@code ⟨ρ_θ(x) ρ_θ'(y)⟩^c = δ(x-y) C(θ,θ')} of a GGE, also {@code C = -δρ/δw}
     * for the state built from a driving term {@code w}. Operator matrix (copy): {@code C_ij =
     * C(θ_i,θ_j) w_j}, with the {@code ρ f δ(θ-θ')} part on the diagonal.
     */
    public DMatrixRMaj susceptibility() {
        return susceptibility.get().copy();
    }

    private DMatrixRMaj computeSusceptibility() {
        // C = S diag(ρ f / w) S^T W with S = R^{-t} (operator matrix).
        int n = size();
        DMatrixRMaj s = rInverseT.get();
        double[] f = statisticalFactor();
        DMatrixRMaj sp = s.copy();
        double[] scale = new double[n];
        for (int j = 0; j < n; j++) {
            scale[j] = rho[j] * f[j] / space.weight(j);
        }
        KernelDressing.scaleRowsAndColumns(sp, ones(n), scale);
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(sp, s, c);
        KernelDressing.scaleRowsAndColumns(c, ones(n), space.weights());
        return c;
    }

    /**
     * Flux Jacobian {@code A = R^{-t} v^eff R^t}, eq. (40): the operator matrix of
     * {@code δ(v^eff ρ)/δρ} (copy).
     */
    public DMatrixRMaj fluxJacobian() {
        return fluxJacobian.get().copy();
    }

    private DMatrixRMaj computeFluxJacobian() {
        int n = size();
        DMatrixRMaj sv = rInverseT.get().copy();
        KernelDressing.scaleRowsAndColumns(sv, ones(n), effectiveVelocity.get());
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(sv, rTransposed.get(), a);
        return a;
    }

    /**
     * Diffusion matrix {@code 𝔇} in the normalisation of De Nardis, Bernard and Doyon, in which
     * Navier-Stokes GHD reads {@code ∂_t ρ + ∂_x(v^eff ρ) = ½ ∂_x(𝔇 ∂_x ρ)} (operator matrix,
     * copy):
     * <pre>
     *   𝔇 = R^{-t} D̃ R^t,
     *   D̃(γ,α) = δ(γ-α) (ρ^t_γ)^{-2} ∫dμ ρ_μ f_μ |v_γ - v_μ| T^dr(γ,μ)²
     *            - ρ_γ f_γ |v_γ - v_α| T^dr(γ,α)² / (ρ^t_γ ρ^t_α).
     * </pre>
     * Equivalently {@code 𝔇 C} is the two-particle-hole Onsager matrix, symmetric and positive
     * semi-definite. The gBBGKY paper's (S1.11) is twice this for hard rods and not symmetric when
     * {@code ρ^t} varies; its (107) differs by a factor {@code 1 - aρ̄} (see PHYSICS.md).
     */
    public DMatrixRMaj diffusionMatrix() {
        return diffusionMatrix.get().copy();
    }

    // ------------------------------------------------------------------ tensors

    /**
     * Derivative of the susceptibility {@code C^{θ3}_{θ1θ2} = δC_{θ1θ2}/δρ_{θ3}}, eq. (45), as
     * the discrete derivative {@code ∂C_ij/∂ρ_k} of the operator matrix {@link #susceptibility()}
     * ({@code get(i, j, k)}). Derived from {@code C = S ρf S^t}, {@code S = (1-nT)^{-1}},
     * {@code δS = S δn T S}, {@code δn = (ρ^t)^{-1} R^t δρ}:
     * <pre>
     *   C^{θ3} = R^{-t}[ δ_αβ (δ_{α,θ3} f_α + ρ_α f'_α R^t_{α,θ3}/ρ^t_α)
     *           + (R^t_{α,θ3}/ρ^t_α) T^dr_αβ ρ_β f_β + ρ_α f_α T^dr_αβ R^t_{β,θ3}/ρ^t_β ] R^{-1}
     * </pre>
     * with {@code f' = df/dn}. The paper's (45) has {@code -ε n R^t} in place of
     * {@code +f' n R^t}, a sign typo for fermions and bosons (the finite-difference test
     * decides). Cost {@code O(N⁴)} time and {@code O(N³)} memory.
     */
    public Tensor3 susceptibilityDerivative() {
        return susceptibilityDerivative.get();
    }

    /**
     * Second derivative of the current {@code H_θ^{αβ} = δ²(v^eff ρ)_θ/δρ_α δρ_β}, eq. (42), as
     * the discrete derivative {@code ∂A_θα/∂ρ_β} of {@link #fluxJacobian()} ({@code get(θ, α,
     * β)}, symmetric in {@code α, β}):
     * <pre>
     *   H_θ^{αβ} = R^{-t}_{θμ} (T^dr_{μγ}/ρ^t_μ) (v_γ - v_μ) [R^t_{μα} R^t_{γβ} + R^t_{μβ} R^t_{γα}]
     * </pre>
     * which is (42) with its {@code [·]_(α,β)} read as the sum over both orders and the dummy
     * indices renamed. Cost {@code O(N⁴)} time, {@code O(N³)} memory.
     */
    public Tensor3 fluxHessian() {
        return fluxHessian.get();
    }

    /**
     * The tensor {@code M^{θ3}_{θ1θ2}} of the kinetic term of the three-point correlations,
     * eq. (46) ({@code get(θ1, θ2, θ3)}, weights on {@code θ2} and {@code θ3}):
     * <pre>
     *   M^{θ3}_{θ1θ2} = [R^{-t}_{θ1μ} R^{-t}_{θ2γ} T^dr_{μγ} (ρ_γ f_γ/ρ^t_μ) (v_μ - v_γ)
     *                   R^t_{μθ3}]_(θ1,θ2)
     * </pre>
     * with {@code [·]_(θ1,θ2)} the sum over both orders. It vanishes in the free limit and is
     * linear in {@code T^dr}. The tests check it against the identity that follows from
     * transporting the singular part of the three-point function with Euler GHD,
     * {@code M^k_{ij} = C^γ_{ij} A_{γk} - A_{iα} C^k_{αj} - H_i^{αk} C_{αj}}.
     */
    public Tensor3 threePointKineticTensor() {
        return threePointKineticTensor.get();
    }

    /** A vector of {@code n} ones. */
    static double[] ones(int n) {
        double[] o = new double[n];
        Arrays.fill(o, 1.0);
        return o;
    }

    @Override
    public String toString() {
        return "TbaState[" + space + ", density " + particleDensity() + "]";
    }
}
