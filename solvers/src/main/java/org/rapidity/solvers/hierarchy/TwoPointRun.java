package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The evolving state of the two-point layer ({@code ρ}, {@code G̃} in a mode basis) with its time
 * stepper: fixed steps of at most {@code time_step} between output times, the mode basis renewed
 * when {@code ρ} has moved by more than 1% of its largest value from the reference, and the
 * absorbing layer.
 *
 * <h2>Absorbing layer</h2>
 * The hierarchy lives on the infinite line, where correlations between particles that have
 * interacted fly apart at their relative velocity and never return. On the periodic separation
 * grid they would come back through {@code z = ±L}; instead they are damped in the outer layer,
 * {@code ∂_t G̃ = … - σ(z) G̃}, applied exactly after each step ({@code G̃ ← e^{-σh} G̃}: a
 * first-order splitting felt only inside the layer). For pure transport the layer does not
 * reflect. What it removes is the interaction energy {@code ½∫V g} of the correlations it
 * absorbs (those far beyond the range of {@code V}, where {@code V} is small); it is accounted
 * in {@link #absorbedEnergy()}, so that the energy check measures only the error of the scheme.
 * Not thread-safe.
 */
final class TwoPointRun {

    /** Relative change of {@code ρ} after which the mode basis is renewed. */
    static final double REBASE = 1e-2;

    private final ModeSpace space;
    private final Perturbation perturbation;
    private final SeparationGrid grid;
    private final TwoPointEquations equations;
    private final double maxStep;
    private final double[] damping;
    private final int n;
    private final int nn;
    private double[] rho;
    private double[] g;
    private NormalModes basis;
    private ExponentialStepper stepper;
    private int rebases;
    private long steps;
    private double absorbed;
    private final ThreePointLayer layer3;
    private G3Spectrum g3;
    private ThreePointBlock block;

    /**
     * @param space one species, uniform grid
     * @param perturbation the potential
     * @param grid separations
     * @param kubo Kubo closure of the {@code H g3} term
     * @param maxStep largest time step
     * @param layer fraction of {@code [0, L]} at each end taken by the absorbing layer
     */
    TwoPointRun(ModeSpace space, Perturbation perturbation, SeparationGrid grid, boolean kubo,
            double maxStep, double layer) {
        this(space, perturbation, grid, kubo, maxStep, layer, 0);
    }

    /**
     * With {@code threePoints > 0}, the {@code three-point} truncation: {@code g3} on
     * {@code threePoints²} separations ({@link ThreePointLayer}) and no Kubo closure.
     */
    TwoPointRun(ModeSpace space, Perturbation perturbation, SeparationGrid grid, boolean kubo,
            double maxStep, double layer, int threePoints) {
        this(space, perturbation, grid, kubo, maxStep, layer, threePoints, "full", false);
    }

    /**
     * As above, with the three-point function's {@link TripleStorage} ({@code full} or
     * {@code symmetric}) and whether the hexagonal truncation is applied (required by
     * {@code symmetric}; see {@link ThreePointLayer}).
     */
    TwoPointRun(ModeSpace space, Perturbation perturbation, SeparationGrid grid, boolean kubo,
            double maxStep, double layer, int threePoints, String storage, boolean hexagonal) {
        this(space, perturbation, grid, kubo, maxStep, layer, threePoints, storage, hexagonal,
                "double");
    }

    /**
     * As above, with the precision ({@code double} or {@code single}) in which the copies of
     * {@code ĝ3} are stored ({@link G3Spectrum}).
     */
    TwoPointRun(ModeSpace space, Perturbation perturbation, SeparationGrid grid, boolean kubo,
            double maxStep, double layer, int threePoints, String storage, boolean hexagonal,
            String precision) {
        this.space = space;
        this.perturbation = perturbation;
        this.grid = grid;
        this.equations = new TwoPointEquations(space, grid, kubo);
        this.maxStep = maxStep;
        this.n = space.size();
        this.nn = n * n;
        this.damping = absorbingLayer(grid, layer, space);
        double vmax = 0;
        for (int i = 0; i < space.size(); i++) {
            vmax = Math.max(vmax, 2 * Math.abs(space.theta(i)));
        }
        this.layer3 = threePoints > 0 ? new ThreePointLayer(TripleStorage.of(storage, n),
                hexagonal, grid, threePoints, perturbation, layer, vmax,
                G3Spectrum.single(precision)) : null;
    }

    /**
     * Bytes of memory the three-point layer holds (five copies of {@code ĝ3}), or 0, for
     * {@code full} or {@code symmetric} storage.
     */
    static long threePointBytes(int n, int threePoints, String storage) {
        return threePointBytes(n, threePoints, storage, "double");
    }

    /** {@link #threePointBytes(int, int, String)} in the given precision (8 or 4 bytes a value). */
    static long threePointBytes(int n, int threePoints, String storage, String precision) {
        return threePoints <= 0 ? 0 : 5L * 2 * TripleStorage.count(storage, n) * threePoints
                * (threePoints / 2 + 1) * G3Spectrum.bytes(G3Spectrum.single(precision));
    }

    /** {@code ĝ3} itself (not a copy; for the bench), or null. */
    G3Spectrum threePointState() {
        return g3;
    }

    /** The three-point layer, or null. */
    ThreePointLayer threePointLayer() {
        return layer3;
    }

    /** {@code ĝ3} (copy, widened to double), or null without the three-point layer. */
    double[] threePoint() {
        return g3 == null ? null : g3.toDoubles();
    }

    /** {@code ĝ3} as stored in single precision (a copy of its floats, no widening). */
    float[] threePointSingle() {
        return g3.toFloats();
    }

    /** The precision of {@code ĝ3}, {@code double} or {@code single}; null without it. */
    String threePointPrecision() {
        return layer3 == null ? null : layer3.single() ? "single" : "double";
    }

    /**
     * Damping rates of the absorbing layer: {@code σ(z) = σ_max s²} with {@code s} the depth into
     * the layer (0 at its inner edge, 1 at {@code ±L}), {@code σ_max = 60 v_max/(layer width)}
     * so that a correlation crossing the layer at the largest relative speed {@code v_max} of the
     * grid is damped by {@code e^{-20}}.
     */
    static double[] absorbingLayer(SeparationGrid grid, double layer, ModeSpace space) {
        double[] sigma = new double[grid.size()];
        if (layer <= 0) {
            return sigma;
        }
        double vmax = 0;
        for (int i = 0; i < space.size(); i++) {
            vmax = Math.max(vmax, Math.abs(space.theta(i)));
        }
        vmax *= 2;
        double width = layer * grid.halfLength();
        double start = grid.halfLength() - width;
        double peak = 60 * vmax / width;
        for (int m = 0; m < grid.size(); m++) {
            double z = Math.abs(grid.separation(m));
            if (z > start) {
                double s = (z - start) / width;
                sigma[m] = peak * s * s;
            }
        }
        return sigma;
    }

    /** Starts from a density with {@code g = 0}. */
    void start(double[] density) {
        this.rho = density.clone();
        this.g = new double[grid.size() * nn];
        this.g3 = layer3 == null ? null : layer3.newSpectrum();
        this.basis = new NormalModes(TbaState.fromDensity(space, rho));
        this.stepper = null;
    }

    /**
     * Restores a saved state: density, {@code G̃}, the reference density of its basis and the
     * energy absorbed so far.
     */
    void restore(double[] density, double[] modes, double[] reference, double absorbedEnergy) {
        restore(density, modes, reference, absorbedEnergy, (G3Spectrum) null);
    }

    /**
     * {@link #restore(double[], double[], double[], double)} with {@code ĝ3} in the precision
     * it was evolved in, which must be this run's (a run does not change precision halfway);
     * the run takes {@code threePoint} over (no copy).
     */
    void restore(double[] density, double[] modes, double[] reference, double absorbedEnergy,
            G3Spectrum threePoint) {
        String savedPrecision = threePoint == null ? null : threePoint.isSingle() ? "single"
                : "double";
        if (layer3 != null && threePoint != null && !threePointPrecision().equals(
                savedPrecision)) {
            throw new InvalidInputException("solver.g3_precision", "the checkpoint's three-point"
                    + " function was evolved in " + savedPrecision + " precision, this run asks"
                    + " for " + threePointPrecision() + "; resume with solver.g3_precision = "
                    + savedPrecision);
        }
        if (layer3 != null && (threePoint == null || threePoint.length() != layer3.size())) {
            throw new InvalidInputException("solver.g3_storage",
                    "the checkpoint's three-point function does not fit " + layer3.storage()
                    .name() + " storage on " + layer3.points() + "² separations; resume with"
                    + " the solver.g3_storage and solver.g3_points it was written with");
        }
        this.g3 = layer3 == null ? null : threePoint;
        this.block = null;
        this.absorbed = absorbedEnergy;
        this.rho = density.clone();
        this.g = modes.clone();
        this.basis = new NormalModes(TbaState.fromEvolvedDensity(space, reference,
                Double.POSITIVE_INFINITY));
        this.stepper = null;
    }

    /** Evolves from {@code t0} to {@code t1} in equal steps of at most the time step. */
    void advance(double t0, double t1, java.util.function.DoubleConsumer progress) {
        long count = Math.max(1, (long) Math.ceil((t1 - t0) / maxStep - 1e-9));
        double h = (t1 - t0) / count;
        for (long k = 0; k < count; k++) {
            maybeRebase();
            if (stepper == null || stepper.step() != h) {
                stepper = new ExponentialStepper(grid, basis.velocity(), h);
            }
            NormalModes b = basis;
            if (layer3 == null) {
                stepper.advance(rho, g, (r, gg, dr, dg) -> equations.rate(b, r, gg, dr, dg));
            } else {
                if (block == null || block.step() != h) {
                    block = null; // the old block's four g3-sized arrays go before the new ones
                    block = new ThreePointBlock(layer3, basis.velocity(), h);
                }
                stepper.advance(rho, g, g3, block, (r, gg, g33, dr, dg, dg3) -> equations.rate(
                        b, r, gg, g33, layer3, dr, dg, dg3));
                layer3.absorb(g3, h);
            }
            absorb(h);
            steps++;
            progress.accept(t0 + (k + 1) * h);
        }
    }

    /** {@code G̃ ← e^{-σh} G̃}, adding the interaction energy removed to {@link #absorbedEnergy()}. */
    private void absorb(double h) {
        double[] wHat = basis.weightsDual();
        double[] removed = new double[grid.size()];
        IntStream.range(0, grid.size()).parallel().forEach(m -> {
            if (damping[m] > 0) {
                double factor = Math.exp(-damping[m] * h);
                int base = m * nn;
                double pairs = 0;
                for (int i = 0; i < n; i++) {
                    double row = 0;
                    for (int j = 0; j < n; j++) {
                        row += g[base + i * n + j] * wHat[j];
                        g[base + i * n + j] *= factor;
                    }
                    pairs += wHat[i] * row;
                }
                removed[m] = 0.5 * grid.spacing() * grid.potential(m) * (1 - factor) * pairs;
            }
        });
        for (double r : removed) {
            absorbed += r;
        }
    }

    /** Interaction energy density removed by the absorbing layer so far. */
    double absorbedEnergy() {
        return absorbed;
    }

    private void maybeRebase() {
        double[] ref = basis.referenceDensity();
        double max = 0;
        double diff = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(ref[i]));
            diff = Math.max(diff, Math.abs(rho[i] - ref[i]));
        }
        if (diff <= REBASE * max) {
            return;
        }
        NormalModes next = new NormalModes(TbaState.fromEvolvedDensity(space, rho,
                Double.POSITIVE_INFINITY));
        DMatrixRMaj p = basis.changeTo(next);
        double[] tmp = new double[g.length];
        Batch.leftMultiply(p, g, n, grid.size(), tmp);
        // G̃' = (P (P G̃)^T)^T
        transposeEach(tmp);
        Batch.leftMultiply(p, tmp, n, grid.size(), g);
        transposeEach(g);
        if (layer3 != null) {
            rebaseThreePoint(p);
        }
        double[] v0 = basis.velocity();
        double[] v1 = next.velocity();
        for (int i = 0; i < n; i++) {
            if (Math.abs(v0[i] - v1[i]) > 1e-13 * (1 + Math.abs(v0[i]))) {
                stepper = null;
                block = null;
                break;
            }
        }
        basis = next;
        rebases++;
    }

    private void transposeEach(double[] a) {
        IntStream.range(0, grid.size()).parallel().forEach(m -> {
            int base = m * nn;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double t = a[base + i * n + j];
                    a[base + i * n + j] = a[base + j * n + i];
                    a[base + j * n + i] = t;
                }
            }
        });
    }

    /**
     * {@code ĝ3 ← (P⊗P⊗P) ĝ3}, summed into a work copy of the current block (free between
     * steps) rather than a new one.
     */
    void rebaseThreePoint(DMatrixRMaj p) {
        ThreePointRebase.rebase(layer3, g3, p, block == null ? null : block.nu);
    }

    /** The density (copy). */
    double[] density() {
        return rho.clone();
    }

    /** {@code G̃} in the current basis (copy). */
    double[] modes() {
        return g.clone();
    }

    /** The current basis. */
    NormalModes basis() {
        return basis;
    }

    /** Steps taken and bases renewed so far. */
    long steps() {
        return steps;
    }

    int rebases() {
        return rebases;
    }

    /** The equations (for diagnostics and tests). */
    TwoPointEquations equations() {
        return equations;
    }

    /** The separation grid. */
    SeparationGrid grid() {
        return grid;
    }

    /** {@code G(z_m)} in the density basis ({@code S^{-1} G̃ S^{-T}}), layout {@code (m N + i) N + j}. */
    double[] correlations() {
        double[] tmp = new double[g.length];
        Batch.leftMultiply(basis.sInverse(), g, n, grid.size(), tmp);
        transposeEach(tmp);
        double[] out = new double[g.length];
        Batch.leftMultiply(basis.sInverse(), tmp, n, grid.size(), out);
        transposeEach(out);
        return out;
    }

    /** The snapshot views of the current state. */
    HierarchySnapshot snapshot() {
        TbaState s = TbaState.fromEvolvedDensity(space, rho, Double.POSITIVE_INFINITY);
        return HierarchySnapshot.of(s.energyDensity(), contactEnergy(s, grid, perturbation), grid,
                basis, space.thetas(), space.weights(), g);
    }

    /**
     * {@code ½ρ̄²V̂(0) + ½V(0)(C₀₀ - ρ̄)}: the interaction energy of the uncorrelated and of the
     * contact-correlated pairs ({@link HierarchySnapshot}).
     */
    static double contactEnergy(TbaState s, SeparationGrid grid, Perturbation perturbation) {
        double rhoBar = s.quasiparticleDensity();
        DMatrixRMaj c = s.susceptibility();
        int n = s.size();
        double c00 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c00 += s.space().weight(i) * c.data[i * n + j];
            }
        }
        return 0.5 * rhoBar * rhoBar * perturbation.fourierTransform(0)
                + 0.5 * grid.potential(0) * (c00 - rhoBar);
    }

    /**
     * {@code max_m |G̃(z_m) - G̃(-z_m)^T| / max |G̃|}: the symmetry {@code (θ1, z) ↔ (θ2, -z)}
     * (zero up to rounding by construction).
     */
    double asymmetry() {
        double max = 0;
        double diff = 0;
        for (int m = 0; m < grid.size(); m++) {
            int mir = grid.mirror(m) * nn;
            int base = m * nn;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double a = g[base + i * n + j];
                    max = Math.max(max, Math.abs(a));
                    diff = Math.max(diff, Math.abs(a - g[mir + j * n + i]));
                }
            }
        }
        return max == 0 ? 0 : diff / max;
    }

    /**
     * How far correlations reach: for the profiles {@code m_αα(z) = ∫∫θ1^α θ2^α g(z)},
     * {@code α = 0, 1, 2}, the largest of {@code max |m_αα|} over the three nodes at the edge
     * {@code z = ±L} relative to {@code max_z |m_αα|}. (The rapidity moments, which carry the
     * energy and the force on {@code ρ}, rather than the individual components: those of nearly
     * equal velocities hold the unresolved trace of the contact source at {@code z = 0}, whose
     * band-limited representation rings across the grid.)
     */
    double edgeRatio() {
        double[][] u = new double[3][];
        double[] thetas = space.thetas();
        double[] w = space.weights();
        for (int a = 0; a < 3; a++) {
            double[] wt = new double[n];
            for (int i = 0; i < n; i++) {
                wt[i] = w[i] * Math.pow(thetas[i], a);
            }
            u[a] = new double[n];
            for (int j = 0; j < n; j++) {
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += basis.sInverse().get(i, j) * wt[i];
                }
                u[a][j] = acc;
            }
        }
        int half = grid.size() / 2;
        double worst = 0;
        for (int a = 0; a < 3; a++) {
            double max = 0;
            double edge = 0;
            for (int m = 0; m < grid.size(); m++) {
                double acc = 0;
                int base = m * nn;
                for (int i = 0; i < n; i++) {
                    double row = 0;
                    for (int j = 0; j < n; j++) {
                        row += g[base + i * n + j] * u[a][j];
                    }
                    acc += u[a][i] * row;
                }
                max = Math.max(max, Math.abs(acc));
                if (Math.abs(m - half) <= 1) {
                    edge = Math.max(edge, Math.abs(acc));
                }
            }
            if (max > 0) {
                worst = Math.max(worst, edge / max);
            }
        }
        return worst;
    }
}
