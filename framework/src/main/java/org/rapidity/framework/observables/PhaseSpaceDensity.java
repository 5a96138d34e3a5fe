package org.rapidity.framework.observables;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;

/**
 * {@code phase-space-density}: the phase-space density {@code ρ_a(x, θ)} (or the filling
 * {@code n_a(x, θ)}) of chosen species of an inhomogeneous cloud, written as 2D fields (a CSV
 * and a heat map per species) at the chosen output times (all by default). For Bethe strings
 * the species are numbered by string length {@code 1, 2, …}; species a model lacks at the time
 * of a snapshot (strings before a ramp through {@code c = 0}) are skipped. No scalar columns.
 */
public final class PhaseSpaceDensity extends Described implements ObservableProvider {

    /** The provider. */
    public PhaseSpaceDensity() {
        super("phase-space-density",
                "phase-space density ρ_a(x, θ) or filling n_a(x, θ) of chosen species as heat maps"
                        + " (fields) at chosen output times",
                ParameterSpec.reals("species", "species to draw, numbered from 1 (Bethe strings:"
                        + " the string length)", "").atLeast(1).required(),
                ParameterSpec.text("quantity", "what to draw").oneOf("density", "filling")
                        .withDefault("density"),
                ParameterSpec.reals("times", "output times at which to write the fields"
                        + " (default: every output)", "model time").atLeast(0));
    }

    @Override
    public Observable create(Parameters p) {
        double[] sp = p.reals("species");
        int[] species = new int[sp.length];
        for (int i = 0; i < sp.length; i++) {
            if (sp[i] != Math.rint(sp[i])) {
                throw new InvalidInputException(p.field("species") + "." + i,
                        "species are numbered by integers from 1, got " + sp[i]);
            }
            species[i] = (int) sp[i];
        }
        boolean filling = p.text("quantity").equals("filling");
        double[] times = p.has("times") ? p.reals("times") : null;
        return new Drawing(name(), species, filling, times);
    }

    private static final class Drawing extends ParameterisedObservable implements FieldOutput {
        private final int[] species;
        private final boolean filling;
        private final double[] times;

        Drawing(String name, int[] species, boolean filling, double[] times) {
            super(name, List.of(), filling ? "filling (dimensionless)"
                    : "1/(length × rapidity)");
            this.species = species;
            this.filling = filling;
            this.times = times;
        }

        @Override
        public Class<?> requires() {
            return Profile.class;
        }

        @Override
        public double[] evaluate(Snapshot snapshot) {
            ProfileObservables.profile(snapshot, name());
            return new double[0];
        }

        private boolean wanted(double t) {
            if (times == null) {
                return true;
            }
            for (double s : times) {
                if (Math.abs(s - t) <= 1e-9 * Math.max(1, Math.abs(s))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public List<Field> fields(Snapshot snapshot) {
            Profile p = ProfileObservables.profile(snapshot, name());
            List<Field> out = new ArrayList<>();
            if (!wanted(snapshot.time())) {
                return out;
            }
            ModeSpace space = p.space();
            for (int s : species) {
                int a = s - 1;
                if (a >= space.speciesCount()) {
                    continue;
                }
                int off = space.offset(a);
                int nt = space.grid(a).size();
                double[][] v = new double[p.size()][nt];
                for (int i = 0; i < p.size(); i++) {
                    double[] q = filling ? p.state(i).filling() : p.state(i).density();
                    System.arraycopy(q, off, v[i], 0, nt);
                }
                String label = space.speciesCount() == 1 ? "" : " " + p.model().speciesLabel(a);
                out.add(new Field((filling ? "filling" : "phase-space-density") + "-" + s,
                        (filling ? "filling n(x, θ)" : "phase-space density ρ(x, θ)") + label,
                        "x", p.positions().nodes(), "θ", space.grid(a).nodes(),
                        filling ? "n" : "ρ", v));
            }
            return out;
        }
    }
}
