package org.rapidity.framework.spi;

import java.util.Map;

/**
 * Optional capability of a model that knows what its dimensionless units are in the laboratory
 * (an atomic species, a length unit): the runner then reports results in both systems. The core
 * stays dimensionless; this interface only carries the scales, so that every conversion is
 * {@code value × unit}.
 *
 * <p>Constants are the exact SI values (2019 redefinition): {@code h = 6.62607015e-34 J s},
 * {@code k_B = 1.380649e-23 J/K}.
 */
public interface LaboratoryUnits {

    /** Planck constant {@code h} in J s (exact). */
    double PLANCK = 6.62607015e-34;
    /** Reduced Planck constant {@code ħ = h/2π} in J s. */
    double HBAR = PLANCK / (2 * Math.PI);
    /** Boltzmann constant {@code k_B} in J/K (exact). */
    double BOLTZMANN = 1.380649e-23;

    /** One line naming the atom and the unit system, e.g. "133Cs; ħ = 2m = 1; length unit 1 μm". */
    String description();

    /** The model's length unit in metres. */
    double lengthUnit();

    /** The model's energy unit in joules. */
    double energyUnit();

    /** The model's time unit in seconds, {@code ħ / energyUnit} (the core has ħ = 1). */
    default double timeUnit() {
        return HBAR / energyUnit();
    }

    /**
     * The model's parameters in laboratory units, keyed by a name that carries the unit (e.g.
     * {@code c_tilde_per_um}, {@code mass_kg}).
     */
    default Map<String, Double> parameters() {
        return Map.of();
    }
}
