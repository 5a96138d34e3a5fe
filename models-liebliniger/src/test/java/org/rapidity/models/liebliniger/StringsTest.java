package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The attractive gas: the string kernels' structure, the 133Cs numbers quoted by the strings
 * paper, the ramp through {@code c = 0} ((S10)) with its particle-number sum rule, and the
 * dressing on occupied modes.
 */
class StringsTest {

    /**
     * {@code ∫dλ T_{nn'} = -(2min(n,n') - δ_{nn'})}: each {@code a_j} carries weight 2π, and
     * {@code φ_{n,n'}} has {@code 2min(n,n') - δ_{nn'}} of them counted with their
     * coefficients. Checked by quadrature of the kernel as the model evaluates it.
     */
    @Test
    void kernelWeightsCountTheStringComponents() {
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(-0.7, 5);
        // λ = tan(πu/2) maps (-1, 1) onto the line; the Lorentzian tails become smooth
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-1, 1, 400);
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                double s = 0;
                for (int i = 0; i < g.size(); i++) {
                    double u = g.node(i);
                    double l = Math.tan(Math.PI * u / 2);
                    double jac = Math.PI / 2 * (1 + l * l);
                    s += g.weight(i) * jac * m.scatteringShift(a, l, b, 0);
                }
                double expected = -(2 * Math.min(a + 1, b + 1) - (a == b ? 1 : 0));
                assertEquals(expected, s, 1e-10, "∫T_" + (a + 1) + (b + 1));
            }
        }
    }

    /** {@code T_11} at {@code c < 0} is the repulsive kernel continued to negative c. */
    @Test
    void oneStringKernelContinuesTheRepulsiveOne() {
        double c = -0.9;
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(c, 2);
        for (double u : new double[] {0, 0.3, -2.1}) {
            assertEquals(c / (Math.PI * (c * c + u * u)), m.scatteringShift(0, u, 0, 0), 1e-16);
        }
    }

    /**
     * The strings paper: for 133Cs at {@code c̃ = -1 μm⁻¹} the binding energy of the n = 4
     * string is {@code h × 190 Hz} and its bond length {@code 2/(|c̃|(n-1)) = 0.67 μm}. Here,
     * from CODATA/NIST constants: 190.13 Hz and 2/3 μm. The binding energy also equals the
     * laboratory formula {@code ħ²c̃²n(n²-1)/(24m)} evaluated directly in SI units.
     */
    @Test
    void caesiumFourStringBindingEnergyAndBondLength() {
        AtomicUnits u = new AtomicUnits(Atom.CS133, -1);
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(u.couplingFromInverseMicrometres(-1),
                6, org.rapidity.framework.param.Parameters.empty(), Atom.CS133);
        double hz = u.energyToHertz(m.bindingEnergy(4));
        assertEquals(190, hz, 0.5, "E_b,4/h for 133Cs at c̃ = -1/μm");
        double hbar = 6.62607015e-34 / (2 * Math.PI);
        double cTilde = 1e6; // 1/μm in 1/m
        double si = hbar * hbar * cTilde * cTilde * 4 * 15 / (24 * Atom.CS133.mass());
        assertEquals(si / 6.62607015e-34, hz, 1e-9 * hz, "ħ²c̃²n(n²-1)/(24m)");
        assertEquals(0.67, m.bondLength(4), 0.005, "bond length in μm");
        assertEquals(2.0 / 3, m.bondLength(4), 1e-15);
    }

    /**
     * (S10) of the strings paper exactly as printed, {@code 1 - sinh(nΩ/2) sinh((n+2)Ω/2) /
     * sinh²((n+1)Ω/2)}: the reference for {@link StringRamp#filling}, which computes the same
     * number without the cancellation.
     */
    static double fillingAsPrinted(int n, double omega) {
        double s = Math.sinh((n + 1) * omega / 2);
        return 1 - Math.sinh(n * omega / 2) * Math.sinh((n + 2) * omega / 2) / (s * s);
    }

    /**
     * (S10) as printed and the stable form agree (to the printed form's absolute rounding,
     * since it computes {@code ϑ} as {@code 1 - (1 - ϑ)}) where it can be evaluated; the
     * printed form gives NaN (∞/∞) once {@code (n+1)Ω/2 > 710}, and loses digits by
     * cancellation when {@code ϑ_n} is small, while the stable form keeps full relative
     * accuracy (checked against {@code 4e^{-(n+1)Ω} sinh²(Ω/2)} for large {@code nΩ}).
     */
    @Test
    void rampFillingsStableFormEqualsPrintedForm() {
        for (int n = 1; n <= 30; n++) {
            for (double om : new double[] {0.01, 0.1, 0.7, 2, 5}) {
                double printed = fillingAsPrinted(n, om);
                double stable = StringRamp.filling(n, om);
                // the printed form computes ϑ as 1 - (1 - ϑ): absolute error ~1e-16
                assertEquals(printed, stable, 1e-14, "n=" + n + " Ω=" + om);
            }
        }
        assertTrue(Double.isNaN(fillingAsPrinted(25, 60)), "printed overflows");
        double big = 25 * 1.5;
        double asymptotic = 4 * Math.exp(-26 * 1.5) * Math.pow(Math.sinh(0.75), 2);
        assertEquals(asymptotic, StringRamp.filling(25, 1.5), 1e-12 * asymptotic);
        assertTrue(Math.abs(fillingAsPrinted(25, 1.5) - asymptotic) > 1e-3 * asymptotic,
                "printed form has lost its digits at nΩ = " + big);
    }

    /**
     * The ramp conserves atoms: with the local dressing at {@code c → 0⁻},
     * {@code Σ_n n ρ_n(λ) = ρ_1(λ)}, the repulsive root density at {@code c → 0⁺}, at every
     * rapidity (truncation at 200 strings; {@code ϑ_n ~ e^{-nΩ}}).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.8, 3})
    void rampConservesParticleNumberAtEachRapidity(double omega) {
        int strings = 200;
        double[] fill = new double[strings];
        for (int k = 0; k < strings; k++) {
            fill[k] = StringRamp.filling(k + 1, omega);
        }
        double[] rt = StringRamp.zeroCouplingTotalDensities(fill);
        double atoms = 0;
        for (int k = 0; k < strings; k++) {
            atoms += (k + 1) * fill[k] * rt[k];
        }
        double repulsive = 1 / (2 * Math.PI * Math.expm1(omega));
        assertEquals(repulsive, atoms, 1e-12 * repulsive);
        assertEquals(omega, StringRamp.omega(repulsive), 1e-12 * omega, "Ω = ln(1 + 1/2πρ)");
    }

    /**
     * Integrated over rapidities, for an ideal Bose gas at {@code c → 0⁺}
     * ({@code Ω = β(λ² - μ)}): {@code Σ_n n∫ρ_n} at {@code c → 0⁻} equals its density.
     */
    @Test
    void rampConservesTheDensityOfAThermalGas() {
        double beta = 0.5;
        double density = 0.6;
        double mu = StringRamp.idealBoseChemicalPotential(beta, density, "state.density");
        assertEquals(density, StringRamp.idealBoseDensity(beta, mu), 1e-13 * density);
        int strings = 300;
        // λ = a^{1/2} sinh(u)/β^{1/2}: smooth even where Ω is small
        double a = -beta * mu;
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-6, 6, 300);
        double atoms = 0;
        for (int i = 0; i < g.size(); i++) {
            double l = Math.sqrt(a / beta) * Math.sinh(g.node(i));
            double jac = Math.sqrt(a / beta) * Math.cosh(g.node(i));
            double[] fill = new double[strings];
            for (int k = 0; k < strings; k++) {
                fill[k] = StringRamp.filling(k + 1, beta * (l * l - mu));
            }
            double[] rt = StringRamp.zeroCouplingTotalDensities(fill);
            for (int k = 0; k < strings; k++) {
                atoms += g.weight(i) * jac * (k + 1) * fill[k] * rt[k];
            }
        }
        assertEquals(density, atoms, 1e-10 * density);
    }

    /**
     * The fillings of (S10) solve the string TBA at {@code c → 0⁻},
     * {@code ε_n = nΩ + Σ_m (2min(n,m) - δ_{nm}) ln(1 + e^{-ε_m})}, the thermal state of free
     * strings with driving term {@code nβ(λ² - μ)}: the ramp maps a thermal state onto a
     * thermal state (Takahashi's free-string solution).
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.1, 4})
    void rampFillingsSolveTheZeroCouplingStringTba(double omega) {
        int strings = 120;
        double[] eps = new double[strings];
        for (int k = 0; k < strings; k++) {
            double f = StringRamp.filling(k + 1, omega);
            eps[k] = Math.log1p(-f) - Math.log(f);
        }
        for (int n = 1; n <= 10; n++) {
            double rhs = n * omega;
            for (int m = 1; m <= strings; m++) {
                rhs += (2 * Math.min(n, m) - (n == m ? 1 : 0)) * Math.log1p(Math.exp(-eps[m - 1]));
            }
            assertEquals(rhs, eps[n - 1], 1e-10 * eps[n - 1], "ε_" + n + " at Ω = " + omega);
        }
    }

    /**
     * Continuity across the ramp: the string TBA at small {@code c < 0} with the (S10) fillings
     * tends to the local dressing of {@code c → 0⁻} (same 4 strings). Measured deviations of the
     * density: 5.2e-2, 3.2e-2, 1.8e-2 at c = -0.8, -0.4, -0.2, roughly halving with |c|.
     */
    @Test
    void finiteCouplingStringGasTendsToTheZeroCouplingLimit() {
        double beta = 1;
        double mu = -0.5;
        int strings = 4;
        QuadratureGrid local = QuadratureGrid.gaussLegendre(-6, 6, 200);
        double limit = 0;
        for (int i = 0; i < local.size(); i++) {
            double l = local.node(i);
            double[] fill = new double[strings];
            for (int k = 0; k < strings; k++) {
                fill[k] = StringRamp.filling(k + 1, beta * (l * l - mu));
            }
            double[] rt = StringRamp.zeroCouplingTotalDensities(fill);
            for (int k = 0; k < strings; k++) {
                limit += local.weight(i) * (k + 1) * fill[k] * rt[k];
            }
        }
        double previous = Double.NaN;
        for (double c : new double[] {-0.8, -0.4, -0.2}) {
            int points = (int) Math.round(96 / Math.abs(c)); // spacing |c|/8
            ModeSpace sp = ModeSpace.of(new AttractiveLiebLiniger(c, strings),
                    QuadratureGrid.uniform(-6, 6, points));
            double n = TbaState.fromFilling(sp, StringRampStateProvider.fillings(sp, beta, mu))
                    .particleDensity();
            double dev = Math.abs(n - limit);
            if (!Double.isNaN(previous)) {
                double ratio = previous / dev;
                assertTrue(ratio > 1.5 && ratio < 2.5, "deviation ratio " + ratio);
            }
            previous = dev;
        }
        assertTrue(previous < 0.02, "deviation at c = -0.2: " + previous);
    }

    /**
     * The dressing on occupied modes equals the generic dense one on a ramp state in which most
     * long-string modes are empty to double precision (here fewer than 60% of the modes are
     * kept, and fewer than half of those are well filled, the rest being solved for by the
     * preconditioned iteration), for {@code R⁻¹h}, {@code R⁻ᵗg} and both matrices.
     */
    @Test
    void occupiedModeDressingEqualsGenericDressing() {
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(-1, 12);
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.uniform(-8, 8, 40));
        double[] fill = StringRampStateProvider.fillings(sp, 1, -0.3);
        StringDressing fast = (StringDressing) m.dressing(sp, fill);
        assertTrue(fast.activeModes() < 0.6 * sp.size(), "kept " + fast.activeModes());
        assertTrue(fast.wellFilledModes() < 0.5 * fast.activeModes(), "well filled "
                + fast.wellFilledModes() + " of " + fast.activeModes());
        Dressing generic = KernelDressing.factor(sp, fill);
        double[] h = new Random(5).doubles(sp.size(), -1, 1).toArray();
        close(generic.dress(h), fast.dress(h), "R⁻¹h");
        assertTrue(fast.lastIterations() > 0 && fast.lastIterations() <= 15,
                "preconditioned iterations: " + fast.lastIterations());
        close(generic.applyInverseTransposed(h), fast.applyInverseTransposed(h), "R⁻ᵗg");
        close(generic.inverse().data, fast.inverse().data, "R⁻¹");
        close(generic.inverseTransposed().data, fast.inverseTransposed().data, "R⁻ᵗ");
    }

    static void close(double[] expected, double[] actual, String what) {
        double scale = 0;
        for (double x : expected) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-13 * scale, what + " [" + i + "]");
        }
    }

    /** Energies and charges: {@code E_n = nλ² - E_b,n}, {@code h_k = Re Σ_j (λ + ic(n+1-2j)/2)^k}. */
    @Test
    void stringChargesAreSumsOverTheStringComponents() {
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(-1.3, 4);
        double l = 0.37;
        for (int a = 0; a < 4; a++) {
            int n = a + 1;
            assertEquals(n, m.charge(0, a, l), 1e-15);
            assertEquals(n * l, m.charge(1, a, l), 1e-14);
            assertEquals(m.energy(a, l), LiebLiniger.stringCharge(2, n, l, -1.3), 1e-13);
            assertEquals(n * l * l - 1.69 * n * (n * n - 1) / 12.0, m.energy(a, l), 1e-14);
            // k = 3: Σ (λ + i y_j)³ = nλ³ - 3λ Σ y_j²
            double y2 = 0;
            for (int j = 1; j <= n; j++) {
                double y = -1.3 / 2 * (n + 1 - 2 * j);
                y2 += y * y;
            }
            assertEquals(n * l * l * l - 3 * l * y2, m.charge(3, a, l), 1e-13);
        }
    }
}
