package org.rapidity.framework.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapidity.framework.evolution.EvolutionDriverTest.TIMES;
import static org.rapidity.framework.evolution.EvolutionDriverTest.problem;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.drives.LinearRamp;
import org.rapidity.framework.evolution.EventDetectorTest.Refillable;
import org.rapidity.framework.evolution.EventDetectorTest.Stoppable;
import org.rapidity.framework.spi.ParameterDrive;
import org.rapidity.framework.spi.Problem;

/**
 * The crossing of {@code c = 0} as three time events of the driver: their times along a ramp
 * (closed form for the linear ramp, root finding for another shape, both against closed forms),
 * and, on the decaying toy whose phase operations multiply the density by 2, 1/4 and 3, the
 * outputs {@code n0 e^{−γt}} times the product of the phases passed, the driver landing on each
 * event, one snapshot per output, and a resume from every output matching the whole run.
 */
class ZeroCrossingEventsTest {

    /** A ramp {@code p(t) = p0 cos(π t / 8)}, of another shape than linear. */
    static final class CosineRamp implements ParameterDrive {
        @Override
        public String name() {
            return "cosine-ramp";
        }

        @Override
        public String parameter() {
            return "c";
        }

        @Override
        public double rate() {
            return Double.NaN;
        }

        @Override
        public double target() {
            return Double.NaN;
        }

        @Override
        public double value(double p0, double t) {
            return p0 * Math.cos(Math.PI * t / 8);
        }
    }

    @Test
    void theTimesOfTheRampAreFoundInClosedFormOrByRootFinding() {
        LinearRamp linear = new LinearRamp("c", -1, -2);
        ZeroCrossingEvents times = ZeroCrossingEvents.of(linear, 2, 1, 10);
        assertEquals(new ZeroCrossingEvents(1, 2, 3), times);
        assertEquals(Double.POSITIVE_INFINITY, linear.timeOf(2, -3, 10), "beyond its target");
        assertEquals(Double.POSITIVE_INFINITY, linear.timeOf(2, 3, 10), "behind its start");
        // the same ramp without its closed form: root finding
        ParameterDrive searched = new ParameterDrive() {
            @Override
            public String name() {
                return "linear";
            }

            @Override
            public String parameter() {
                return "c";
            }

            @Override
            public double rate() {
                return -1;
            }

            @Override
            public double target() {
                return -2;
            }
        };
        for (double c : new double[] {1.7, 1, 0, -1, -2}) {
            assertEquals(linear.timeOf(2, c, 10), searched.timeOf(2, c, 10), 1e-13, "c = " + c);
        }
        assertEquals(Double.POSITIVE_INFINITY, searched.timeOf(2, -3, 10));
        // a cosine ramp: t(c) = (8/π) acos(c/2)
        CosineRamp cosine = new CosineRamp();
        ZeroCrossingEvents bent = ZeroCrossingEvents.of(cosine, 2, 0.5, 7);
        assertEquals(8 / Math.PI * Math.acos(0.25), bent.start(), 1e-13);
        assertEquals(4, bent.zero(), 1e-13);
        assertEquals(8 / Math.PI * Math.acos(-0.25), bent.finish(), 1e-13);
        assertEquals(Double.POSITIVE_INFINITY, cosine.timeOf(2, -1.5, 4), "not by the horizon");
        assertThrows(IllegalArgumentException.class, () -> cosine.timeOf(2, 0,
                Double.POSITIVE_INFINITY));
    }

    @Test
    void theDriverRunsThePhasesAtTheirTimesAndResumesBetweenThem() {
        Problem p = problem();
        double n0 = p.initialState().particleDensity();
        // t_+ = 0.75 inside an output interval, t_0 = 1 on an output, t_- = 2.5
        List<EventDetector> events = new ZeroCrossingEvents(0.75, 1, 2.5).detectors();
        List<String> calls = new ArrayList<>();
        Stoppable whole = new Stoppable(null, -1);
        Refillable toy = new Refillable(events, calls);
        toy.run(p, whole);
        double[] factors = {1, 1, 0.5, 0.5, 1.5, 1.5}; // an event on an output acts before it
        for (int k = 0; k < TIMES.length; k++) {
            assertEquals(factors[k] * n0 * Math.exp(-EventDetectorTest.RATE * TIMES[k]),
                    whole.density(k), 1e-13 * n0, "t = " + TIMES[k]);
        }
        for (String step : new String[] {"0.5->0.75", "0.75->1.0", "2.0->2.5", "2.5->3.0"}) {
            assertTrue(calls.contains("decay.advance " + step), calls.toString());
        }
        assertEquals(TIMES.length, toy.evolutions.get(0).snapshots, "one snapshot per output");
        for (int crash = 1; crash < TIMES.length; crash++) {
            Stoppable first = new Stoppable(null, crash);
            assertThrows(IllegalStateException.class, () -> new Refillable(events,
                    new ArrayList<>()).run(p, first));
            Stoppable rest = new Stoppable(first.checkpoints.get(first.checkpoints.size() - 1),
                    -1);
            new Refillable(events, new ArrayList<>()).run(p, rest);
            for (int k = crash; k < TIMES.length; k++) {
                assertEquals(whole.density(k), rest.density(k - crash), 0.0, "t = " + TIMES[k]
                        + " resumed after output " + crash);
            }
        }
    }

    @Test
    void anEvolutionWithoutThePhasesIsToldSo() {
        Problem p = problem();
        Evolution plain = new EvolutionDriverTest.Decay("decay", 0.3, new ArrayList<>())
                .start(p, new Stoppable(null, -1));
        EventDetector start = new ZeroCrossingEvents(0.75, 1, 2.5).detectors().get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                start.resetState(plain));
        assertTrue(e.getMessage().contains("crossing-start"), e.getMessage());
    }
}
