package org.rapidity.solvers.md;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.observables.Kurtosis;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.solvers.kinetic.LandauSolver;

/**
 * Molecular dynamics against the generalised Landau equation in the Fig. 6 setting. The Landau
 * equation holds after the fast transient in which correlations build up (gBBGKY paper §V:
 * gBBGKY up to {@code t_L}, Landau after); so the comparison starts the {@code landau} solver
 * from the MD ensemble's own rapidity distribution at {@code t_L} and compares the kurtosis
 * changes {@code K(t) - K(t_L)} in units of the jackknife standard error of the MD change.
 */
final class MdVersusLandau {

    /** One output time after {@code t_L}. */
    record Row(double time, double mdKurtosis, double mdChange, double mdError,
            double landauChange, double landauFromStart) {

        double z() {
            return (mdChange - landauChange) / mdError;
        }
    }

    /** The comparison for one potential strength. */
    record Report(double v0, double a, int samples, double tl, List<Row> rows, double mdSeconds,
            double landauSeconds, double kurtosisAtTl, double smoothingShift,
            double[] sensitivity, double lateStart, double lateMd, double lateMdError,
            double lateLandau) {

        double lateZ() {
            return (lateMd - lateLandau) / lateMdError;
        }

        double worstZ() {
            return rows.stream().mapToDouble(r -> Math.abs(r.z())).max().orElse(0);
        }

        Row last() {
            return rows.get(rows.size() - 1);
        }
    }

    private MdVersusLandau() {
    }

    /**
     * Runs MD to {@code end} and Landau from the MD state at {@code tl}.
     *
     * @param outputs number of comparison times after {@code tl} (equally spaced)
     */
    static Report compare(double v0, double a, int samples, double dt, double tl, double end,
            int outputs, double bandwidth, boolean full) {
        return compare(v0, a, 80, samples, dt, tl, end, outputs, bandwidth, full);
    }

    /** As above with {@code rods} particles per sample (ring length {@code rods/ρ̄}). */
    static Report compare(double v0, double a, int rods, int samples, double dt, double tl,
            double end, int outputs, double bandwidth, boolean full) {
        double[] times = new double[outputs + 2];
        times[0] = 0;
        for (int k = 0; k <= outputs; k++) {
            times[k + 1] = tl + (end - tl) * k / outputs;
        }
        TbaState initial = MdTestSupport.fig6(a);
        Problem md = MdTestSupport.problem(initial, MdTestSupport.power(v0, 20), times);
        MdTestSupport.Recorder r = new MdTestSupport.Recorder(times,
                List.of(new Kurtosis()), null, -1);
        long t0 = System.nanoTime();
        MdTestSupport.md(MdTestSupport.params("rods", rods, "samples", samples, "blocks", 20,
                "dt", dt, "seed", 1)).run(md, r);
        double mdSeconds = (System.nanoTime() - t0) * 1e-9;

        double length = rods / 0.2;
        TbaState histogram = r.snapshots.get(1).view(TbaState.class).orElseThrow();
        TbaState atTl = smooth(histogram, bandwidth, samples * length);
        if (full) {
            save(histogram, v0, a, rods, tl);
        }
        double[] later = new double[outputs + 1];
        for (int k = 0; k <= outputs; k++) {
            later[k] = times[k + 1] - tl;
        }
        t0 = System.nanoTime();
        List<TbaState> fromTl = landau(atTl, v0, later);
        double landauSeconds = (System.nanoTime() - t0) * 1e-9;
        double[] fromStartTimes = new double[outputs + 1];
        System.arraycopy(times, 1, fromStartTimes, 0, outputs + 1);
        List<TbaState> fromStart = full ? landau(initial, v0, prepend0(fromStartTimes)) : null;
        // sensitivity to the smoothing of the MD state: bandwidths 0.15 and 0.3
        double[] sensitivity = new double[2];
        if (full) {
            Observable k = new Kurtosis();
            for (int q = 0; q < 2; q++) {
                TbaState other = smooth(histogram, q == 0 ? 0.15 : 0.3, samples * length);
                List<TbaState> ls = landau(other, v0, later);
                sensitivity[q] = k.evaluate(Snapshot.of(0, ls.get(outputs)))[0]
                        - k.evaluate(Snapshot.of(0, ls.get(0)))[0];
            }
        }

        Observable kurtosis = new Kurtosis();
        // a late window: Landau from the MD state at the middle output, to the end
        int mid = 1 + outputs / 2;
        double[] lateMd = MdTestSupport.change(r, kurtosis, 0, mid, outputs + 1);
        double lateLandau = Double.NaN;
        if (full) {
            TbaState atMid = r.snapshots.get(mid).view(TbaState.class).orElseThrow();
            save(atMid, v0, a, rods, times[mid]);
            List<TbaState> fromMid = landau(smooth(atMid, bandwidth, samples * length), v0,
                    new double[] {0, end - times[mid]});
            lateLandau = kurtosis.evaluate(Snapshot.of(0, fromMid.get(1)))[0]
                    - kurtosis.evaluate(Snapshot.of(0, fromMid.get(0)))[0];
        }
        double kl0 = kurtosis.evaluate(Snapshot.of(0, fromTl.get(0)))[0];
        double smoothingShift = kl0 - r.value(1, 0);
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= outputs; k++) {
            double[] change = MdTestSupport.change(r, kurtosis, 0, 1, k + 1);
            double landau = kurtosis.evaluate(Snapshot.of(0, fromTl.get(k)))[0] - kl0;
            double fs = full ? kurtosis.evaluate(Snapshot.of(0, fromStart.get(k + 1)))[0]
                    : Double.NaN;
            rows.add(new Row(times[k + 1], r.value(k + 1, 0), change[0], change[1], landau, fs));
        }
        return new Report(v0, a, samples, tl, rows, mdSeconds, landauSeconds, r.value(1, 0),
                smoothingShift, sensitivity, times[mid], lateMd[0], lateMd[1], lateLandau);
    }

    /**
     * The histogram smoothed by Gaussian kernels (a noisy histogram, with isolated counts in
     * the far tails, is not a valid initial condition for a kinetic equation): cells with fewer
     * than 5 counts are dropped (their total is put back in proportion), the kernel of
     * cell {@code i} has width {@code h_i = min(0.5, h (ρ_max/ρ_i)^{1/4})} (wider where counts
     * are sparse), and the kernel centres are pulled towards the mean by
     * {@code s = sqrt(1 - ⟨h²⟩/σ²)} so that the mean and the variance are unchanged. Each kernel
     * is normalised on the grid, so the density is conserved exactly.
     */
    static TbaState smooth(TbaState state, double h, double volume) {
        org.rapidity.framework.tba.ModeSpace space = state.space();
        double[] rho = state.density();
        int m = rho.length;
        double total = space.integrate(rho);
        for (int i = 0; i < m; i++) {
            if (rho[i] * space.weight(i) * volume < 5) {
                rho[i] = 0;
            }
        }
        double kept = space.integrate(rho);
        for (int i = 0; i < m; i++) {
            rho[i] *= total / kept;
        }
        double n = total;
        double max = java.util.Arrays.stream(rho).max().orElseThrow();
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += space.weight(i) * rho[i] * space.theta(i) / n;
        }
        double var = 0;
        double h2 = 0;
        double[] width = new double[m];
        for (int i = 0; i < m; i++) {
            double d = space.theta(i) - mean;
            var += space.weight(i) * rho[i] * d * d / n;
            width[i] = rho[i] > 0 ? Math.min(0.5, h * Math.pow(max / rho[i], 0.25)) : 0;
            h2 += space.weight(i) * rho[i] * width[i] * width[i] / n;
        }
        double shrink = Math.sqrt(1 - h2 / var);
        double[] out = new double[m];
        for (int i = 0; i < m; i++) {
            if (rho[i] == 0) {
                continue;
            }
            double c = mean + shrink * (space.theta(i) - mean);
            double[] k = new double[m];
            double norm = 0;
            for (int j = 0; j < m; j++) {
                double d = (space.theta(j) - c) / width[i];
                k[j] = Math.exp(-0.5 * d * d);
                norm += space.weight(j) * k[j];
            }
            for (int j = 0; j < m; j++) {
                out[j] += space.weight(i) * rho[i] * k[j] / norm;
            }
        }
        return TbaState.fromDensity(space, out);
    }

    /**
     * Writes the MD rapidity distribution at time t to target/md-state-V0=…-a=…-N=…-t=….csv, so
     * that the Landau side can be rerun without the MD ensemble.
     */
    private static void save(TbaState s, double v0, double a, int rods, double t) {
        StringBuilder sb = new StringBuilder("theta,rho\n");
        double[] rho = s.density();
        for (int i = 0; i < rho.length; i++) {
            sb.append(s.space().theta(i)).append(',').append(rho[i]).append('\n');
        }
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "md-state-V0="
                    + v0 + "-a=" + a + "-N=" + rods + "-t=" + t + ".csv"), sb.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double[] prepend0(double[] t) {
        double[] out = new double[t.length + 1];
        System.arraycopy(t, 0, out, 1, t.length);
        return out;
    }

    /**
     * The landau solver's states at the given times (the first must be 0), with relative
     * tolerance 1e-5, conservation checked to 1e-5, explicit DOP853 steps and no linearised
     * spectrum. The solver refuses densities below {@code -100·tolerance·max ρ}, and from a
     * smoothed MD histogram its discretised evolution undershoots in the tails by up to about
     * 1e-4 of the peak; the kurtosis changes it gives are the same to five digits with
     * tolerances 1e-5, 1e-6 and 1e-7 and with the Rosenbrock integrator (checked on the saved
     * V0 = 1, 2 states), which is five times slower here.
     */
    static List<TbaState> landau(TbaState initial, double v0, double[] times) {
        LandauSolver.Provider p = new LandauSolver.Provider();
        Solver solver = p.create(Parameters.validate("solver", p.parameters(),
                Map.of("tolerance", 1e-5, "conservation", 1e-5, "integrator", "dop853",
                        "linearise", 0)));
        Problem problem = MdTestSupport.problem(initial, MdTestSupport.power(v0, 20), times);
        List<TbaState> states = new ArrayList<>();
        solver.run(problem, new RunContext() {
            @Override
            public double[] outputTimes() {
                return times.clone();
            }

            @Override
            public void emit(Snapshot snapshot) {
                states.add(snapshot.view(TbaState.class).orElseThrow());
            }

            @Override
            public java.util.Optional<Checkpoint> resumeFrom() {
                return java.util.Optional.empty();
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
            }
        });
        return states;
    }

    /** A Markdown table of reports. */
    static String markdown(List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("| V0 | a | samples | t_L | t | K_MD(t) | ΔK_MD = K(t)-K(t_L) | ΔK_Landau from"
                + " MD state at t_L | (ΔK_MD - ΔK_L)/σ | K_Landau from t = 0 |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report rep : reports) {
            for (Row row : rep.rows()) {
                sb.append(String.format(Locale.ROOT, "| %g | %g | %d | %g | %g | %.4f | %.4f ± %.4f"
                        + " | %.4f | %+.2f | %.4f |%n", rep.v0(), rep.a(), rep.samples(),
                        rep.tl(), row.time(), row.mdKurtosis(), row.mdChange(), row.mdError(),
                        row.landauChange(), row.z(), row.landauFromStart()));
            }
        }
        return sb.toString();
    }
}
