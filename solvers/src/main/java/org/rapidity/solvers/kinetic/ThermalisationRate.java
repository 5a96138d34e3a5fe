package org.rapidity.solvers.kinetic;

import java.util.List;
import org.rapidity.framework.observables.DistanceToGaussian;
import org.rapidity.framework.observables.ViewFunction;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The instantaneous thermalisation rate of the gBBGKY paper's (83)-(84) from the collision
 * integral itself: {@code Γ_DT = -d ln DT/dt = 1/t_therm} with {@code DT} the distance to the
 * best-fit Gaussian (83), evaluated along {@code ∂_tρ} of the state by a central difference
 * {@code DT(ρ ± η∂_tρ)} (the Gaussian refitted on both sides, so the derivative is exact up to
 * {@code O(η²)}, with {@code η} moving ρ by 1e-4 of its maximum). One evaluation of the kinetic
 * equation instead of an evolution; it equals the slope that (84) fits only where DT decays as a
 * single exponential (a mode decaying at rate γ gives 2γ). At a state far from it, such as the
 * Bragg-split state of Fig. 8, it differs from a slope fitted over a window and may be negative
 * (DT growing first). Columns:
 * {@code dt-rate} (1/time, model units) and, for a model with laboratory units,
 * {@code dt-rate-per-s} (1/s).
 */
public final class ThermalisationRate extends Described implements ObservableProvider {

    private static final List<String> COLUMNS = List.of("dt-rate", "dt-rate-per-s");

    /** The provider. */
    public ThermalisationRate() {
        super("dt-rate",
                "instantaneous thermalisation rate -d ln DT/dt = 1/t_therm of (83)-(84) from the"
                        + " collision integral (needs solver landau)");
    }

    @Override
    public Observable create(Parameters parameters) {
        return ViewFunction.of(name(), KineticRates.class, COLUMNS,
                "1/time (model units); 1/s", ThermalisationRate::values);
    }

    /** The rate in model units and, with laboratory units, per second. */
    static double[] values(KineticRates k) {
        double rate = rate(k.state(), k.rate());
        double perSecond = k.state().space().model().laboratoryUnits()
                .map(LaboratoryUnits::timeUnit).map(u -> rate / u).orElse(Double.NaN);
        return new double[] {rate, perSecond};
    }

    /** {@code -d ln DT/dt} along {@code ∂_tρ = d} (1/time). */
    public static double rate(TbaState state, double[] d) {
        ModeSpace space = state.space();
        double[] theta = space.thetas();
        double[] w = space.weights();
        double dt0 = DistanceToGaussian.distance(theta, w, state.density());
        return -LandauKurtosisRate.alongRate(state.density(), d,
                r -> DistanceToGaussian.distance(theta, w, r)) / dt0;
    }
}
