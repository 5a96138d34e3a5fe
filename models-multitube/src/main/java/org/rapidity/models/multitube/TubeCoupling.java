package org.rapidity.models.multitube;

import java.util.List;
import org.rapidity.framework.observables.ViewFunction;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.tba.TbaState;

/**
 * The two couplings of the dipolar tube lattice that set the Fig. 8 rate, reported per run (a
 * constant of the model, for sweep tables): the contact coupling {@code c̃(θ)} of each tube
 * (μm⁻¹, (79)-(80)), its dipolar part {@code c̃_DDI(θ)}, and the tube-summed weight of the
 * inter-tube cross term {@code K_⊥ = Σ_t ∫dk k²|V̂^t|²} (model units, energy²/length), here by
 * Parseval in real space, {@code 2π Σ_t ∫dx V^t'(x)²} ({@link DipolarTubes#tubeSummedWeight}),
 * independently of the solvers' momentum-space quadrature.
 */
public final class TubeCoupling extends Described implements ObservableProvider {

    private static final List<String> COLUMNS = List.of("c-per-um", "c-ddi-per-um", "k-perp");

    /** The provider. */
    public TubeCoupling() {
        super("tube-coupling",
                "contact coupling c̃(θ) and its dipolar part (1/μm), tube-summed inter-tube weight"
                        + " K_⊥ = Σ∫dk k²|V̂|² (model units) of the dipolar-tubes model");
    }

    @Override
    public Observable create(Parameters parameters) {
        return ViewFunction.of(name(), TbaState.class, COLUMNS, "1/μm, 1/μm, energy²/length",
                TubeCoupling::values).onlyFor(m -> m instanceof DipolarTubes,
                        "model dipolar-tubes");
    }

    /** {@code c}, {@code c_DDI} (1/μm) and the tube-summed weight of a state of dipolar tubes. */
    static double[] values(TbaState s) {
        if (!(s.space().model() instanceof DipolarTubes)) {
            throw new InvalidInputException("observables", "tube-coupling needs model"
                    + " dipolar-tubes");
        }
        DipolarTubes m = (DipolarTubes) s.space().model();
        var p = m.laboratoryUnits().orElseThrow().parameters();
        return new double[] {p.get("c_per_um"), p.get("c_DDI_per_um"), m.tubeSummedWeight()};
    }
}
