package org.rapidity.solvers.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.models.hardrods.HardRods;

/**
 * The time stepping of one sample: order of the energy error with and without the collision
 * correction, momentum conservation, time reversal, and the exact hard-rod solution at
 * {@code V0 = 0}.
 */
class RodSystemTest {

    static final int N = 40;
    static final double L = 200;

    /** A configuration of the Fig. 6 kind: GGE positions, two boosted lumps of velocities. */
    static double[][] configuration(HardRods model, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[N];
        double[] v = new double[N];
        model.samplePositions(x, L, r);
        for (int i = 0; i < N; i++) {
            v[i] = (r.nextBoolean() ? 1 : -1) + Math.sqrt(0.2) * r.nextGaussian();
        }
        return new double[][] {x, v};
    }

    static RodSystem system(HardRods model, double v0, double xi, boolean correct) {
        PairTable table = PairTable.of(new PowerLawPerturbation(v0, xi, Parameters.empty()), L, 0);
        return new RodSystem(N, L, table, model.flow(N, L), correct);
    }

    /** RMS over t = 0.5, 1, … 100 of the relative energy error, averaged over samples. */
    static double energyError(double a, boolean correct, double h, int samples) {
        HardRods model = new HardRods(a, Parameters.empty());
        double mean = 0;
        for (int s = 0; s < samples; s++) {
            double[][] c = configuration(model, 100 + s);
            RodSystem rs = system(model, 6, 10, correct);
            rs.load(c[0], 0, c[1], 0);
            double e0 = rs.kineticEnergy() + rs.potentialEnergy();
            int chunk = (int) Math.round(0.5 / h);
            double acc = 0;
            int m = 0;
            for (double t = 0; t < 100 - 1e-9; t += chunk * h) {
                rs.advance(h, chunk);
                double e = rs.kineticEnergy() + rs.potentialEnergy();
                acc += (e - e0) * (e - e0);
                m++;
            }
            mean += Math.sqrt(acc / m) / Math.abs(e0) / samples;
        }
        return mean;
    }

    /** Least-squares slope of log(error) against log(h). */
    static double order(double a, boolean correct, int samples, double[] hs) {
        double[] lx = new double[hs.length];
        double[] ly = new double[hs.length];
        for (int k = 0; k < hs.length; k++) {
            lx[k] = Math.log(hs[k]);
            ly[k] = Math.log(energyError(a, correct, hs[k], samples));
        }
        double mx = Arrays.stream(lx).average().orElseThrow();
        double my = Arrays.stream(ly).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < hs.length; k++) {
            sxy += (lx[k] - mx) * (ly[k] - my);
            sxx += (lx[k] - mx) * (lx[k] - mx);
        }
        return sxy / sxx;
    }

    static final double[] STEPS = {0.5, 0.25, 0.125, 0.0625};

    @Test
    void theEnergyErrorIsSecondOrderWithTheCollisionCorrection() {
        double p = order(1, true, 4, STEPS);
        assertTrue(p > 1.8 && p < 2.3, "order with the correction: " + p);
    }

    @Test
    void plainSplittingIsFirstOrderForHardRodsAndSecondOrderForPointParticles() {
        // a > 0: the force carried by a velocity jumps by F_{i+1} - F_i at each collision
        double p = order(1, false, 8, STEPS);
        assertTrue(p > 0.5 && p < 1.4, "order of plain splitting, a = 1: " + p);
        // at a = 0 the colliding particles sit at the same point and feel the same force:
        // nothing jumps, and plain splitting is second order
        double q = order(0, false, 4, STEPS);
        assertTrue(q > 1.8 && q < 2.3, "order of plain splitting, a = 0: " + q);
        // and the correction makes the error much smaller at the same step
        assertTrue(energyError(1, true, 0.125, 4) < 0.1 * energyError(1, false, 0.125, 4));
    }

    @Test
    void momentumIsConservedToRounding() {
        HardRods model = new HardRods(1, Parameters.empty());
        double[][] c = configuration(model, 3);
        RodSystem rs = system(model, 6, 10, true);
        rs.load(c[0], 0, c[1], 0);
        double p0 = rs.momentum();
        double scale = Math.sqrt(2 * N * rs.kineticEnergy());
        rs.advance(0.25, 800);
        assertEquals(p0, rs.momentum(), 1e-12 * scale);
        assertTrue(rs.collisions() > 100, "collisions happened: " + rs.collisions());
    }

    @Test
    void reversingTheVelocitiesReturnsToTheStart() {
        HardRods model = new HardRods(1, Parameters.empty());
        double[][] c = configuration(model, 4);
        RodSystem rs = system(model, 6, 10, true);
        rs.load(c[0], 0, c[1], 0);
        rs.advance(0.25, 400);
        double moved = 0;
        for (int i = 0; i < N; i++) {
            moved = Math.max(moved, Math.abs(rs.x[i] - c[0][i]));
            rs.v[i] = -rs.v[i];
        }
        assertTrue(moved > 10, "the rods went somewhere");
        rs.advance(0.25, 400);
        for (int i = 0; i < N; i++) {
            assertEquals(c[0][i], rs.x[i], 1e-7, "position of rod " + i);
            assertEquals(-c[1][i], rs.v[i], 1e-7, "velocity of rod " + i);
        }
    }

    /** Hard rods by the contraction map (see the hard-rod model's tests). */
    static double[][] contractionMap(double[] x, double[] v, double a, double length, double t) {
        int n = x.length;
        double free = length - n * a;
        double[] r = new double[n];
        Integer[] order = new Integer[n];
        long wraps = 0;
        for (int i = 0; i < n; i++) {
            double z = x[i] - a * i + v[i] * t;
            long c = (long) Math.floor(z / free);
            r[i] = z - c * free;
            wraps += c;
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(r[p], r[q]));
        int m = (int) Math.floorMod(wraps, n);
        long j = Math.floorDiv(wraps, n);
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            int idx = m + k;
            int q = order[idx % n];
            out[0][k] = r[q] + (j + (idx >= n ? 1 : 0)) * free + a * k;
            out[1][k] = v[q];
        }
        return out;
    }

    @Test
    void withoutThePotentialTheDynamicsIsTheExactHardRodSolution() {
        HardRods model = new HardRods(1, Parameters.empty());
        double[][] c = configuration(model, 5);
        RodSystem rs = system(model, 0, 10, true);
        rs.load(c[0], 0, c[1], 0);
        rs.advance(0.5, 1000);
        double[][] exact = contractionMap(c[0], c[1], 1, L, 500);
        for (int i = 0; i < N; i++) {
            assertEquals(exact[0][i], rs.x[i], 1e-9 * (1 + Math.abs(exact[0][i])));
            assertEquals(exact[1][i], rs.v[i], 0);
        }
        assertEquals(0, rs.potentialEnergy());
    }
}
