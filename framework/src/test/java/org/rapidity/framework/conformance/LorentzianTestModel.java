package org.rapidity.framework.conformance;

import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.Statistics;

/**
 * A model for testing the TBA core and example for plugin authors: species {@code a = 0, 1, …}
 * carry {@code m_a = a + 1} particles, with {@code p_a = m_a θ}, {@code E_a = m_a θ²/2} (so the
 * model is Galilean invariant), and Lieb-Liniger-like Lorentzian scattering shifts
 * <pre>
 *   T_ab(θ, θ') = (g/2π) · 2 c_ab / (c_ab² + (θ - θ')²),   c_ab = c (1 + (a + b)/2),
 * </pre>
 * symmetric in {@code (a,θ) ↔ (b,θ')}. {@code g > 0} repels (Lieb-Liniger for one fermionic
 * species with {@code g = 1}), {@code g < 0} attracts, {@code g = 0} is free.
 */
public final class LorentzianTestModel implements IntegrableModel {

    private final int species;
    private final Statistics statistics;
    private final double coupling;
    private final double width;

    /**
     * @param species number of species
     * @param statistics statistics of every species
     * @param coupling strength {@code g}
     * @param width Lorentzian width {@code c}
     */
    public LorentzianTestModel(int species, Statistics statistics, double coupling,
            double width) {
        this.species = species;
        this.statistics = statistics;
        this.coupling = coupling;
        this.width = width;
    }

    @Override
    public String name() {
        return "lorentzian-test";
    }

    @Override
    public Parameters parameters() {
        return Parameters.empty();
    }

    @Override
    public String units() {
        return "dimensionless test model";
    }

    @Override
    public int speciesCount() {
        return species;
    }

    @Override
    public Statistics statistics(int s) {
        return statistics;
    }

    private static double mass(int s) {
        return s + 1;
    }

    @Override
    public double momentum(int s, double theta) {
        return mass(s) * theta;
    }

    @Override
    public double momentumDerivative(int s, double theta) {
        return mass(s);
    }

    @Override
    public double energy(int s, double theta) {
        return mass(s) * theta * theta / 2;
    }

    @Override
    public double energyDerivative(int s, double theta) {
        return mass(s) * theta;
    }

    @Override
    public double particleNumber(int s) {
        return mass(s);
    }

    @Override
    public boolean isDifferenceKernel() {
        return true;
    }

    @Override
    public double scatteringShift(int a, double theta, int b, double thetaPrime) {
        double c = width * (1 + (a + b) / 2.0);
        double d = theta - thetaPrime;
        return coupling / (2 * Math.PI) * 2 * c / (c * c + d * d);
    }

    @Override
    public boolean isGalileanInvariant() {
        return true;
    }
}
