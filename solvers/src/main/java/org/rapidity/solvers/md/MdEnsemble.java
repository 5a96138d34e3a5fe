package org.rapidity.solvers.md;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.MicroscopicDynamics;
import org.rapidity.framework.spi.Replicas;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * One molecular-dynamics run: {@code S} independent samples of {@code N} particles, split into
 * {@code B} blocks, advanced in lockstep from output time to output time: the {@link Evolution}
 * of the {@code md} solver on the framework's evolution driver.
 *
 * <ul>
 *   <li>Reproducible: sample {@code s} draws its initial configuration from the {@code s}-th
 *       split of a {@link SplittableRandom} seeded with the seed; its trajectory depends on
 *       nothing else; block sums are formed in sample order and combined in block order, so the
 *       results are identical for any number of threads.</li>
 *   <li>Parallel: the blocks of an output interval run on a thread pool.</li>
 *   <li>Checkpoints: after each block finishes an interval (and after each output) the state of
 *       every sample is offered as a checkpoint, together with which blocks already reached the
 *       next output. Forces are recomputed from positions when a sample is loaded, so a resumed
 *       run is bit-for-bit the uninterrupted one.</li>
 * </ul>
 */
final class MdEnsemble implements Evolution {

    private final Settings settings;
    private final ModeSpace space;
    private final MicroscopicDynamics dynamics;
    private final PairTable table;
    private final VelocityCells cells;
    private final int n;
    private final int samples;
    private final int blocks;
    private final double length;
    private final double[] separations;
    private final double[] widths;
    private final double[] baseline;
    private final double pairRange;
    private final double pairBin;

    /** Every sample at the time of the last output (or later, for advanced blocks). */
    private final SampleStates states;
    private double time;
    /** The block sums measured at {@link #time} by the last advance, until a snapshot uses them. */
    private List<BlockSums> measured;
    private ExecutorService pool;

    /**
     * Everything a run is set by; {@code firstBlock} and {@code blockCount} restrict it to a
     * range of blocks (a work unit of a split ensemble, {@code blockCount = 0}: all blocks).
     */
    record Settings(int particles, int samples, int blocks, long seed, int threads, double dt,
            boolean correction, double conservation, double cutoff, double pairRange,
            double pairBin, int firstBlock, int blockCount) {

        /** Whether only some blocks are run (a work unit). */
        boolean partial() {
            return blockCount > 0;
        }
    }

    /** The name prefix of the block sums a work unit reports, one result per output time. */
    static final String UNIT_RESULT = "unit_block_sums_";
    /** The result {@code [first block, one past the last, cells, bins]} of a work unit. */
    static final String UNIT_SHAPE = "unit_block_shape";

    /** The first block this run advances. */
    private final int b0;
    /** One past the last block this run advances. */
    private final int b1;
    /** Where a work unit reports its block sums (null: a whole run, which reports none). */
    private org.rapidity.framework.spi.RunContext unitContext;
    /** Outputs emitted so far (numbers the reported block sums). */
    private int emitted;

    MdEnsemble(Settings settings, ModeSpace space, MicroscopicDynamics dynamics,
            org.rapidity.framework.spi.Perturbation potential, double[] rho, double density) {
        this.settings = settings;
        this.space = space;
        this.dynamics = dynamics;
        this.n = settings.particles();
        this.samples = settings.samples();
        this.blocks = settings.blocks();
        this.length = n / density;
        this.table = PairTable.of(potential, length, settings.cutoff());
        this.cells = new VelocityCells(space, rho);
        double scale = potential != null ? potential.range() : 20 / density;
        this.pairRange = settings.pairRange() > 0 ? settings.pairRange()
                : Math.min(length / 2, 10 * scale);
        this.pairBin = settings.pairBin() > 0 ? settings.pairBin() : pairRange / 100;
        int bins = (int) Math.ceil(pairRange / pairBin - 1e-9);
        separations = new double[bins];
        widths = new double[bins];
        baseline = new double[bins];
        for (int k = 0; k < bins; k++) {
            double z0 = k * pairBin;
            double z1 = Math.min(pairRange, (k + 1) * pairBin);
            separations[k] = 0.5 * (z0 + z1);
            widths[k] = z1 - z0;
            baseline[k] = dynamics.pairCount(n, length, z0, z1);
        }
        states = new SampleStates(samples, n, blocks);
        b0 = settings.firstBlock();
        b1 = settings.partial() ? settings.firstBlock() + settings.blockCount() : blocks;
    }

    /** Reports the block sums of each output through {@code context} (a work unit's run). */
    MdEnsemble reportingTo(org.rapidity.framework.spi.RunContext context) {
        this.unitContext = settings.partial() ? context : null;
        return this;
    }

    /** Bins of the two-point sums. */
    int bins() {
        return widths.length;
    }

    /** Rapidity cells of the histogram. */
    int cells() {
        return cells.size();
    }

    /** Blocks of the whole ensemble. */
    int blocks() {
        return blocks;
    }

    /** Ring length {@code L = N/ρ̄}. */
    double length() {
        return length;
    }

    /** The tabulated pair potential. */
    PairTable table() {
        return table;
    }

    private int first(int block) {
        return (int) ((long) block * samples / blocks);
    }

    private RodSystem system() {
        return new RodSystem(n, length, table, dynamics.flow(n, length), settings.correction());
    }

    /** Draws every sample's initial configuration from its own random stream. */
    void sample() {
        SplittableRandom root = new SplittableRandom(settings.seed());
        RodSystem rs = system();
        double[] x = new double[n];
        double[] v = new double[n];
        for (int s = 0; s < first(b1); s++) {
            SplittableRandom r = root.split(); // sample s: the s-th split, whatever the range
            if (s < first(b0)) {
                continue;
            }
            dynamics.samplePositions(x, length, r);
            for (int i = 0; i < n; i++) {
                v[i] = cells.sample(r);
            }
            System.arraycopy(x, 0, states.x, s * n, n);
            System.arraycopy(v, 0, states.v, s * n, n);
            rs.load(states.x, s * n, states.v, s * n);
            double k = rs.kineticEnergy();
            double u = rs.potentialEnergy();
            states.energy0[s] = k + u;
            states.energyScale[s] = Math.abs(k) + Math.abs(u);
            states.momentum0[s] = rs.momentum();
            states.momentumScale[s] = Math.sqrt(2 * n * k);
        }
    }

    /** The result of one block over one interval. */
    private record BlockResult(int block, double[] x, double[] v, double[] collisions,
            double[] skipped, BlockSums sums) {
    }

    /** Advances (steps > 0) or just measures (steps = 0) the samples of one block. */
    private BlockResult runBlock(int b, double h, int steps, double time) {
        int s0 = first(b);
        int s1 = first(b + 1);
        RodSystem rs = system();
        double[] x = new double[(s1 - s0) * n];
        double[] v = new double[(s1 - s0) * n];
        double[] coll = new double[s1 - s0];
        double[] skip = new double[s1 - s0];
        BlockSums sums = new BlockSums(cells.size(), widths.length);
        for (int s = s0; s < s1; s++) {
            rs.load(states.x, s * n, states.v, s * n);
            long c0 = rs.collisions();
            long k0 = rs.skippedCorrections();
            for (int done = 0; done < steps; ) {
                // check the energy every 64 steps, so that a blow-up stops the run at once
                int chunk = Math.min(64, steps - done);
                rs.advance(h, chunk);
                done += chunk;
                if (done < steps) {
                    checkEnergy(rs, s, time - (steps - done) * h);
                }
            }
            if (steps > 0) {
                rs.recentre();
            }
            coll[s - s0] = states.collisions[s] + (rs.collisions() - c0);
            skip[s - s0] = states.skipped[s] + (rs.skippedCorrections() - k0);
            rs.store(x, (s - s0) * n, v, (s - s0) * n);
            measure(rs, s, sums, coll[s - s0], skip[s - s0]);
        }
        return new BlockResult(b, x, v, coll, skip, sums);
    }

    private void checkEnergy(RodSystem rs, int s, double t) {
        double e = rs.kineticEnergy() + rs.potentialEnergy();
        double drift = Math.abs(e - states.energy0[s])
                / Math.max(states.energyScale[s], 1e-300);
        if (!(drift <= settings.conservation())) {
            throw driftError(drift, t);
        }
    }

    private InvalidInputException driftError(double drift, double t) {
        return new InvalidInputException("solver.dt", String.format(Locale.ROOT,
                "the energy of a sample drifted by %.2e (relative) by t = %s, beyond"
                        + " solver.conservation = %.0e; lower solver.dt (now %s)",
                drift, Parameters.format(t), settings.conservation(),
                Parameters.format(settings.dt())));
    }

    private void measure(RodSystem rs, int s, BlockSums sums, double coll, double skip) {
        sums.samples++;
        double[] x = rs.x;
        double[] v = rs.v;
        double sv = 0;
        double sv2 = 0;
        double sv3 = 0;
        double sv4 = 0;
        for (int i = 0; i < n; i++) {
            int c = cells.cell(v[i]);
            if (c < 0) {
                sums.outside++;
            } else {
                sums.cells[c]++;
            }
            double u = v[i];
            double u2 = u * u;
            sv += u;
            sv2 += u2;
            sv3 += u2 * u;
            sv4 += u2 * u2;
        }
        sums.sumV += sv;
        sums.sumV2 += sv2;
        sums.sumV3 += sv3;
        sums.sumV4 += sv4;
        double u = rs.potentialEnergy();
        sums.potential += u;
        double e = 0.5 * sv2 + u;
        sums.energyDrift = Math.max(sums.energyDrift,
                Math.abs(e - states.energy0[s]) / Math.max(states.energyScale[s], 1e-300));
        sums.momentumDrift = Math.max(sums.momentumDrift,
                Math.abs(sv - states.momentum0[s])
                        / Math.max(states.momentumScale[s], 1e-300));
        sums.collisions += coll;
        sums.skipped += skip;
        int bins = widths.length;
        double[] pairs = sums.pairs;
        double inverseBin = 1 / pairBin;
        for (int i = 0; i < n; i++) {
            double vi = v[i];
            double vi2 = vi * vi;
            for (int k = 1; k < n; k++) {
                int j = i + k;
                double d = j < n ? x[j] - x[i] : x[j - n] + length - x[i];
                if (d >= pairRange) {
                    break;
                }
                int bin = Math.min(bins - 1, (int) (d * inverseBin));
                double vj = v[j < n ? j : j - n];
                double vj2 = vj * vj;
                pairs[bin] += 1;
                pairs[bins + bin] += vj;
                pairs[2 * bins + bin] += vj2;
                pairs[3 * bins + bin] += vi;
                pairs[4 * bins + bin] += vi * vj;
                pairs[5 * bins + bin] += vi * vj2;
                pairs[6 * bins + bin] += vi2;
                pairs[7 * bins + bin] += vi2 * vj;
                pairs[8 * bins + bin] += vi2 * vj2;
            }
        }
    }

    /** The time the samples (all blocks not marked advanced) have reached. */
    @Override
    public double time() {
        return time;
    }

    /** Draws the initial samples (a fresh run). */
    MdEnsemble start() {
        sample();
        return this;
    }

    /**
     * Advances every block to {@code until} in equal steps of at most {@code dt}, measuring the
     * ensemble there; a block that reached {@code until} before an interruption is only measured
     * again. After each block that finishes (but the last), an intermediate checkpoint is offered.
     */
    @Override
    public void advance(double until, Interval interval) {
        int steps = until > time ? (int) Math.ceil((until - time) / settings.dt() - 1e-9) : 0;
        double h = steps > 0 ? (until - time) / steps : 0;
        measured = interval(interval, time, until, h, steps);
        time = until;
    }

    @Override
    public Snapshot snapshot() {
        if (measured == null) { // the first output at the samples' own time: measure only
            measured = interval(null, time, time, 0, 0);
        }
        List<BlockSums> sums = measured;
        measured = null;
        java.util.Arrays.fill(states.advanced, false);
        if (unitContext != null) {
            double[] all = new double[sums.size() * BlockSums.length(cells(), bins())];
            for (int b = 0; b < sums.size(); b++) {
                double[] one = sums.get(b).toArray();
                System.arraycopy(one, 0, all, b * one.length, one.length);
            }
            unitContext.result(UNIT_RESULT + emitted, all);
            unitContext.result(UNIT_SHAPE, b0, b1, cells(), bins());
        }
        emitted++;
        return snapshotOf(time, sums);
    }

    /** The snapshot of the ensemble of {@code sums} (blocks in order): means and replicas. */
    Snapshot snapshotOf(double time, List<BlockSums> sums) {
        Snapshot whole = snapshot(time, BlockSums.combine(sums, -1));
        List<Snapshot> replicas = new ArrayList<>();
        for (int b = 0; b < sums.size(); b++) {
            replicas.add(snapshot(time, BlockSums.combine(sums, b)));
        }
        List<Snapshot> fixed = List.copyOf(replicas);
        Replicas view = () -> fixed;
        return Snapshot.of(time, whole.view(TbaState.class).orElseThrow(),
                whole.view(EnsembleView.class).orElseThrow(), view);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            int threads = settings.threads() > 0 ? settings.threads()
                    : Runtime.getRuntime().availableProcessors();
            pool = Executors.newFixedThreadPool(Math.min(threads, blocks), r -> {
                Thread t = new Thread(r, "md-worker");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    private List<BlockSums> interval(Interval interval, double t0, double t1, double h,
            int steps) {
        CompletionService<BlockResult> done = new ExecutorCompletionService<>(pool());
        List<Future<BlockResult>> futures = new ArrayList<>();
        int range = b1 - b0;
        for (int b = b0; b < b1; b++) {
            int block = b;
            // a block that reached t1 before an interruption is only measured again
            boolean moved = states.advanced[b];
            futures.add(done.submit(() -> runBlock(block, h, moved ? 0 : steps, t1)));
        }
        BlockSums[] sums = new BlockSums[blocks];
        try {
            for (int finished = 0; finished < range; finished++) {
                BlockResult r = done.take().get();
                int s0 = first(r.block());
                System.arraycopy(r.x(), 0, states.x, s0 * n, r.x().length);
                System.arraycopy(r.v(), 0, states.v, s0 * n, r.v().length);
                System.arraycopy(r.collisions(), 0, states.collisions, s0,
                        r.collisions().length);
                System.arraycopy(r.skipped(), 0, states.skipped, s0, r.skipped().length);
                sums[r.block()] = r.sums();
                boolean wasAdvanced = states.advanced[r.block()];
                states.advanced[r.block()] = true;
                if (interval != null) {
                    if (!wasAdvanced && steps > 0 && finished + 1 < range) {
                        interval.offerCheckpoint();
                    }
                    interval.progress(t0 + (t1 - t0) * (finished + 1) / range);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("molecular dynamics interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            throw new IllegalStateException(c);
        }
        List<BlockSums> list = List.copyOf(java.util.Arrays.asList(sums).subList(b0, b1));
        if (!settings.partial()) { // a unit's blocks are checked with the others' when combined
            check(list, t1);
        }
        return list;
    }

    /**
     * The checks of the whole ensemble at {@code t1}: no sample's energy drifted beyond
     * {@code conservation}, and at most 1e-3 of the velocities left the rapidity grid.
     */
    void check(List<BlockSums> list, double t1) {
        BlockSums all = BlockSums.combine(list, -1);
        if (!(all.energyDrift <= settings.conservation())) {
            throw driftError(all.energyDrift, t1);
        }
        double outside = all.outside / (all.samples * n);
        if (outside > 1e-3) {
            throw new InvalidInputException("grid", String.format(Locale.ROOT,
                    "%.2e of the velocities left the rapidity grid [%s, %s] by t = %s; widen"
                            + " grid.min and grid.max", outside,
                    Parameters.format(space.grid(0).min()),
                    Parameters.format(space.grid(0).max()), Parameters.format(t1)));
        }
    }

    /** The snapshot of one set of samples: mean histogram as a TBA state, and the means. */
    Snapshot snapshot(double t, BlockSums s) {
        double[] rho = new double[cells.size()];
        for (int i = 0; i < rho.length; i++) {
            rho[i] = s.cells[i] / (s.samples * length * space.weight(i));
        }
        TbaState state = TbaState.fromDensity(space, rho);
        EnsembleView view = new EnsembleView(s, length, n, t, separations, widths, baseline);
        return Snapshot.of(t, state, view);
    }

    @Override
    public Map<String, double[]> save() {
        return states.save();
    }

    /** Restores the samples of a checkpoint ({@link #save()}) and its time. */
    MdEnsemble restore(Checkpoint c) {
        states.restore(c);
        time = c.time();
        emitted = c.outputsDone();
        return this;
    }
}
