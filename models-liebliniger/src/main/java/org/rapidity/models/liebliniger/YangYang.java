package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.states.ThermalStateProvider;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Yang-Yang thermodynamics of the Lieb-Liniger gas (and, formally, of any model): the thermal
 * state at temperature {@code T} and chemical potential {@code μ} from the TBA equation
 * <pre>
 *   ε(λ) = (E(λ) - μN)/T - ∫dλ' T(λ,λ') ln(1 + e^{-ε(λ')})
 * </pre>
 * (the strings paper's (S8) with {@code T = -φ/2π}, solved by {@link Gge}) and its equation of
 * state: pressure {@code P = T Σ∫dλ p'/2π ln(1 + e^{-ε})} ({@code = -T Φ} with Φ the generalised
 * free energy of {@link Gge.Solution}), particle, energy and entropy densities, free energy
 * density {@code f = e - Ts}. Units: those of the model (energies, temperatures and {@code μ}
 * in {@code ħ²/(2mℓ²)}, densities per length). The thermodynamic identities
 * {@code n = ∂P/∂μ}, {@code s = ∂P/∂T}, {@code P = Ts + μn - e} are checked by the tests.
 */
public final class YangYang {

    private YangYang() {
    }

    /** A thermal state with its intensive parameters and equation of state. */
    public static final class Thermodynamics {
        private final TbaState state;
        private final double temperature;
        private final double chemicalPotential;
        private final double pressure;

        Thermodynamics(TbaState state, double temperature, double chemicalPotential,
                double pressure) {
            this.state = state;
            this.temperature = temperature;
            this.chemicalPotential = chemicalPotential;
            this.pressure = pressure;
        }

        /** The TBA state. */
        public TbaState state() {
            return state;
        }

        /** Temperature {@code T} (energy units, k_B = 1). */
        public double temperature() {
            return temperature;
        }

        /** Chemical potential {@code μ}. */
        public double chemicalPotential() {
            return chemicalPotential;
        }

        /** Pressure {@code P} (energy/length). */
        public double pressure() {
            return pressure;
        }

        /** Particle density {@code n = Σ∫ N ρ}. */
        public double density() {
            return state.particleDensity();
        }

        /** Energy density {@code e = Σ∫ E ρ}. */
        public double energyDensity() {
            return state.energyDensity();
        }

        /** Yang-Yang entropy density {@code s} (k_B per length). */
        public double entropyDensity() {
            return state.entropyDensity();
        }

        /** Free energy density {@code f = e - Ts} (equals {@code μn - P}). */
        public double freeEnergyDensity() {
            return energyDensity() - temperature * entropyDensity();
        }
    }

    /**
     * The thermal state at temperature {@code T > 0} and chemical potential {@code μ}.
     *
     * @throws InvalidInputException if the TBA equation has no solution on these modes
     */
    public static Thermodynamics solve(ModeSpace space, double temperature, double mu) {
        checkTemperature(temperature);
        Gge.Solution s = Gge.solve(space, Gge.thermalDrivingTerm(space, 1 / temperature, mu,
                0));
        return new Thermodynamics(s.state(), temperature, mu, -temperature * s.freeEnergy());
    }

    /** The chemical potential at which the thermal state at {@code T} has particle density {@code n}. */
    public static double chemicalPotential(ModeSpace space, double temperature, double density,
            String field) {
        checkTemperature(temperature);
        return ThermalStateProvider.chemicalPotentialFor(space, 1 / temperature, 0, density,
                field);
    }

    /** The thermal state at temperature {@code T} and particle density {@code n}. */
    public static Thermodynamics atDensity(ModeSpace space, double temperature, double density) {
        return solve(space, temperature, chemicalPotential(space, temperature, density,
                "state.density"));
    }

    private static void checkTemperature(double t) {
        if (!(t > 0) || !Double.isFinite(t)) {
            throw new InvalidInputException("state.temperature", "need a finite temperature > 0,"
                    + " got " + t + " (the ground state is lieb-ground-state)");
        }
    }
}
