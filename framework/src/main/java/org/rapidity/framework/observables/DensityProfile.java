package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;

/**
 * {@code density-profile}: the particle density {@code n(x) = Σ_a ∫dθ N_a ρ_a(x, θ)} of an
 * inhomogeneous cloud, written as a field at every output time (a CSV and a line plot), and as
 * columns its peak value and the density at the node nearest {@code x = 0} (1/length).
 */
public final class DensityProfile extends ViewObservable<Profile> implements FieldOutput {

    /** The observable (and its provider). */
    public DensityProfile() {
        super("density-profile",
                "density profile n(x) of an inhomogeneous cloud (a field per output; columns:"
                        + " peak and central density)",
                Profile.class, List.of("peak-density", "central-density"),
                "1/length");
    }

    @Override
    protected double[] values(Profile p) {
        double[] n = p.densityProfile();
        double peak = 0;
        int centre = 0;
        for (int i = 0; i < n.length; i++) {
            peak = Math.max(peak, n[i]);
            if (Math.abs(p.position(i)) < Math.abs(p.position(centre))) {
                centre = i;
            }
        }
        return new double[] {peak, n[centre]};
    }

    @Override
    public List<Field> fields(Snapshot snapshot) {
        Profile p = ProfileObservables.profile(snapshot, name());
        return List.of(Field.profile("density-profile", "density profile n(x)", "x",
                p.positions().nodes(), "n(x)", p.densityProfile()));
    }
}
