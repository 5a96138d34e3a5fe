package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.evolution.EventDetector;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The crossing of {@code c = 0} as the model's own event: three time events of the evolution
 * driver ({@code ZeroCrossing.crossingEvents}) at the ramp's {@code t(c = g)}, {@code t(0)},
 * {@code t(−g)}, whose actions are {@link GhdEvolution}'s phase operations. On the homogeneous
 * ramp {@code c: 2 → −2} at rate −1 with gap 1 ({@link LiebLinigerGhdTest#crossing}) the events
 * are at 1, 2, 3 exactly; a run stopped at an output in each phase resumes from its checkpoint
 * to the uninterrupted run bit for bit.
 */
class GhdCrossingEventsTest {

    /** Outputs at t_+ = 1, in the gap above zero, at t_0 = 2, below zero, at t_- = 3, after. */
    static final double[] TIMES = {0, 1, 1.5, 2, 2.5, 3, 4};

    @Test
    void theEventsAreAtTheRampsTimesOfPlusGZeroAndMinusG() {
        LiebLinigerGhdTest.Ghd ghd = LiebLinigerGhdTest.solver("x_min", -1, "x_max", 1,
                "x_points", 2, "boundary", "periodic", "ramp_rate", -1.0, "ramp_to", -2.0,
                "crossing_gap", 1.0);
        ModeSpace space = ModeSpace.of(LiebLinigerGhdTest.keeping(2.0, 20),
                QuadratureGrid.uniform(-6, 6, 24));
        TbaState s0 = LiebLinigerGhdTest.thermal(space, 0.5, -0.5);
        Problem p = ghd.driven(new Problem(s0, List.of(), null, TIMES));
        GhdEvolution e = new GhdEvolution(GhdSolver.Settings.of(ghd.solver().parameters(), p),
                p, new double[][] {s0.filling(), s0.filling()});
        List<EventDetector> events = e.events();
        assertEquals(3, events.size());
        double[] expected = {1, 2, 3};
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], events.get(i).nextTime(0), 0.0);
            assertEquals(Double.POSITIVE_INFINITY, events.get(i).nextTime(expected[i]));
        }
        // the evolution steps within a phase only: the driver lands on each event
        assertThrows(IllegalStateException.class, () -> e.advance(1.5, null));
    }

    @Test
    void aRunStoppedInEachPhaseResumesToTheSameNumbers() {
        ProfileRun whole = LiebLinigerGhdTest.crossing(24, new ProfileRun(TIMES));
        // what each output shows: the hydrodynamic state at t_+ = 1 (c = 1), the free state
        // mapped to the nearer edge inside the gap, the strings at c = -1 from t_0 on
        double[] shownAt = {2, 1, 1, -1, -1, -1, -2};
        for (int k = 0; k < TIMES.length; k++) {
            Profile profile = whole.profiles.get(k);
            assertEquals(shownAt[k], ((CouplingDependent) profile.model()).coupling(), 1e-12);
            assertEquals(shownAt[k] > 0 ? 1 : 20, profile.model().speciesCount());
        }
        String[] phases = {"hydrodynamic", "above", "above", "below", "below", "hydrodynamic"};
        for (int stop = 2; stop <= 6; stop++) {
            ProfileRun first = new ProfileRun(TIMES, null, stop);
            assertThrows(ProfileRun.Interrupted.class, () -> LiebLinigerGhdTest.crossing(24,
                    first));
            Checkpoint at = first.checkpoints.get(first.checkpoints.size() - 1);
            assertEquals(TIMES[stop - 1], at.time(), 0.0);
            String phase = !at.arrays().containsKey("phase") ? "hydrodynamic"
                    : at.array("phase")[0] == 1 ? "above" : "below";
            assertEquals(phases[stop - 1], phase, "phase saved at t = " + at.time());
            assertResumesAsTheWholeRun(whole, at, stop);
        }
    }

    /**
     * A checkpoint written at {@code t_+} before the crossing was an event of the driver (the
     * state still hydrodynamic there, the crossing due) resumes to the same numbers.
     */
    @Test
    void aCheckpointFromBeforeTheEventsResumesAtTheStartOfTheGap() {
        ProfileRun whole = LiebLinigerGhdTest.crossing(24, new ProfileRun(TIMES));
        ProfileRun first = new ProfileRun(TIMES, null, 2);
        assertThrows(ProfileRun.Interrupted.class, () -> LiebLinigerGhdTest.crossing(24, first));
        Checkpoint atStart = first.checkpoints.get(first.checkpoints.size() - 1);
        Map<String, double[]> hydrodynamic = new LinkedHashMap<>(atStart.arrays());
        assertTrue(hydrodynamic.remove("phase") != null && hydrodynamic.remove("free") != null);
        assertFalse(hydrodynamic.containsKey("phase"));
        assertResumesAsTheWholeRun(whole, new Checkpoint(atStart.type(), atStart.version(),
                atStart.time(), atStart.outputsDone(), hydrodynamic), 2);
    }

    private static void assertResumesAsTheWholeRun(ProfileRun whole, Checkpoint from,
            int done) {
        ProfileRun rest = LiebLinigerGhdTest.crossing(24, new ProfileRun(TIMES, from,
                Integer.MAX_VALUE));
        assertEquals(TIMES.length - done, rest.profiles.size());
        for (int k = done; k < TIMES.length; k++) {
            double[][] a = whole.profiles.get(k).fillings();
            double[][] b = rest.profiles.get(k - done).fillings();
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i], b[i], 0.0, "t = " + TIMES[k] + " after a resume at t = "
                        + from.time());
            }
        }
    }
}
