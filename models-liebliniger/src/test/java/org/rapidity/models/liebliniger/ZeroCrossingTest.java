package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The passage of a ramp through {@code c = 0} ({@link org.rapidity.framework.spi.ZeroCrossing}):
 * the adiabatic (counting-function) ramp to and from {@code c → 0} on either side and the map
 * (S10) in filling space.
 */
class ZeroCrossingTest {

    static TbaState thermal(ModeSpace space, double beta, double mu) {
        return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, mu, 0)).state();
    }

    /** {@code ∫ρ} at {@code c → 0} from a filling there (zero-coupling dressing). */
    static double zeroCouplingDensity(ModeSpace space, double[] zero) {
        double[] rt = AdiabaticRamp.totalDensity(new AdiabaticRamp.End(space, true), zero);
        double s = 0;
        for (int i = 0; i < zero.length; i++) {
            s += space.weight(i) * space.particleNumber()[i] * zero[i] * rt[i];
        }
        return s;
    }

    /**
     * To {@code c → 0⁺} and back is the identity up to the interpolation error, and the number of
     * atoms (of occupied quantum numbers) is kept; both errors fall by more than 8 per halving of
     * the rapidity spacing (measured: round trip 2.2e-3, 2.0e-4, 1.4e-5 and ΔN/N 7.2e-4, 3.0e-5,
     * 2.4e-6 at 40, 80, 160 nodes; fourth-order cumulative counts at zero coupling, cubic
     * interpolation).
     */
    @Test
    void repulsiveRoundTripAndAtomNumber() {
        double previous = Double.NaN;
        double previousDev = Double.NaN;
        for (int n : new int[] {40, 80, 160}) {
            RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1.5);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-8, 8, n));
            TbaState s = thermal(space, 0.5, 0.5);
            double[] zero = m.fillingAtZeroCoupling(space, s.filling());
            double[] back = m.fillingFromZeroCoupling(space, zero);
            double dev = 0;
            for (int i = 0; i < back.length; i++) {
                dev = Math.max(dev, Math.abs(back[i] - s.filling()[i]));
            }
            double atoms = Math.abs(zeroCouplingDensity(space, zero) / s.particleDensity() - 1);
            if (!Double.isNaN(previous)) {
                assertTrue(atoms < previous / 8, "atoms " + atoms + " after " + previous);
                assertTrue(dev < previousDev / 8, "round trip " + dev + " after " + previousDev);
            }
            previous = atoms;
            previousDev = dev;
        }
        assertTrue(previous < 1e-5, "ΔN/N " + previous);
        assertTrue(previousDev < 5e-5, "round trip " + previousDev);
    }

    /**
     * The same on the attractive side, for a string state (S10) at {@code c = -0.6} (measured:
     * round trip 1.5e-3, 1.2e-4 and ΔN/N 1.2e-3, 6.4e-5 at 30 and 60 nodes per string).
     */
    @Test
    void attractiveRoundTripAndAtomNumber() {
        double previous = Double.NaN;
        double previousDev = Double.NaN;
        for (int n : new int[] {30, 60}) {
            AttractiveLiebLiniger m = new AttractiveLiebLiniger(-0.6, 8);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, n));
            TbaState s = TbaState.fromFilling(space, StringRampStateProvider.fillings(space, 0.5,
                    -0.3));
            double[] zero = m.fillingAtZeroCoupling(space, s.filling());
            double[] back = m.fillingFromZeroCoupling(space, zero);
            double dev = 0;
            for (int i = 0; i < back.length; i++) {
                dev = Math.max(dev, Math.abs(back[i] - s.filling()[i]));
            }
            double atoms = Math.abs(zeroCouplingDensity(space, zero) / s.particleDensity() - 1);
            if (!Double.isNaN(previous)) {
                assertTrue(atoms < previous / 8, "atoms " + atoms + " after " + previous);
                assertTrue(dev < previousDev / 8, "round trip " + dev + " after " + previousDev);
            }
            previous = atoms;
            previousDev = dev;
        }
        assertTrue(previous < 2e-4, "ΔN/N " + previous);
    }

    /**
     * The map through zero in filling space, {@code Ω = -ln ϑ_1}, gives for the ideal Bose gas at
     * {@code c → 0⁺} ({@code ϑ_1 = e^{-β(λ²-μ)}}) exactly the fillings of the string-ramp state
     * ({@code Ω = β(λ² - μ)}), and conserves atoms rapidity by rapidity:
     * {@code Σ_n n ρ_n(λ) = ρ_1(λ)} with the zero-coupling dressings of both sides, up to the
     * strings longer than the 60 kept ({@code ~60² e^{-60Ω}} relative, below 1e-20 here); the
     * densities at {@code c → 0} and back ({@code zeroCouplingDensity},
     * {@code zeroCouplingFillingOf}) are the identity on either side.
     */
    @Test
    void mapThroughZeroIsS10AndConservesAtomsPerRapidity() {
        double beta = 0.7;
        double mu = -1.5;
        QuadratureGrid g = QuadratureGrid.uniform(-6, 6, 61);
        RepulsiveLiebLiniger rep = new RepulsiveLiebLiniger(1);
        ModeSpace plus = ModeSpace.of(rep, g);
        AttractiveLiebLiniger att = (AttractiveLiebLiniger) rep.acrossZero(-1, 60);
        ModeSpace minus = ModeSpace.of(att, g);
        double[] bose = new double[g.size()];
        for (int k = 0; k < bose.length; k++) {
            double l = g.node(k);
            bose[k] = Math.exp(-beta * (l * l - mu));
        }
        double[] strings = rep.mapThroughZero(plus, bose, minus);
        double[] expected = StringRampStateProvider.fillings(minus, beta, mu);
        for (int i = 0; i < strings.length; i++) {
            assertEquals(expected[i], strings[i], 1e-13 * expected[i] + 1e-300);
        }
        double[] rt1 = AdiabaticRamp.totalDensity(new AdiabaticRamp.End(plus, true), bose);
        double[] rtn = AdiabaticRamp.totalDensity(new AdiabaticRamp.End(minus, true), strings);
        for (int k = 0; k < g.size(); k++) {
            double atoms = 0;
            for (int a = 0; a < 60; a++) {
                int i = minus.offset(a) + k;
                atoms += (a + 1) * strings[i] * rtn[i];
            }
            double rho1 = bose[k] * rt1[k];
            assertEquals(rho1, atoms, 1e-13 * rho1, "λ = " + g.node(k));
        }
        // the densities at c → 0 and back (zeroCouplingDensity, zeroCouplingFillingOf)
        double[] back1 = rep.zeroCouplingFillingOf(plus, rep.zeroCouplingDensity(plus, bose));
        double[] backn = att.zeroCouplingFillingOf(minus, att.zeroCouplingDensity(minus,
                strings));
        for (int i = 0; i < strings.length; i++) {
            assertEquals(strings[i], backn[i], 1e-12 * strings[i] + 1e-300);
        }
        for (int k = 0; k < g.size(); k++) {
            assertEquals(bose[k], back1[k], 1e-14);
        }
    }

    /** A ramp up from the strings through zero is refused with a reason. */
    @Test
    void upwardsIsRefused() {
        AttractiveLiebLiniger att = new AttractiveLiebLiniger(-1, 4);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> att.acrossZero(1, 1));
        assertTrue(e.getMessage().contains("c → 0⁺ to c → 0⁻"), e.getMessage());
    }
}
