package org.rapidity.framework.observables;

import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.tba.TbaState;

/** Kinetic energy {@code ∫dθ ρ θ²/2} of the gBBGKY paper's Fig. 6d (unit mass). */
public final class KineticEnergy extends StateObservable {

    /** The observable (and its provider). */
    public KineticEnergy() {
        super("kinetic-energy",
                "kinetic energy ∫dθ ρ(θ) θ²/2 (unit mass; gBBGKY paper Fig. 6d)",
                "energy/length",
                // rapidity is (proportional to) velocity only in a Galilean continuum
                ModelTrait.GALILEAN_CONTINUUM);
    }

    @Override
    double value(TbaState state) {
        double[] rho = state.density();
        double s = 0;
        for (int i = 0; i < rho.length; i++) {
            double t = state.space().theta(i);
            s += state.space().weight(i) * rho[i] * t * t / 2;
        }
        return s;
    }
}
