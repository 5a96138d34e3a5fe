package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Yang-Yang thermodynamics: consistency of the equation of state with its own derivatives, the
 * classical (non-degenerate) limit with the exact second virial coefficient, and the
 * low-temperature Luttinger-liquid law against the ground state.
 */
class ThermodynamicsTest {

    static ModeSpace space(double c, double halfWidth, int points) {
        return ModeSpace.of(new RepulsiveLiebLiniger(c),
                QuadratureGrid.gaussLegendre(-halfWidth, halfWidth, points));
    }

    /**
     * {@code n = ∂P/∂μ} and {@code s = ∂P/∂T} by central differences of the pressure
     * {@code P = -TΦ}, and {@code P = Ts + μn - e} (Gibbs-Duhem: Yang-Yang entropy, TBA
     * pressure and the densities are three separate computations). Measured: 2.5e-10 and
     * 6e-11 relative at T = 2, μ = 0.5, c = 1.
     */
    @ParameterizedTest
    @CsvSource({"1, 2, 0.5", "0.3, 0.5, 0.2", "4, 3, -1"})
    void densityAndEntropyAreDerivativesOfPressure(double c, double t, double mu) {
        ModeSpace sp = space(c, 8 + 5 * Math.sqrt(t), 160);
        YangYang.Thermodynamics th = YangYang.solve(sp, t, mu);
        double h = 1e-4;
        double dPdMu = (YangYang.solve(sp, t, mu + h).pressure()
                - YangYang.solve(sp, t, mu - h).pressure()) / (2 * h);
        double dPdT = (YangYang.solve(sp, t + h, mu).pressure()
                - YangYang.solve(sp, t - h, mu).pressure()) / (2 * h);
        assertEquals(th.density(), dPdMu, 1e-8 * th.density(), "n = ∂P/∂μ");
        assertEquals(th.entropyDensity(), dPdT, 1e-8 * th.entropyDensity(), "s = ∂P/∂T");
        assertEquals(th.pressure(), t * th.entropyDensity() + mu * th.density()
                - th.energyDensity(), 1e-12 * Math.abs(th.pressure()), "Gibbs-Duhem");
        assertEquals(th.freeEnergyDensity(), mu * th.density() - th.pressure(),
                1e-12 * Math.abs(th.pressure()), "f = μn - P");
    }

    /**
     * The classical limit {@code nλ_T → 0}: {@code P/(nT) = 1 - (b₂/b₁²) n + O(n²)}, with the
     * Beth-Uhlenbeck coefficients of the Lieb-Liniger phase shift
     * {@code b₁ = (4πβ)^{-1/2}},
     * {@code b₂ = (1/2π)(π/2β)^{1/2} [e^{βc²/2} erfc(c(β/2)^{1/2}) - 1/2]}
     * ({@code -½} is the exchange term; the first is {@code ∫du e^{-βu²/2} T(u)} in closed form).
     * The remainder must be O(n²) (measured {@code remainder/n² = 0.185, 0.197, 0.203} for
     * n = 0.2, 0.1, 0.05), and the energy per particle tends to {@code T/2}.
     */
    @Test
    void classicalLimitWithSecondVirialCoefficient() {
        double t = 4;
        double beta = 1 / t;
        double c = 1;
        ModeSpace sp = space(c, 25, 240);
        double b1 = 1 / Math.sqrt(4 * Math.PI * beta);
        double b2 = Math.sqrt(Math.PI / (2 * beta)) / (2 * Math.PI)
                * (Math.exp(beta * c * c / 2) * erfc(c * Math.sqrt(beta / 2)) - 0.5);
        double[] densities = {0.2, 0.1, 0.05};
        double[] scaled = new double[densities.length];
        for (int k = 0; k < densities.length; k++) {
            double n = densities[k];
            YangYang.Thermodynamics th = YangYang.atDensity(sp, t, n);
            assertEquals(n, th.density(), 1e-12 * n);
            double ratio = th.pressure() / (n * t);
            assertEquals(1, ratio, 0.5 * n, "ideal gas P = nT");
            scaled[k] = (ratio - 1 + b2 * n / (b1 * b1)) / (n * n);
            assertEquals(t / 2, th.energyDensity() / n, 0.5 * n, "e/n → T/2");
        }
        assertEquals(scaled[2], scaled[1], 0.05 * Math.abs(scaled[2]), "O(n²) remainder");
        assertEquals(scaled[1], scaled[0], 0.1 * Math.abs(scaled[2]), "O(n²) remainder");
    }

    /**
     * High temperature at fixed {@code n = c = 1}: the gas becomes the classical ideal gas
     * slowly (the degeneracy {@code nλ_T} falls like {@code T^{-1/2}}); with the second virial
     * term above removed, the remainder {@code O(n²β)} falls about fourfold per fourfold T
     * (measured 0.129, 0.057, 0.019 at T = 4, 16, 64: ratios 2.3, 3.0).
     */
    @Test
    void highTemperatureLimitIsTheClassicalIdealGas() {
        double c = 1;
        double n = 1;
        double[] temperatures = {4, 16, 64};
        double[] remainder = new double[3];
        double[] deviation = new double[3];
        for (int k = 0; k < 3; k++) {
            double t = temperatures[k];
            double beta = 1 / t;
            ModeSpace sp = space(c, 7 * Math.sqrt(t), 300);
            YangYang.Thermodynamics th = YangYang.atDensity(sp, t, n);
            double b1 = 1 / Math.sqrt(4 * Math.PI * beta);
            double b2 = Math.sqrt(Math.PI / (2 * beta)) / (2 * Math.PI)
                    * (Math.exp(beta * c * c / 2) * erfc(c * Math.sqrt(beta / 2)) - 0.5);
            deviation[k] = th.pressure() / (n * t) - 1;
            remainder[k] = deviation[k] + b2 * n / (b1 * b1);
        }
        assertTrue(Math.abs(deviation[2]) < 0.12, "P/(nT) - 1 at T = 64: " + deviation[2]);
        assertTrue(Math.abs(remainder[2]) < 0.025, "remainder at T = 64: " + remainder[2]);
        assertTrue(remainder[0] / remainder[1] > 2 && remainder[1] / remainder[2] > 2.7,
                "remainders " + java.util.Arrays.toString(remainder));
    }

    /**
     * Low temperature: at fixed μ the pressure of a Luttinger liquid grows as
     * {@code P(T) = P(0) + πT²/(6v_s)} (ħ = k_B = 1), with the sound velocity
     * {@code v_s² = (n/m) ∂μ/∂n = 2n ∂μ/∂n} from the Lieb ground state (another computation:
     * Fermi sea, dressed energy). Extrapolated from T = 0.2 and 0.1 assuming a T⁴ correction.
     */
    @Test
    void lowTemperatureLuttingerLiquidLaw() {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1);
        TbaState gs = LiebGroundState.atDensity(m, 1, 120);
        double mu0 = LiebGroundState.chemicalPotential(gs);
        double p0 = LiebGroundState.pressure(gs);
        double dn = 1e-4;
        double dmu = (LiebGroundState.chemicalPotential(LiebGroundState.atDensity(m, 1 + dn, 120))
                - LiebGroundState.chemicalPotential(LiebGroundState.atDensity(m, 1 - dn, 120)))
                / (2 * dn);
        double vs = Math.sqrt(2 * dmu);
        ModeSpace sp = space(1, 5, 400);
        double a1 = (YangYang.solve(sp, 0.2, mu0).pressure() - p0) / 0.04;
        double a2 = (YangYang.solve(sp, 0.1, mu0).pressure() - p0) / 0.01;
        double extrapolated = (4 * a2 - a1) / 3;
        assertEquals(Math.PI / (6 * vs), extrapolated, 1e-3 * Math.PI / (6 * vs));
        assertTrue(Math.abs(a2 - Math.PI / (6 * vs)) < Math.abs(a1 - Math.PI / (6 * vs)),
                "closer at lower T");
    }

    /** Complementary error function by its Taylor series (|x| ≤ 1 here; 1e-15 accurate). */
    static double erfc(double x) {
        double sum = 0;
        double term = x;
        for (int k = 0; k < 60; k++) {
            sum += term / (2 * k + 1);
            term *= -x * x / (k + 1);
        }
        return 1 - 2 / Math.sqrt(Math.PI) * sum;
    }
}
