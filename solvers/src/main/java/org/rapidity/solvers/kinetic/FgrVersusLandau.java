package org.rapidity.solvers.kinetic;

import java.util.List;
import org.rapidity.framework.observables.ViewFunction;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.tba.ModeSpace;

/**
 * {@code fgr-vs-landau}: the Fermi-golden-rule and generalised Landau collision integrals of the
 * same state (the {@code fgr} solver's snapshots carry both, {@link CollisionIntegralComparison}).
 * Columns:
 * <ul>
 *   <li>{@code fgr-rate}, {@code landau-rate}: {@code ‖∂_tρ‖ = (∫dθ (∂_tρ)²)^{1/2}} of each
 *       (density per time);</li>
 *   <li>{@code cross-ratio}, {@code self-ratio}: the projection {@code ⟨J, I⟩/⟨I, I⟩} of the FGR
 *       bare integral on the Landau one, for the {@code V̂(q_i)²} (cross) and
 *       {@code V̂(q_i)V̂(q_j)} (self) parts: 1 in the limit;</li>
 *   <li>{@code cross-difference}, {@code self-difference}: {@code ‖J - I‖/‖I‖}, which tends to 0
 *       under grid refinement;</li>
 *   <li>{@code fgr-entropy-production}, {@code landau-entropy-production}: {@code dS/dt}
 *       ({@code k_B} per length per time), positive away from equilibrium.</li>
 * </ul>
 * For a thermal state both integrals vanish and the ratios are undefined (NaN).
 */
public final class FgrVersusLandau extends Described implements ObservableProvider {

    private static final List<String> COLUMNS = List.of("fgr-rate", "landau-rate", "cross-ratio",
            "self-ratio", "cross-difference", "self-difference", "fgr-entropy-production",
            "landau-entropy-production");

    /** The provider. */
    public FgrVersusLandau() {
        super("fgr-vs-landau",
                "the FGR (87)-(98) and generalised Landau (66)-(69) collision integrals of the"
                        + " same state: rates, cross/self ratios and differences, entropy"
                        + " productions (needs solver fgr)");
    }

    @Override
    public Observable create(Parameters parameters) {
        return ViewFunction.of(name(), CollisionIntegralComparison.class, COLUMNS, "rates in"
                + " density per time; ratios and differences dimensionless; entropy production"
                + " in k_B per length per time", FgrVersusLandau::values);
    }

    /** The column values. */
    static double[] values(CollisionIntegralComparison c) {
        ModeSpace space = c.state().space();
        CollisionTerms f = c.fgr();
        CollisionTerms l = c.landau();
        double[] fr = f.total();
        double[] lr = l.total();
        return new double[] {
            CollisionIntegralComparison.norm(space, fr),
            CollisionIntegralComparison.norm(space, lr),
            CollisionIntegralComparison.ratio(space, f.crossIntegral(), l.crossIntegral()),
            CollisionIntegralComparison.ratio(space, f.selfIntegral(), l.selfIntegral()),
            CollisionIntegralComparison.difference(space, f.crossIntegral(), l.crossIntegral()),
            CollisionIntegralComparison.difference(space, f.selfIntegral(), l.selfIntegral()),
            CollisionIntegralComparison.entropyProduction(c.state(), fr),
            CollisionIntegralComparison.entropyProduction(c.state(), lr)};
    }
}
