package org.rapidity.models.multitube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.InterTubeCoupling;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.solvers.kinetic.CollisionTerms;
import org.rapidity.solvers.kinetic.InterTubeCollisionIntegral;

/**
 * The 162Dy tube lattice end to end: the model found by name with the coupling c(θ) of (79)-(80),
 * the Bragg-split state and its thermal counterpart, and the inter-tube integral on them
 * (conservation per tube, stationarity, entropy growth).
 */
class DipolarTubesTest {

    /** k_D = 2π/741 nm in 1/μm. */
    static final double KD = 2 * Math.PI / 0.741;

    static DipolarTubes tubes(double thetaDeg) {
        return (DipolarTubes) DipolarTubesConformanceTest.tubes(Map.of("theta_DDI", thetaDeg));
    }

    static TbaState bragg(ModeSpace space, boolean thermal) {
        BraggSplitStateProvider p = new BraggSplitStateProvider();
        return p.create(space, Parameters.validate("state", p.parameters(),
                Map.of("width", 0.4, "thermal", thermal)));
    }

    static double cPerMicrometre(IntegrableModel m) {
        return m.laboratoryUnits().orElseThrow().parameters().get("c_per_um");
    }

    @Test
    void isFoundByNameAndCarriesTheDerivedContactCoupling() {
        assertTrue(Registry.standard().models().contains("dipolar-tubes"));
        DipolarTubes m = tubes(90);
        // c̃(θ) = -2/a_1D + c̃_DDI(θ): 4.5977 + 2.104 at 90°, 4.5977 - 2·2.104 at 0°,
        // exactly c̃_vdW at the magic angle
        double vdw = 2 / 0.435;
        assertEquals(vdw + 2.104, cPerMicrometre(m), 2e-3);
        assertEquals(vdw - 2 * 2.104, cPerMicrometre(tubes(0)), 4e-3);
        assertEquals(vdw, cPerMicrometre(tubes(Math.toDegrees(IntraTubeDipolar.MAGIC_ANGLE))),
                1e-9);
        // the tube model is Lieb-Liniger at that c (T = (1/2π) 2c/(c² + Δ²) at Δ = 0: 1/(πc))
        assertEquals(1 / (Math.PI * cPerMicrometre(m)), m.scatteringShift(0, 0.3, 0, 0.3),
                1e-12);
        assertEquals(24, m.interTubePotentials().size());
        for (Perturbation p : m.interTubePotentials()) {
            assertTrue(p.interTube());
        }
        LaboratoryUnits u = m.laboratoryUnits().orElseThrow();
        assertEquals(1e-6, u.lengthUnit(), 0);
        assertEquals(90, u.parameters().get("theta_DDI_deg"), 1e-12);
    }

    @Test
    void refusesBadGeometryNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DipolarTubesConformanceTest.tubes(Map.of("theta_DDI", 30.0,
                        "tube_model", "liebliniger2")));
        assertTrue(e.getMessage().contains("liebliniger"), e.getMessage());
        // a positive a_1D makes c_vdW attractive: c(θ) < 0, Bethe strings, refused
        e = assertThrows(InvalidInputException.class,
                () -> DipolarTubesConformanceTest.tubes(Map.of("theta_DDI", 30.0,
                        "a_1D", 435.0)));
        assertTrue(e.field().contains("theta_DDI"), e.field());
        e = assertThrows(InvalidInputException.class,
                () -> DipolarTubesConformanceTest.tubes(Map.of("theta_DDI", 200.0)));
        assertTrue(e.field().contains("theta_DDI"), e.field());
    }

    @Test
    void braggSplitStateHasTheLumpsAndItsThermalCounterpartTheSameCharges() {
        DipolarTubes m = tubes(45);
        // wide enough for the thermal state: ±8.8 k_D at the paper's spacing
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-8.8 * KD, 8.8 * KD, 300));
        TbaState lumps = bragg(space, false);
        TbaState thermal = bragg(space, true);
        assertEquals(0.8, lumps.particleDensity(), 1e-12);
        assertEquals(0, lumps.momentumDensity(), 1e-12);
        // ⟨λ²⟩ = (2k_D)² + σ² per particle for the lumps (E = λ² in ħ = 2m = 1)
        assertEquals((4 + 0.16) * KD * KD, lumps.energyDensity() / 0.8, 1e-8 * KD * KD);
        assertEquals(lumps.particleDensity(), thermal.particleDensity(), 1e-10);
        assertEquals(0, thermal.momentumDensity(), 1e-9);
        assertEquals(lumps.energyDensity(), thermal.energyDensity(), 1e-8);
        assertTrue(thermal.entropyDensity() > lumps.entropyDensity());
        // the paper's grid ±4.4 k_D holds the lumps but not their thermal state
        ModeSpace paper = ModeSpace.of(m, QuadratureGrid.uniform(-4.4 * KD, 4.4 * KD, 150));
        double[] rho = bragg(paper, false).density();
        assertTrue(rho[0] < 1e-7 * rho[paper.size() / 2 + 35]);
    }

    @Test
    void interTubeIntegralConservesTheTubesChargesFixesTheThermalStateAndRaisesEntropy() {
        DipolarTubes m = tubes(70);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-8.8 * KD, 8.8 * KD, 160));
        TbaState lumps = bragg(space, false);
        InterTubeCollisionIntegral integral =
                new InterTubeCollisionIntegral(space, m.interTubePotentials());
        CollisionTerms t = integral.evaluate(lumps);
        double[] d = t.cross();
        double scale = 0;
        double[] moments = new double[3];
        for (int i = 0; i < d.length; i++) {
            double w = space.weight(i);
            for (int c = 0; c < 3; c++) {
                moments[c] += w * space.model().charge(c, 0, space.theta(i)) * d[i];
            }
            double th = space.theta(i);
            scale += w * Math.abs(d[i]) * (1 + th * th);
        }
        for (double x : moments) {
            assertEquals(0, x / scale, 1e-12);
        }
        TbaState thermal = bragg(space, true);
        double[] dt = integral.timeDerivative(thermal);
        double max = 0;
        double maxT = 0;
        for (int i = 0; i < d.length; i++) {
            max = Math.max(max, Math.abs(d[i]));
            maxT = Math.max(maxT, Math.abs(dt[i]));
        }
        // measured 2.4e-8 (the thermal state solves the TBA to Newton's tolerance)
        assertTrue(maxT < 1e-7 * max, maxT + " vs " + max);
        // dS/dt > 0 along the rate
        double eta = 1e-3 * lumps.particleDensity() / max;
        double[] a = lumps.density();
        double[] b = lumps.density();
        for (int i = 0; i < a.length; i++) {
            a[i] += eta * d[i];
            b[i] -= eta * d[i];
        }
        double sdot = (TbaState.fromEvolvedDensity(space, a).entropyDensity()
                - TbaState.fromEvolvedDensity(space, b).entropyDensity()) / (2 * eta);
        assertTrue(sdot > 0, "dS/dt = " + sdot);
    }

    @Test
    void tubeSummedWeightConvergesWithTheTubesKept() {
        // |V̂^{ij}|² falls off as e^{-2ρk}/ρ^4: the sum over |i|,|j| <= R converges quickly
        double[] k = new double[4];
        int[] ranges = {1, 2, 3, 5};
        for (int r = 0; r < ranges.length; r++) {
            DipolarTubes m = (DipolarTubes) DipolarTubesConformanceTest.tubes(
                    Map.of("theta_DDI", 60.0, "tubes", ranges[r]));
            k[r] = InterTubeCollisionIntegral.tubeSummedWeight(m.interTubePotentials());
        }
        assertTrue(k[0] < k[1] && k[1] < k[2] && k[2] < k[3]);
        assertTrue((k[3] - k[1]) / k[3] < 0.05, "beyond |i|,|j| <= 2: " + (k[3] - k[1]) / k[3]);
        // real-space Parseval (the model) against the solvers' momentum-space quadrature
        DipolarTubes m2 = (DipolarTubes) DipolarTubesConformanceTest.tubes(
                Map.of("theta_DDI", 60.0, "tubes", 2));
        assertEquals(1, m2.tubeSummedWeight() / k[1], 1e-10);
        List<Perturbation> nearest = tubes(60).interTubePotentials().subList(0, 1);
        assertTrue(InterTubeCollisionIntegral.tubeSummedWeight(nearest) < k[1]);
    }
}
