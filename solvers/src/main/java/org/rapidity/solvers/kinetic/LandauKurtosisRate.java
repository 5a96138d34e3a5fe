package org.rapidity.solvers.kinetic;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.rapidity.framework.observables.ViewFunction;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code landau-kurtosis-rate}: the rate {@code dκ/dt} of the excess kurtosis of {@code ρ/ρ̄}
 * that the collision integral gives at the current state, and its cross (67) and self (68)
 * parts ({@link CollisionTerms}): {@code dκ/dt = Σ_i (∂κ/∂ρ_i) ∂_tρ_i}, the directional
 * derivative taken by a central difference {@code κ(ρ ± η∂_tρ)} ({@code η} moving ρ by 1e-4 of
 * its maximum; error {@code O(η²)}). Read after a hierarchy's hand-off to {@code landau}, it is
 * Landau's rate, split, at the hierarchy's state. Columns {@code dkurtosis-cross},
 * {@code dkurtosis-self}, {@code dkurtosis} (1/time, model units); the parts are NaN for an
 * equation that does not split (several tubes).
 */
public final class LandauKurtosisRate extends Described implements ObservableProvider {

    private static final List<String> COLUMNS = List.of("dkurtosis-cross", "dkurtosis-self",
            "dkurtosis");

    /** The provider. */
    public LandauKurtosisRate() {
        super("landau-kurtosis-rate",
                "dκ/dt of the kurtosis from the collision integral at the current state, split"
                        + " into its cross (67) and self (68) parts (needs solver landau)");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Observable create(Parameters parameters) {
        return ViewFunction.of(name(), KineticRates.class, COLUMNS, "1/time (model units)",
                LandauKurtosisRate::values);
    }

    /** The cross, self and total rates of the kurtosis. */
    static double[] values(KineticRates k) {
        TbaState state = k.state();
        double total = rate(state, k.rate());
        if (!(k.equation() instanceof CollisionIntegral integral)) {
            return new double[] {Double.NaN, Double.NaN, total};
        }
        CollisionTerms terms = integral.evaluate(state);
        return new double[] {rate(state, terms.cross()), rate(state, terms.self()), total};
    }

    /** {@code dκ/dt} along {@code ∂_tρ = d} (1/time). */
    static double rate(TbaState state, double[] d) {
        double[] theta = state.space().thetas();
        double[] w = state.space().weights();
        return alongRate(state.density(), d, r -> kurtosis(theta, w, r));
    }

    /**
     * The rate of change {@code Σ_i (∂F/∂ρ_i) d_i} of a functional {@code F} of the density along
     * {@code ∂_tρ = d}, by the central difference {@code (F(ρ + ηd) - F(ρ - ηd))/2η} with
     * {@code η} moving ρ by 1e-4 of its maximum (error {@code O(η²)}); 0 when {@code d = 0}.
     */
    static double alongRate(double[] rho, double[] d, ToDoubleFunction<double[]> f) {
        double max = 0;
        double dmax = 0;
        for (int i = 0; i < rho.length; i++) {
            max = Math.max(max, Math.abs(rho[i]));
            dmax = Math.max(dmax, Math.abs(d[i]));
        }
        if (dmax == 0) {
            return 0;
        }
        double eta = 1e-4 * max / dmax;
        double[] plus = rho.clone();
        double[] minus = rho.clone();
        for (int i = 0; i < rho.length; i++) {
            plus[i] += eta * d[i];
            minus[i] -= eta * d[i];
        }
        return (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * eta);
    }

    /** Excess kurtosis {@code ⟨(θ-θ̄)⁴⟩/⟨(θ-θ̄)²⟩² - 3} of the density {@code ρ} on the nodes. */
    static double kurtosis(double[] theta, double[] w, double[] rho) {
        double n = 0;
        double first = 0;
        for (int i = 0; i < rho.length; i++) {
            n += w[i] * rho[i];
            first += w[i] * rho[i] * theta[i];
        }
        double mean = first / n;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < rho.length; i++) {
            double d2 = (theta[i] - mean) * (theta[i] - mean);
            m2 += w[i] * rho[i] * d2;
            m4 += w[i] * rho[i] * d2 * d2;
        }
        m2 /= n;
        m4 /= n;
        return m4 / (m2 * m2) - 3;
    }
}
