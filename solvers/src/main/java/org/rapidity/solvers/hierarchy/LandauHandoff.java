package org.rapidity.solvers.hierarchy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/**
 * The second phase of a hybrid run: the {@code landau} solver, unchanged, evolving the density
 * the hierarchy reached at {@code t_L} through the remaining output times. It runs on a problem
 * whose initial state is {@code ρ(t_L)} and whose output times are {@code t_L} followed by the
 * remaining ones, behind a {@link RunContext} that
 * <ul>
 *   <li>drops the Landau solver's own snapshot at {@code t_L} (the hierarchy has emitted every
 *       output time up to {@code t_L});</li>
 *   <li>adds the hierarchy's views to each snapshot: kinetic energy {@code ∫ρE}, the interaction
 *       energy of the hand-off (the Landau equation conserves {@code ∫ρE}, so a closed system
 *       keeps it), {@code g2} moments NaN (not evolved);</li>
 *   <li>passes the Landau solver's results (the linearised spectrum, {@code landau_linearise})
 *       through;</li>
 *   <li>translates checkpoints both ways, adding what a resume needs ({@code ρ(t_L)}, {@code t_L},
 *       the interaction energy and the number of outputs the hierarchy emitted).</li>
 * </ul>
 */
final class LandauHandoff {

    /** Array marking a checkpoint of the Landau phase: {t_L, outputs before, e_int}. */
    static final String MARK = "handoff";
    private static final String START = "handoff_rho";

    private LandauHandoff() {
    }

    /** Runs the Landau phase from {@code ρ(t_L)}; {@code emitted} outputs are done. */
    static void start(HierarchySolver solver, Problem problem, SeparationGrid grid,
            Perturbation v, double[] rho, double interaction, double tL, int emitted,
            RunContext outer) {
        run(solver, problem, grid, rho, new double[] {tL, emitted, interaction}, null, outer);
    }

    /** Resumes the Landau phase from one of its checkpoints. */
    static void resume(HierarchySolver solver, Problem problem, SeparationGrid grid,
            Perturbation v, Checkpoint c, RunContext outer) {
        double[] mark = c.array(MARK);
        Map<String, double[]> inner = new LinkedHashMap<>(c.arrays());
        inner.remove(MARK);
        inner.remove(START);
        Checkpoint translated = new Checkpoint(c.time(), c.outputsDone() - (int) mark[1] + 1,
                inner);
        run(solver, problem, grid, c.array(START), mark, translated, outer);
    }

    private static void run(HierarchySolver solver, Problem problem, SeparationGrid grid,
            double[] rho, double[] mark, Checkpoint resume, RunContext outer) {
        double tL = mark[0];
        int before = (int) mark[1];
        double interaction = mark[2];
        double[] all = outer.outputTimes();
        double[] times = new double[all.length - before + 1];
        times[0] = tL;
        System.arraycopy(all, before, times, 1, all.length - before);
        double max = 0;
        for (double r : rho) {
            max = Math.max(max, Math.abs(r));
        }
        // the hierarchy's tails may dip below zero at the level of its discretisation errors
        TbaState start = TbaState.fromEvolvedDensity(problem.space(), rho,
                HierarchySolver.NEGATIVE_TAIL * max);
        Problem landau = new Problem(start, problem.perturbations(), null, times);
        RunContext inner = new RunContext() {
            @Override
            public double[] outputTimes() {
                return times.clone();
            }

            @Override
            public void emit(Snapshot snapshot) {
                if (snapshot.time() == tL) {
                    return;
                }
                TbaState s = snapshot.view(TbaState.class).orElseThrow();
                outer.emit(Snapshot.of(snapshot.time(), s,
                        HierarchySnapshot.untracked(s.energyDensity(), interaction, grid)));
            }

            @Override
            public Optional<Checkpoint> resumeFrom() {
                return Optional.ofNullable(resume);
            }

            @Override
            public void checkpoint(Checkpoint c) {
                Map<String, double[]> arrays = new LinkedHashMap<>(c.arrays());
                arrays.put(MARK, mark.clone());
                arrays.put(START, rho.clone());
                outer.checkpoint(new Checkpoint(c.time(), before + c.outputsDone() - 1,
                        arrays));
            }

            @Override
            public void progress(double time) {
                outer.progress(time);
            }

            @Override
            public void result(String name, double... values) {
                outer.result(name, values);
            }

            @Override
            public String toString() {
                return "landau phase from t = " + tL + " " + Arrays.toString(times);
            }
        };
        solver.landau().run(landau, inner);
    }
}
