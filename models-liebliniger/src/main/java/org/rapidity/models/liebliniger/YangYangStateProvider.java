package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code yang-yang}: the thermal state of the repulsive Lieb-Liniger gas (Yang-Yang; the strings
 * paper's (S8) without trap) at a temperature and a chemical potential or a density, each given
 * dimensionless or in laboratory units (nK, Hz, atoms per μm) for a model with an atom.
 */
public final class YangYangStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public YangYangStateProvider() {
        super("yang-yang",
                "Yang-Yang thermal state of the repulsive Lieb-Liniger gas (strings paper (S8));"
                        + " temperature and one of mu, density, in model or laboratory units",
                StateInputs.temperature(""), StateInputs.temperatureNanoKelvin(""),
                StateInputs.mu(""), StateInputs.muHertz(""), StateInputs.density(""),
                StateInputs.densityPerMicrometre(""));
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        LiebLiniger m = StateInputs.model(space.model(), name());
        if (!(m instanceof RepulsiveLiebLiniger)) {
            throw new InvalidInputException("state.name", "yang-yang is the thermal state of the"
                    + " repulsive gas (c > 0); for c < 0 use string-ramp");
        }
        double t = StateInputs.temperature(m, p);
        String which = StateInputs.exactlyOne(p, "mu", "mu_Hz", "density", "density_per_um");
        double mu = which.startsWith("mu") ? StateInputs.mu(m, p, which)
                : YangYang.chemicalPotential(space, t, StateInputs.density(m, p, which),
                        p.field(which));
        return YangYang.solve(space, t, mu).state();
    }
}
