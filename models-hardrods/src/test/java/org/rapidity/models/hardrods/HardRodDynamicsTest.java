package org.rapidity.models.hardrods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.MicroscopicDynamics;

/**
 * The microscopic dynamics of hard rods against an independent solution: the contraction map
 * to free point particles (each rod shortened to a point, the free particles pass through each
 * other, and the rods are rebuilt in order).
 */
class HardRodDynamicsTest {

    static HardRods rods(double a) {
        return new HardRods(a, Parameters.empty());
    }

    /** A random GGE-like configuration: positions from the sampler, Gaussian velocities. */
    static double[][] configuration(HardRods model, int n, double length, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] v = new double[n];
        model.samplePositions(x, length, r);
        for (int i = 0; i < n; i++) {
            v[i] = (r.nextBoolean() ? 1 : -1) + 0.5 * r.nextGaussian();
        }
        return new double[][] {x, v};
    }

    /**
     * The exact hard-rod configuration at time t by the contraction map: free points
     * {@code z_i = x_i - a i + v_i t} on the contracted ring of length {@code L - N a}; the rods
     * are the window of N consecutive points whose sum is {@code Σ z_i} (the centre of mass moves
     * with the total momentum), rebuilt as {@code x_k = w_k + a k}.
     */
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
        double[] xt = new double[n];
        double[] vt = new double[n];
        for (int k = 0; k < n; k++) {
            int idx = m + k;
            int q = order[idx % n];
            double w = r[q] + (j + (idx >= n ? 1 : 0)) * free;
            xt[k] = w + a * k;
            vt[k] = v[q];
        }
        return new double[][] {xt, vt};
    }

    /** Number of crossings of the free points in [0, t]: the number of collisions. */
    static long crossings(double[] x, double[] v, double a, double length, double t) {
        int n = x.length;
        double free = length - n * a;
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d0 = (x[j] - a * j) - (x[i] - a * i);
                double d1 = d0 + (v[j] - v[i]) * t;
                count += Math.abs((long) Math.floor(d1 / free) - (long) Math.floor(d0 / free));
            }
        }
        return count;
    }

    @Test
    void theEventDrivenFlowIsTheContractionMap() {
        for (double a : new double[] {0, 0.3, 1}) {
            for (int n : new int[] {1, 2, 3, 17, 60}) {
                HardRods model = rods(a);
                double length = n / 0.2;
                double[][] c = configuration(model, n, length, 11 + n);
                for (double t : new double[] {0.7, 13, 250}) {
                    double[] x = c[0].clone();
                    double[] v = c[1].clone();
                    long collisions = model.flow(n, length).advance(x, v, t, null);
                    double[][] exact = contractionMap(c[0], c[1], a, length, t);
                    for (int i = 0; i < n; i++) {
                        assertEquals(exact[0][i], x[i], 1e-9 * (1 + Math.abs(x[i])),
                                "a = " + a + ", N = " + n + ", t = " + t + ", rod " + i);
                        assertEquals(exact[1][i], v[i], 0, "velocity of rod " + i);
                    }
                    assertEquals(crossings(c[0], c[1], a, length, t), collisions,
                            "collisions = crossings of the contracted points");
                }
            }
        }
    }

    @Test
    void advancingInPiecesEqualsAdvancingAtOnceAndKeepsTheOrder() {
        HardRods model = rods(1);
        int n = 40;
        double length = 200;
        double[][] c = configuration(model, n, length, 5);
        double[] x = c[0].clone();
        double[] v = c[1].clone();
        MicroscopicDynamics.Flow flow = model.flow(n, length);
        for (int k = 0; k < 300; k++) {
            flow.advance(x, v, 0.37, null);
            for (int i = 0; i + 1 < n; i++) {
                assertTrue(x[i + 1] - x[i] >= 1 - 1e-9, "rods overlap");
            }
            assertTrue(x[0] + length - x[n - 1] >= 1 - 1e-9, "rods overlap across the ring");
        }
        double[][] exact = contractionMap(c[0], c[1], 1, length, 300 * 0.37);
        for (int i = 0; i < n; i++) {
            assertEquals(exact[0][i], x[i], 1e-8 * (1 + Math.abs(x[i])));
            assertEquals(exact[1][i], v[i], 0);
        }
    }

    @Test
    void reversingTheVelocitiesRetracesTheTrajectory() {
        HardRods model = rods(1);
        int n = 50;
        double length = 250;
        double[][] c = configuration(model, n, length, 9);
        double[] x = c[0].clone();
        double[] v = c[1].clone();
        MicroscopicDynamics.Flow flow = model.flow(n, length);
        flow.advance(x, v, 500, null);
        for (int i = 0; i < n; i++) {
            v[i] = -v[i];
        }
        flow.advance(x, v, 500, null);
        for (int i = 0; i < n; i++) {
            assertEquals(c[0][i], x[i], 1e-9);
            assertEquals(-c[1][i], v[i], 0);
        }
    }

    @Test
    void theListenerSeesEveryCollisionAtContactAndMayKickTheRods() {
        HardRods model = rods(1);
        int n = 30;
        double length = 150;
        double[][] c = configuration(model, n, length, 3);
        double[] x = c[0].clone();
        double[] v = c[1].clone();
        long[] seen = {0};
        double[] last = {0};
        long count = model.flow(n, length).advance(x, v, 60, contact -> {
            seen[0]++;
            int i = contact.left();
            int j = contact.right();
            assertEquals((i + 1) % n, j);
            double gap = contact.position(j) + (j == 0 ? length : 0) - contact.position(i);
            assertEquals(1, gap, 1e-9, "rods touch at a collision");
            assertTrue(contact.velocity(i) <= contact.velocity(j), "velocities exchanged");
            assertTrue(contact.time() >= last[0] && contact.time() <= 60, "in time order");
            last[0] = contact.time();
            // a momentum-conserving (inelastic) kick that keeps them separating
            double dv = -0.2 * (contact.velocity(j) - contact.velocity(i));
            contact.addVelocity(j, dv);
            contact.addVelocity(i, -dv);
        });
        assertEquals(seen[0], count);
        assertTrue(count > 50, "a busy ring: " + count);
        double p0 = Arrays.stream(c[1]).sum();
        assertEquals(p0, Arrays.stream(v).sum(), 1e-12);
        for (int i = 0; i + 1 < n; i++) {
            assertTrue(x[i + 1] - x[i] >= 1 - 1e-9);
        }
    }

    @Test
    void sampledPositionsAreAdmissibleWithUniformFreeLengths() {
        HardRods model = rods(1);
        int n = 20;
        double length = 100;
        double free = length - n;
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[n];
        int m = 4000;
        double sum = 0;
        double sum2 = 0;
        double first = 0;
        for (int s = 0; s < m; s++) {
            model.samplePositions(x, length, r);
            first += x[0];
            for (int i = 0; i < n; i++) {
                double gap = (i + 1 < n ? x[i + 1] : x[0] + length) - x[i] - 1;
                assertTrue(gap >= -1e-12);
                sum += gap;
                sum2 += gap * gap;
            }
        }
        int count = m * n;
        double mean = sum / count;
        // a free length of a uniform point on the simplex of total L' is L' Beta(1, N-1)
        assertEquals(free / n, mean, 1e-9 * free, "the free lengths add up to L - N a");
        double variance = sum2 / count - mean * mean;
        double expected = free * free * (n - 1) / ((double) n * n * (n + 1));
        assertEquals(expected, variance, 0.05 * expected);
        assertEquals(length / 2, first / m, 5 * length / Math.sqrt(12.0 * m),
                "rod 0 uniform on the ring");
    }

    @Test
    void pairCountsMatchSampledPairDistances() {
        for (double a : new double[] {0, 1}) {
            HardRods model = rods(a);
            int n = 8;
            double length = 24;
            double bin = 0.5;
            int bins = (int) (length / bin);
            double[] counts = new double[bins];
            SplittableRandom r = new SplittableRandom(2);
            double[] x = new double[n];
            int m = 20000;
            for (int s = 0; s < m; s++) {
                model.samplePositions(x, length, r);
                for (int i = 0; i < n; i++) {
                    for (int k = 1; k < n; k++) {
                        int j = i + k;
                        double d = j < n ? x[j] - x[i] : x[j - n] + length - x[i];
                        counts[(int) (d / bin)]++;
                    }
                }
            }
            double total = 0;
            double chi2 = 0;
            int dof = 0;
            for (int k = 0; k < bins; k++) {
                double expected = model.pairCount(n, length, k * bin, (k + 1) * bin) * length * m;
                total += expected;
                if (expected > 0) {
                    chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
                    dof++;
                } else {
                    assertEquals(0, counts[k], "a = " + a + ": no pair closer than a");
                }
            }
            assertEquals(n * (n - 1) * (double) m, total, 1e-8 * total, "all ordered pairs");
            // counts of one sample are correlated, so allow a generous multiple of the dof
            assertTrue(chi2 < 3 * dof, "a = " + a + ": chi² = " + chi2 + " for " + dof + " bins");
        }
        // a = 0: uniform points, (N-1)/L per unit length per particle
        assertEquals(8 * 7 / 24.0 / 24.0 * 3, rods(0).pairCount(8, 24, 5, 8), 1e-12);
    }
}
