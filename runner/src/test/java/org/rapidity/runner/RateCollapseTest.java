package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The rate estimators of {@link RateCollapse} on kurtosis curves of known form: the late
 * relaxation to a finite-size floor {@code K(t) = K∞ + A e^{-Γt}} (Fig. 7 at {@code a = 0},
 * docs/fig7.md), and the power law {@code Γ = C V0^p ξ^q} through exact rates.
 */
class RateCollapseTest {

    static final double GAMMA = 3e-4;
    static final double K_INF = -0.04;
    static final double AMPLITUDE = -0.7;

    /** Outputs log-spaced over {@code [20, 2e4]} as in the MD runs, noise {@code sigma}. */
    static RateCollapse.Curve floorCurve(double v0, double xi, double gamma, double sigma,
            long seed) {
        int n = 60;
        double[] t = new double[n];
        double[] k = new double[n];
        double[] e = new double[n];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            t[i] = 20 * Math.pow(1000, i / (n - 1.0));
            e[i] = sigma > 0 ? sigma : 1;
            k[i] = K_INF + AMPLITUDE * Math.exp(-gamma * t[i]) + sigma * r.nextGaussian();
        }
        return new RateCollapse.Curve(v0, xi, t, k, e);
    }

    @Test
    void floorFitRecoversAnExactRelaxation() {
        RateCollapse.Relaxation f = RateCollapse.relaxationWithFloor(
                floorCurve(1, 1, GAMMA, 0, 1), 200, 1e-6, 1e-1);
        assertEquals(GAMMA, f.gamma(), 1e-8 * GAMMA);
        assertEquals(K_INF, f.kInf(), 1e-8);
        assertEquals(AMPLITUDE, f.amplitude(), 1e-7);
        assertTrue(f.chi2() < 1e-20, "χ² of an exact curve: " + f.chi2());
    }

    @Test
    void floorFitErrorsCoverTheTruthAndTheFloorFreeFitIsBiased() {
        int within = 0;
        int trials = 40;
        for (int s = 0; s < trials; s++) {
            RateCollapse.Curve c = floorCurve(1, 1, GAMMA, 0.01, s);
            RateCollapse.Relaxation f = RateCollapse.relaxationWithFloor(c, 200, 1e-6, 1e-1);
            assertTrue(f.sGamma() < 0.2 * GAMMA, "rate not resolved: " + f);
            within += Math.abs(f.gamma() - GAMMA) <= f.sGamma() ? 1 : 0;
            // forcing the floor to 0 fits ln(-K) by a line that a floor bends: the rate falls
            // below Γ, the more the later the window starts
            double early = RateCollapse.exponentialRateAfter(c, 200)[0];
            double late = RateCollapse.exponentialRateAfter(c, 2000)[0];
            assertTrue(late < early && early < GAMMA, "floor-free rates " + early + ", " + late);
        }
        // one standard error holds 68 % of normal estimates; 40 trials: 27 ± 3
        assertTrue(within >= 20 && within <= 35, within + " of " + trials + " within 1σ");
    }

    @Test
    void floorFitNeedsFourOutputs() {
        assertNull(RateCollapse.relaxationWithFloor(floorCurve(1, 1, GAMMA, 0, 1), 1.9e4, 1e-6,
                1e-1));
    }

    @Test
    void powerLawFitRecoversExponentsAndWeightedErrors() {
        double[][] runs = {{2, 8}, {2.4, 8}, {2.8, 8}, {1.8, 6}, {3.6, 12}};
        List<RateCollapse.Curve> cs = java.util.Arrays.stream(runs)
                .map(r -> floorCurve(r[0], r[1], 1, 0, 1)).toList();
        List<Double> g = java.util.Arrays.stream(runs)
                .map(r -> 0.1 * Math.pow(r[0], 4) * Math.pow(r[1], -4)).toList();
        RateCollapse.PowerLaw f = RateCollapse.fit(cs, g);
        assertEquals(4, f.p(), 1e-9);
        assertEquals(-4, f.q(), 1e-9);
        RateCollapse.PowerLaw w = RateCollapse.fitWeighted(cs, g,
                g.stream().map(x -> 0.1 * x).toList());
        assertEquals(4, w.p(), 1e-9);
        assertEquals(-4, w.q(), 1e-9);
        // relative errors 0.1 in Γ: σ(ln Γ) = 0.1, the errors scale with it (χ² = 0 < dof)
        RateCollapse.PowerLaw w2 = RateCollapse.fitWeighted(cs, g,
                g.stream().map(x -> 0.2 * x).toList());
        assertEquals(2 * w.sp(), w2.sp(), 1e-9);
        assertTrue(w.sp() > 0.1 && w.sp() < 10, "σ(p) = " + w.sp());
        // against V0/ξ and ξ the same rates have exponents p and p + q = 0
        RateCollapse.PowerLaw s = RateCollapse.fitWeighted(Fig7MdRates.byCoupling(cs), g,
                g.stream().map(x -> 0.1 * x).toList());
        assertEquals(4, s.p(), 1e-9);
        assertEquals(0, s.q(), 1e-9);
    }

    /**
     * {@link Fig7MdRates#finiteSizeFloor} against a direct sampling of its model: samples of N
     * velocities from two boosted Gaussians (the Fig. 6 lumps, β = 2.5, θ0 = 1), each replaced by
     * a uniform point of its own (N-1)-sphere of fixed momentum and kinetic energy, pooled.
     */
    @Test
    void finiteSizeFloorMatchesMicrocanonicalSamples() {
        int n = 16;
        int samples = 40000;
        SplittableRandom r = new SplittableRandom(7);
        double width = 1 / Math.sqrt(2.5);
        double m2 = 0;
        double m4 = 0;
        double[] v = new double[n];
        for (int s = 0; s < samples; s++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                v[i] = (r.nextBoolean() ? 1 : -1) + width * r.nextGaussian();
                sum += v[i];
            }
            double u = sum / n;
            double radius2 = 0;
            double gSum = 0;
            for (int i = 0; i < n; i++) {
                radius2 += (v[i] - u) * (v[i] - u);
                v[i] = r.nextGaussian();
                gSum += v[i];
            }
            double norm2 = 0;
            for (int i = 0; i < n; i++) {
                v[i] -= gSum / n;
                norm2 += v[i] * v[i];
            }
            double scale = Math.sqrt(radius2 / norm2);
            for (int i = 0; i < n; i++) {
                double w = u + scale * v[i];
                m2 += w * w;
                m4 += w * w * w * w;
            }
        }
        m2 /= (double) n * samples;
        m4 /= (double) n * samples;
        double mu2 = 1 + width * width;
        double k0 = (1 + 6 * width * width + 3 * Math.pow(width, 4)) / (mu2 * mu2) - 3;
        double sampled = m4 / (m2 * m2) - 3;
        // statistical error ~0.003; the leading 3K0/N alone is 0.02 off at N = 16
        assertEquals(Fig7MdRates.finiteSizeFloor(k0, n), sampled, 0.006,
                "K0 = " + k0 + ", pooled microcanonical kurtosis " + sampled);
        assertTrue(sampled < 0.5 * Fig7MdRates.finiteSizeFloor(k0, n), "no floor: " + sampled);
    }

    /** A kurtosis with a fast rise to a plateau and a slow decay, both at the rate gamma. */
    static RateCollapse.Curve collapsing(double v0, double gamma) {
        int n = 80;
        double[] t = new double[n];
        double[] k = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 1e-4 * Math.pow(1e5, i / (n - 1.0));
            t[i] = s / gamma;
            k[i] = -0.9 * Math.exp(-s) - 0.49 * Math.exp(-1000 * s);
            e[i] = 0.01;
        }
        return new RateCollapse.Curve(v0, 1, t, k, e);
    }

    @Test
    void plateauFractionRatesFollowAnExactCollapse() {
        RateCollapse.Curve a = collapsing(1, 3e-4);
        RateCollapse.Curve b = collapsing(2, 4.8e-3);
        for (double f : Fig7MdRates.PLATEAU_FRACTIONS) {
            double[] ga = Fig7MdRates.plateauFractionRate(a, f, 0);
            double[] gb = Fig7MdRates.plateauFractionRate(b, f, 0);
            assertEquals(16, gb[0] / ga[0], 1e-9, "f = " + f);
            assertEquals(16, gb[1] / ga[1], 1e-6, "same relative error, f = " + f);
            // the crossing lies where the curve is at f times its plateau, and after it
            double tf = 1 / ga[0];
            double k = -0.9 * Math.exp(-3e-4 * tf) - 0.49 * Math.exp(-0.3 * tf);
            assertEquals(f * Fig7MdRates.plateau(a), k, 0.01 * f);
            assertTrue(tf > Fig7MdRates.MULTIPLES[1] * RateCollapse.crossingTime(a, Fig7MdRates.TRANSIENT_LEVEL));
        }
        // below a (negative) floor the level lies lower: the crossing comes sooner
        assertTrue(Fig7MdRates.plateauFractionRate(a, 0.5, -0.1)[0]
                > Fig7MdRates.plateauFractionRate(a, 0.5, 0)[0]);
        double[] none = Fig7MdRates.plateauFractionRate(a, 1e-6, 0);
        assertTrue(Double.isNaN(none[0]), "a level below the end is never reached");
    }
}
