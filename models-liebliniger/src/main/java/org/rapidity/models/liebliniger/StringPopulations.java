package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.observables.StateOrProfileObservable;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code string-populations}: the fraction of atoms bound in n-strings,
 * {@code nP_n = n∫ρ_n / Σ_m m∫ρ_m} for {@code n = 1 … max}, the fraction in strings longer than
 * {@code max}, and the binding and centre-of-mass energies per atom,
 * {@code Σ_n E_b,n ∫ρ_n / N} and {@code Σ_n ∫ nλ² ρ_n / N} (energy units). The repulsive gas has
 * {@code nP_1 = 1} and no binding energy; undefined (NaN) for other models. {@code max} is
 * required, which keeps this observable out of the default list of other models' runs. Of an
 * inhomogeneous {@link Profile} (a trapped cloud) it reports the same quantities of the whole
 * cloud, from the rapidity distribution integrated over {@code x}, {@code ρ̄_n = ∫dx ρ_n}.
 */
public final class StringPopulations extends StateOrProfileObservable {

    /** The longest string reported on its own; 0 in the provider's instance. */
    private final int max;

    /** The provider's instance (its observables are created for a longest string). */
    public StringPopulations() {
        this(0);
    }

    private StringPopulations(int max) {
        super("string-populations",
                "fraction of atoms in n-strings nP_n (n = 1…max, and longer), binding and"
                        + " centre-of-mass energy per atom (Lieb-Liniger)",
                columns(max),
                "fractions; energies per atom in energy units");
        this.max = max;
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
        return new StringPopulations(parameters.integer("max"));
    }

    private static List<String> columns(int max) {
        List<String> cols = new ArrayList<>();
        for (int n = 1; n <= max; n++) {
            cols.add("nP_" + n);
        }
        cols.add("nP_longer");
        cols.add("binding-energy-per-atom");
        cols.add("com-energy-per-atom");
        return cols;
    }

    @Override
    protected double[] values(Profile p) {
        return values(p.space(), p.integratedDensity(), max);
    }

    @Override
    protected double[] values(TbaState s) {
        return values(s, max);
    }

    /** The column values for a state (see the class documentation). */
    static double[] values(TbaState s, int max) {
        return values(s.space(), s.density(), max);
    }

    /**
     * The column values for a quasiparticle distribution {@code ρ} on {@code space} (a density
     * per length, or a number per rapidity integrated over a cloud: the fractions and energies
     * per atom are the same).
     */
    static double[] values(ModeSpace space, double[] rho, int max) {
        double[] out = new double[max + 3];
        if (!(space.model() instanceof LiebLiniger)) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        double atoms = space.integrate(rho, space.particleNumber());
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
            if (space.model() instanceof AttractiveLiebLiniger) {
                binding += ((AttractiveLiebLiniger) space.model()).bindingEnergy(n) * count;
            }
        }
        out[max + 1] = binding / atoms;
        out[max + 2] = com / atoms;
        return out;
    }
}
