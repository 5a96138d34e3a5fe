package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code string-populations}: the fraction of atoms bound in n-strings,
 * {@code nP_n = n∫ρ_n / Σ_m m∫ρ_m} for {@code n = 1 … max}, the fraction in strings longer than
 * {@code max}, and the binding and centre-of-mass energies per atom,
 * {@code Σ_n E_b,n ∫ρ_n / N} and {@code Σ_n ∫ nλ² ρ_n / N} (energy units). The repulsive gas has
 * {@code nP_1 = 1} and no binding energy; undefined (NaN) for other models. {@code max} is
 * required, which keeps this observable out of the default list of other models' runs.
 */
public final class StringPopulations implements ObservableProvider {

    @Override
    public String name() {
        return "string-populations";
    }

    @Override
    public String description() {
        return "fraction of atoms in n-strings nP_n (n = 1…max, and longer), binding and"
                + " centre-of-mass energy per atom (Lieb-Liniger)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        // required, so that the runner's default list (parameter-free observables) leaves it to
        // the Lieb-Liniger descriptors that ask for it
        return List.of(ParameterSpec.integer("max", "longest string reported on its own")
                .atLeast(1).atMost(100).required());
    }

    @Override
    public Observable create(Parameters parameters) {
        int max = parameters.integer("max");
        List<String> cols = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            cols.add("nP_" + n);
        }
        cols.add("nP_longer");
        cols.add("binding-energy-per-atom");
        cols.add("com-energy-per-atom");
        List<String> columns = List.copyOf(cols);
        return new Observable() {
            @Override
            public String name() {
                return StringPopulations.this.name();
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public String unit() {
                return "fractions; energies per atom in energy units";
            }

            @Override
            public Class<?> requires() {
                return TbaState.class;
            }

            @Override
            public double[] evaluate(Snapshot snapshot) {
                TbaState s = snapshot.view(TbaState.class).orElseThrow(
                        () -> new InvalidInputException("observables", "string-populations needs"
                                + " a homogeneous TBA state in the snapshot"));
                return values(s, max);
            }
        };
    }

    /** The column values for a state (see the class documentation). */
    static double[] values(TbaState s, int max) {
        double[] out = new double[max + 3];
        if (!(s.model() instanceof LiebLiniger)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        ModeSpace space = s.space();
        double[] rho = s.density();
        double atoms = s.particleDensity();
        double binding = 0;
        double com = 0;
        for (int a = 0; a < space.speciesCount(); a++) {
            int n = a + 1;
            int off = space.offset(a);
            double count = 0;
            double kinetic = 0;
            for (int k = 0; k < space.grid(a).size(); k++) {
                double l = space.theta(off + k);
                count += space.weight(off + k) * rho[off + k];
                kinetic += space.weight(off + k) * rho[off + k] * n * l * l;
            }
            double fraction = n * count / atoms;
            out[Math.min(n, max + 1) - 1] += fraction;
            com += kinetic;
            if (s.model() instanceof AttractiveLiebLiniger) {
                binding += ((AttractiveLiebLiniger) s.model()).bindingEnergy(n) * count;
            }
        }
        out[max + 1] = binding / atoms;
        out[max + 2] = com / atoms;
        return out;
    }
}
