package org.rapidity.solvers.kinetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The inter-tube collision integral of identical tubes (cross term with the tube-summed
 * {@code |V̂|²}) against the Fermi golden rule for two distinguishable tubes, which fixes its
 * overall factor, and against the physics of every collision integral.
 */
class InterTubeCollisionIntegralTest {

    /** An arbitrary tube-summed weight {@code K_⊥} (energy²/length, model units). */
    static final double K = 0.37;

    @Test
    void twoTubeFgrEqualsTheInterTubeCrossTermUnderRefinement() {
        // The two-tube FGR integral is built from the factorised form factors, the 1/(2!)² of
        // each tube sector and one bipartition per sector; the inter-tube integral is the halved
        // Landau cross term with K0 → K. Pointwise difference → 0 and projection → 1, as for
        // one tube, at two couplings and two states.
        Object[][] cases = {{1.0, 1.0, 0.4}, {3.0, 0.0, 0.2}};
        for (Object[] c : cases) {
            double[] diff = new double[3];
            double[] ratio = new double[3];
            int[] sizes = {40, 80, 160};
            for (int r = 0; r < sizes.length; r++) {
                ModeSpace space = FgrCollisionIntegralTest.gas((Double) c[0], 6, sizes[r]);
                TbaState s = FgrCollisionIntegralTest.lumps(space, 2, (Double) c[1],
                        (Double) c[2]);
                CollisionTerms fgr = new TwoTubeFgrCollisionIntegral(space, K).evaluate(s, s);
                CollisionTerms landau = new InterTubeCollisionIntegral(space, K).evaluate(s);
                diff[r] = CollisionIntegralComparison.difference(space, fgr.crossIntegral(),
                        landau.crossIntegral());
                ratio[r] = CollisionIntegralComparison.ratio(space, fgr.crossIntegral(),
                        landau.crossIntegral());
                assertEquals(0, FgrCollisionIntegralTest.maxAbs(landau.self()), 0);
            }
            assertTrue(diff[2] < 1e-3, "N = 160: " + diff[2]);
            assertTrue(diff[1] < diff[0] / 4 && diff[2] < diff[1] / 4,
                    "halving h gains at least 4: " + diff[0] + ", " + diff[1] + ", " + diff[2]);
            assertEquals(1, ratio[2], 1e-4);
        }
    }

    @Test
    void twoTubeFgrIsTheOneTubeFgrCrossTermWithItsWeight() {
        // relabelling 2 ↔ 3 turns the two sectors into the three bipartitions of one tube with
        // 1/3!: exact on the grid too, so equal to rounding (not only under refinement)
        ModeSpace space = FgrCollisionIntegralTest.gas(2, 6, 60);
        TbaState s = FgrCollisionIntegralTest.lopsided(space, 0.3);
        Perturbation v = new PowerLawPerturbation(1, 10, Parameters.empty());
        FgrCollisionIntegral one = new FgrCollisionIntegral(space, v);
        double k0 = one.integrals().k0();
        double[] single = one.evaluate(s).crossIntegral();
        double[] two = new TwoTubeFgrCollisionIntegral(space, k0).evaluate(s, s).crossIntegral();
        double scale = FgrCollisionIntegralTest.maxAbs(single);
        for (int i = 0; i < single.length; i++) {
            assertEquals(single[i], two[i], 1e-12 * scale, "θ = " + space.theta(i));
        }
    }

    @Test
    void unorderedTripleSumEqualsTheSumOverAllOrderedTriples() {
        // CrossTermSum visits each unordered triple once (coincident nodes add exactly zero to
        // the cross term); the reference is the N³ loop over ordered triples, which differs only
        // in the order of the additions
        Object[][] cases = {{1.0, 60, true}, {3.0, 81, false}, {0.4, 100, true}};
        for (Object[] c : cases) {
            ModeSpace space = FgrCollisionIntegralTest.gas((Double) c[0], 7, (Integer) c[1]);
            TbaState s = (Boolean) c[2] ? FgrCollisionIntegralTest.lopsided(space, 0.3)
                    : FgrCollisionIntegralTest.lumps(space, 2, 1, 0.4);
            LandauCollisionIntegral integral = new LandauCollisionIntegral(space, K);
            double[] rho = s.density();
            double[] f = s.statisticalFactor();
            double[] p = new double[rho.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = rho[i] * f[i];
            }
            double[] y = integral.rotatedGradient(s);
            double[] fast = integral.integrate(s, p, y)[0];
            double[] ordered = integral.integrateOrdered(s, p, y, false)[0];
            double scale = FgrCollisionIntegralTest.maxAbs(ordered);
            assertTrue(scale > 1e-8, "scale " + scale);
            for (int i = 0; i < fast.length; i++) {
                assertEquals(ordered[i], fast[i], 1e-12 * scale, "θ = " + space.theta(i));
            }
        }
    }

    @Test
    void conservesParticleNumberMomentumAndEnergyOfTheTube() {
        // (the lopsided state's lump at -1.5 needs |θ| <= 8 to vanish at the ends)
        ModeSpace space = FgrCollisionIntegralTest.gas(1.5, 8, 100);
        TbaState s = FgrCollisionIntegralTest.lopsided(space, 0.35);
        CollisionTerms t = new InterTubeCollisionIntegral(space, K).evaluate(s);
        double[] r = LandauCollisionIntegralTest.conservationResiduals(s, t, t.cross());
        for (double x : r) {
            assertEquals(0, x, 1e-13);
        }
        assertTrue(FgrCollisionIntegralTest.maxAbs(t.cross()) > 1e-6);
    }

    @Test
    void thermalStatesAreStationaryAndEntropyGrows() {
        ModeSpace space = FgrCollisionIntegralTest.gas(1.5, 7, 80);
        TbaState lumps = FgrCollisionIntegralTest.lumps(space, 2, 1, 0.3);
        InterTubeCollisionIntegral integral = new InterTubeCollisionIntegral(space, K);
        double[] d = integral.timeDerivative(lumps);
        double[] charges = {lumps.particleDensity(), lumps.momentumDensity(),
            lumps.energyDensity()};
        TbaState thermal = Gge.withCharges(space, charges).state();
        double[] dt = integral.timeDerivative(thermal);
        assertTrue(FgrCollisionIntegralTest.maxAbs(dt) < 1e-10 * FgrCollisionIntegralTest
                .maxAbs(d), "thermal " + FgrCollisionIntegralTest.maxAbs(dt) + " vs "
                + FgrCollisionIntegralTest.maxAbs(d));
        double sdot = LandauCollisionIntegralTest.entropyRate(lumps, d);
        assertTrue(sdot > 0, "dS/dt = " + sdot);
        // linear in the tube-summed weight
        double[] d2 = new InterTubeCollisionIntegral(space, 2 * K).timeDerivative(lumps);
        for (int i = 0; i < d.length; i++) {
            assertEquals(2 * d[i], d2[i], 1e-14 * FgrCollisionIntegralTest.maxAbs(d));
        }
    }

    @Test
    void refusesPotentialsThatActWithinATubeAndNonPositiveWeights() {
        ModeSpace space = FgrCollisionIntegralTest.gas(1, 6, 40);
        Perturbation within = new PowerLawPerturbation(1, 10, Parameters.empty());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new InterTubeCollisionIntegral(space, List.of(within)));
        assertTrue(e.getMessage().contains("within a tube"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new InterTubeCollisionIntegral(space, 0));
        TbaState s = FgrCollisionIntegralTest.lumps(space, 2, 1, 0.4);
        TbaState other = FgrCollisionIntegralTest.lumps(space, 2, 0.5, 0.4);
        assertThrows(InvalidInputException.class,
                () -> new TwoTubeFgrCollisionIntegral(space, K).evaluate(s, other));
    }
}
