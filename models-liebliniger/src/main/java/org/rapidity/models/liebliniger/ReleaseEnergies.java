package org.rapidity.models.liebliniger;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.observables.StateOrProfileObservable;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code release-energies}: the strings paper's release energies per atom after a 1D and after a
 * 3D expansion (main text and (S3)): the strings keep their centre-of-mass energy through the 1D
 * expansion and break up in 3D, converting their binding energy,
 * <pre>
 *   𝓔_1D = ⟨E_com⟩ = Σ_n ∫dλ nλ² ρ_n / N,    𝓔_3D = ⟨E_com⟩ + ⟨E_b⟩,
 *   ⟨E_b⟩ = Σ_n E_b,n ∫dλ ρ_n / N,   E_b,n = c²n(n²-1)/12,
 * </pre>
 * ({@code ħ = 2m = 1}: in laboratory units {@code ħ²c̃²n(n²-1)/(24m)}); in the repulsive gas both
 * equal the internal energy per atom {@code U/N}. Of a trapped cloud ({@link Profile}), from the
 * rapidity distribution integrated over it. Columns in energy units and, for a model with an
 * atom, as {@code E/h} in Hz (NaN otherwise).
 */
public final class ReleaseEnergies extends StateOrProfileObservable
        implements LiebLinigerGasObservable {

    /** The observable (and its provider). */
    public ReleaseEnergies() {
        super("release-energies",
                "release energies per atom after 1D and 3D expansion, 𝓔_1D = ⟨E_com⟩ and"
                        + " 𝓔_3D = ⟨E_com⟩ + ⟨E_b⟩, and the binding energy per atom ⟨E_b⟩"
                        + " (strings paper (S3)), in energy units and Hz",
                List.of("release-energy-1d", "release-energy-3d", "binding-energy",
                        "release-energy-1d_Hz", "release-energy-3d_Hz", "binding-energy_Hz"),
                "energy per atom; the same as E/h in Hz");
    }

    @Override
    protected double[] values(Profile p) {
        return values(p.space(), p.integratedDensity());
    }

    @Override
    protected double[] values(TbaState s) {
        return values(s.space(), s.density());
    }

    /** The columns for a distribution {@code ρ} on {@code space}. */
    static double[] values(ModeSpace space, double[] rho) {
        if (!(space.model() instanceof LiebLiniger)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN};
        }
        double[] v = StringPopulations.values(space, rho, 1);
        double binding = v[2];
        double com = v[3];
        double[] out = {com, com + binding, binding, Double.NaN, Double.NaN, Double.NaN};
        Optional<AtomicUnits> u = ((LiebLiniger) space.model()).atomicUnits();
        if (u.isPresent()) {
            for (int k = 0; k < 3; k++) {
                out[3 + k] = u.get().energyToHertz(out[k]);
            }
        }
        return out;
    }
}
