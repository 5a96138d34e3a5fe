package org.rapidity.solvers.relaxation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.states.TwoLumpStateProvider;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/** The relaxation-time baseline: exact solution, conservation, entropy, resume. */
class RelaxationTimeSolverTest {

    static final double[] TIMES = {0, 0.25, 0.5, 1, 2, 4, 8, 16};

    static Problem twoLumps() {
        ModeSpace space = ModeSpace.of(new HardRods(1, Parameters.empty()),
                QuadratureGrid.uniform(-8, 8, 64));
        TwoLumpStateProvider p = new TwoLumpStateProvider();
        TbaState s = p.create(space, Parameters.validate("state", p.parameters(),
                Map.of("beta", 1.0, "theta0", 1.0, "density", 0.2)));
        return new Problem(s, List.of(), null, TIMES);
    }

    static RelaxationTimeSolver solver(double tau) {
        RelaxationTimeSolver.Provider p = new RelaxationTimeSolver.Provider();
        return p.create(Parameters.validate("solver", p.parameters(), Map.of("tau", tau)));
    }

    static List<TbaState> run(RelaxationTimeSolver s, Problem p, Checkpoint from, int crash,
            List<Checkpoint> saved) {
        List<TbaState> out = new ArrayList<>();
        s.run(p, new RunContext() {
            @Override
            public double[] outputTimes() {
                return TIMES.clone();
            }

            @Override
            public void emit(Snapshot snapshot) {
                out.add(snapshot.view(TbaState.class).orElseThrow());
            }

            @Override
            public Optional<Checkpoint> resumeFrom() {
                return Optional.ofNullable(from);
            }

            @Override
            public void checkpoint(Checkpoint c) {
                saved.add(c);
                if (c.outputsDone() == crash) {
                    throw new IllegalStateException("crash");
                }
            }
        });
        return out;
    }

    /**
     * ρ(t) − ρ_th decays as e^{−t/τ} mode by mode; N, P, E are those of the initial state at
     * every output; the entropy grows at every output and reaches the thermal state's.
     */
    @Test
    void relaxesExponentiallyToTheThermalStateWithGrowingEntropy() {
        Problem p = twoLumps();
        double tau = 2;
        List<TbaState> states = run(solver(tau), p, null, -1, new ArrayList<>());
        TbaState start = p.initialState();
        double[] target = {start.particleDensity(), start.momentumDensity(),
            start.energyDensity()};
        TbaState thermal = Gge.withCharges(p.space(), target).state();
        double[] rho0 = start.density();
        double[] th = thermal.density();
        for (int k = 0; k < TIMES.length; k++) {
            TbaState s = states.get(k);
            double[] rho = s.density();
            for (int i = 0; i < rho.length; i++) {
                assertEquals((rho0[i] - th[i]) * Math.exp(-TIMES[k] / tau), rho[i] - th[i],
                        1e-13);
            }
            assertEquals(target[0], s.particleDensity(), 1e-10 * target[0]);
            assertEquals(target[2], s.energyDensity(), 1e-9 * target[2]);
            if (k > 0) {
                assertTrue(s.entropyDensity() > states.get(k - 1).entropyDensity(),
                        "entropy fell at t = " + TIMES[k]);
            }
        }
        assertEquals(thermal.entropyDensity(), states.get(TIMES.length - 1).entropyDensity(),
                1e-3 * thermal.entropyDensity());
    }

    @Test
    void resumesBitForBitAfterACrashAtAnyOutput() {
        Problem p = twoLumps();
        List<TbaState> whole = run(solver(3), p, null, -1, new ArrayList<>());
        for (int crash = 1; crash < TIMES.length; crash++) {
            List<Checkpoint> saved = new ArrayList<>();
            int at = crash;
            assertThrows(IllegalStateException.class, () -> run(solver(3), p, null, at, saved));
            Checkpoint last = saved.get(saved.size() - 1);
            assertEquals("relaxation-time", last.type());
            List<TbaState> rest = run(solver(3), p, last, -1, new ArrayList<>());
            assertEquals(TIMES.length - crash, rest.size());
            for (int k = 0; k < rest.size(); k++) {
                assertArrayEquals(whole.get(crash + k).density(), rest.get(k).density());
            }
        }
    }
}
