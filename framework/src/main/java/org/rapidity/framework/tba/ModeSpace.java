package org.rapidity.framework.tba;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * The discretised single-particle modes of a model: for each species a quadrature grid, and for
 * each mode {@code i = (species a, node θ_k)} its rapidity, weight and bare quantities. Mode
 * vectors (densities, fillings, functions of rapidity) are plain {@code double[]} of length
 * {@link #size()} holding values at the nodes, species after species.
 *
 * <h2>Discrete operators</h2>
 * A continuum operator with kernel {@code K(θ, θ')}, acting as {@code (K h)(θ) = ∫dθ' K(θ,θ')
 * h(θ')}, is represented by the <em>operator matrix</em> {@code K̂_ij = K(θ_i, θ_j) w_j}, and
 * {@code δ(θ-θ')} by the identity. Composition of operators is then the matrix product, and
 * the matrix of a derivative of a discrete map (e.g. {@code ∂ρ_i/∂w_j}) is the operator matrix
 * of the functional derivative. Tensors follow the same rule: every index but the first carries
 * its weight. The kernel matrix {@link #kernel()} is the exception: it holds kernel
 * <em>values</em> {@code T(θ_i, θ_j)}, symmetric.
 *
 * <p>Immutable; the dense kernel matrix is computed on first use and cached.
 */
public final class ModeSpace {

    private final IntegrableModel model;
    private final List<QuadratureGrid> grids;
    private final int size;
    private final int[] offsets;
    private final int[] species;
    private final double[] theta;
    private final double[] weight;
    private final double[] momentum;
    private final double[] momentumDerivative;
    private final double[] energy;
    private final double[] energyDerivative;
    private final double[] particleNumber;
    private final Statistics[] statistics;
    private volatile DMatrixRMaj kernel;

    private ModeSpace(IntegrableModel model, List<QuadratureGrid> grids) {
        if (grids.size() != model.speciesCount()) {
            throw new IllegalArgumentException("model " + model.name() + " has "
                    + model.speciesCount() + " species but " + grids.size() + " grids were given");
        }
        this.model = model;
        this.grids = Collections.unmodifiableList(new ArrayList<>(grids));
        this.offsets = new int[grids.size() + 1];
        for (int a = 0; a < grids.size(); a++) {
            offsets[a + 1] = offsets[a] + grids.get(a).size();
        }
        this.size = offsets[grids.size()];
        species = new int[size];
        theta = new double[size];
        weight = new double[size];
        momentum = new double[size];
        momentumDerivative = new double[size];
        energy = new double[size];
        energyDerivative = new double[size];
        particleNumber = new double[size];
        statistics = new Statistics[size];
        for (int a = 0; a < grids.size(); a++) {
            QuadratureGrid g = grids.get(a);
            for (int k = 0; k < g.size(); k++) {
                int i = offsets[a] + k;
                double t = g.node(k);
                species[i] = a;
                theta[i] = t;
                weight[i] = g.weight(k);
                momentum[i] = model.momentum(a, t);
                momentumDerivative[i] = model.momentumDerivative(a, t);
                energy[i] = model.energy(a, t);
                energyDerivative[i] = model.energyDerivative(a, t);
                particleNumber[i] = model.particleNumber(a);
                statistics[i] = model.statistics(a);
            }
        }
    }

    /** Modes of {@code model} with one grid per species. */
    public static ModeSpace of(IntegrableModel model, List<QuadratureGrid> grids) {
        return new ModeSpace(model, grids);
    }

    /** Modes of {@code model} with the same grid for every species. */
    public static ModeSpace of(IntegrableModel model, QuadratureGrid grid) {
        return new ModeSpace(model, Collections.nCopies(model.speciesCount(), grid));
    }

    /** The same grids for another model with the same number of species. */
    public ModeSpace withModel(IntegrableModel other) {
        return new ModeSpace(other, grids);
    }

    /** The model. */
    public IntegrableModel model() {
        return model;
    }

    /** Total number of modes. */
    public int size() {
        return size;
    }

    /** Number of species. */
    public int speciesCount() {
        return grids.size();
    }

    /** Grid of a species. */
    public QuadratureGrid grid(int species) {
        return grids.get(species);
    }

    /** All grids, by species. */
    public List<QuadratureGrid> grids() {
        return grids;
    }

    /** Index of the first mode of a species. */
    public int offset(int species) {
        return offsets[species];
    }

    /** Species of mode {@code i}. */
    public int species(int i) {
        return species[i];
    }

    /** Rapidity of mode {@code i}. */
    public double theta(int i) {
        return theta[i];
    }

    /** Quadrature weight of mode {@code i}. */
    public double weight(int i) {
        return weight[i];
    }

    /** Statistics of mode {@code i}. */
    public Statistics statistics(int i) {
        return statistics[i];
    }

    /** Rapidities of all modes (copy). */
    public double[] thetas() {
        return theta.clone();
    }

    /** Weights of all modes (copy). */
    public double[] weights() {
        return weight.clone();
    }

    /** Bare momentum {@code p(θ_i)} (copy). */
    public double[] momentum() {
        return momentum.clone();
    }

    /** {@code p'(θ_i)} (copy). */
    public double[] momentumDerivative() {
        return momentumDerivative.clone();
    }

    /** Bare energy {@code E(θ_i)} (copy). */
    public double[] energy() {
        return energy.clone();
    }

    /** {@code E'(θ_i)} (copy). */
    public double[] energyDerivative() {
        return energyDerivative.clone();
    }

    /** Particles per quasiparticle at each mode (copy). */
    public double[] particleNumber() {
        return particleNumber.clone();
    }

    /** Bare velocity {@code E'(θ_i)/p'(θ_i)}. */
    public double[] bareVelocity() {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = energyDerivative[i] / momentumDerivative[i];
        }
        return v;
    }

    /** Eigenvalues {@code h_k(θ_i)} of the {@code k}-th charge at every mode. */
    public double[] charge(int k) {
        double[] h = new double[size];
        for (int i = 0; i < size; i++) {
            h[i] = model.charge(k, species[i], theta[i]);
        }
        return h;
    }

    /** {@code Σ_i w_i f_i}: the quadrature of a mode function over all species. */
    public double integrate(double[] f) {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += weight[i] * f[i];
        }
        return s;
    }

    /** {@code Σ_i w_i f_i g_i}. */
    public double integrate(double[] f, double[] g) {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += weight[i] * f[i] * g[i];
        }
        return s;
    }

    /**
     * The scattering-shift kernel values {@code K_ij = T_{a_i b_j}(θ_i, θ_j)} (no weights), an
     * {@code N × N} symmetric matrix. Computed once; do not modify the returned matrix.
     *
     * @throws IllegalStateException if the model's kernel is not symmetric or not finite
     */
    public DMatrixRMaj kernel() {
        DMatrixRMaj k = kernel;
        if (k == null) {
            synchronized (this) {
                k = kernel;
                if (k == null) {
                    k = buildKernel();
                    kernel = k;
                }
            }
        }
        return k;
    }

    /** A kernel of two modes, {@code K(a, θ; b, θ')}. */
    @FunctionalInterface
    public interface PairFunction {
        /** The value at species {@code a}, rapidity {@code θ} and species {@code b}, {@code θ'}. */
        double value(int a, double theta, int b, double thetaPrime);
    }

    /**
     * Whether every species has the same uniform grid, so that a difference kernel takes one
     * value per species pair and node offset.
     */
    public boolean isSharedUniformGrid() {
        QuadratureGrid g = grids.get(0);
        if (g.rule() != QuadratureGrid.Rule.UNIFORM && !g.isPeriodic()) {
            return false;
        }
        for (QuadratureGrid o : grids) {
            if (!o.equals(g)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a difference kernel on a shared uniform grid ({@link #isSharedUniformGrid}): the values
     * {@code table[a][b][d + m - 1] = K(a, θ_{k+d}; b, θ_k)} for node offsets
     * {@code d = -(m-1) … m-1} ({@code m} nodes per species), each evaluated once at a pair of
     * actual nodes with that offset. Null when the grid is not shared and uniform.
     */
    public double[][][] differenceTable(PairFunction kernel) {
        if (!isSharedUniformGrid()) {
            return null;
        }
        int s = grids.size();
        int m = grids.get(0).size();
        double[] t = grids.get(0).nodes();
        double[][][] table = new double[s][s][2 * m - 1];
        for (int a = 0; a < s; a++) {
            for (int b = 0; b < s; b++) {
                for (int d = -(m - 1); d <= m - 1; d++) {
                    int ki = d >= 0 ? d : 0;
                    int kj = d >= 0 ? 0 : -d;
                    table[a][b][d + m - 1] = kernel.value(a, t[ki], b, t[kj]);
                }
            }
        }
        return table;
    }

    /**
     * The values {@code K(a_i, θ_i; b_j, θ_j)} of all pairs of modes, row-major; from the
     * {@link #differenceTable} when {@code difference} is true and the grid allows it.
     */
    public double[] pairValues(PairFunction kernel, boolean difference) {
        double[] d = new double[size * size];
        double[][][] table = difference ? differenceTable(kernel) : null;
        if (table != null) {
            int m = grids.get(0).size();
            for (int i = 0; i < size; i++) {
                int a = species[i];
                int ki = i - offsets[a];
                for (int j = 0; j < size; j++) {
                    int b = species[j];
                    d[i * size + j] = table[a][b][ki - (j - offsets[b]) + m - 1];
                }
            }
            return d;
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                d[i * size + j] = kernel.value(species[i], theta[i], species[j], theta[j]);
            }
        }
        return d;
    }

    private DMatrixRMaj buildKernel() {
        DMatrixRMaj k = DMatrixRMaj.wrap(size, size, pairValues(model::scatteringShift,
                model.isDifferenceKernel()));
        double[] d = k.data;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double t = d[i * size + j];
                if (!Double.isFinite(t)) {
                    throw new IllegalStateException("model " + model.name()
                            + ": scattering shift is not finite at (" + species[i] + ", "
                            + theta[i] + "; " + species[j] + ", " + theta[j] + ")");
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                double a = d[i * size + j];
                double b = d[j * size + i];
                if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalStateException("model " + model.name()
                            + ": scattering shift is not symmetric, T(" + species[i] + ","
                            + theta[i] + "; " + species[j] + "," + theta[j] + ") = " + a
                            + " but the transposed value is " + b
                            + "; the TBA core needs T_ab(θ,θ') = T_ba(θ',θ)");
                }
            }
        }
        return k;
    }

    /** {@code (T f)_i = Σ_j K_ij w_j f_j} with the dense kernel matrix. */
    public double[] applyKernelMatrix(double[] f) {
        DMatrixRMaj k = kernel();
        double[] wf = new double[size];
        for (int j = 0; j < size; j++) {
            wf[j] = weight[j] * f[j];
        }
        double[] out = new double[size];
        double[] d = k.data;
        for (int i = 0; i < size; i++) {
            double s = 0;
            int row = i * size;
            for (int j = 0; j < size; j++) {
                s += d[row + j] * wf[j];
            }
            out[i] = s;
        }
        return out;
    }

    /** {@code (T f)}: the model's (possibly specialised) application of the scattering shift. */
    public double[] applyScatteringShift(double[] f) {
        return model.applyScatteringShift(this, f);
    }

    @Override
    public String toString() {
        return model.name() + " " + grids;
    }
}
