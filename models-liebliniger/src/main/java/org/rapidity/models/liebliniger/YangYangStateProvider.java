package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code yang-yang}: the thermal state of the repulsive Lieb-Liniger gas (Yang-Yang; the strings
 * paper's (S8) without trap) at a temperature and a chemical potential or a density, each given
 * dimensionless or in laboratory units (nK, Hz, atoms per μm) for a model with an atom.
 */
public final class YangYangStateProvider implements InitialStateProvider {

    @Override
    public String name() {
        return "yang-yang";
    }

    @Override
    public String description() {
        return "Yang-Yang thermal state of the repulsive Lieb-Liniger gas (strings paper (S8));"
                + " temperature and one of mu, density, in model or laboratory units";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(StateInputs.temperature(""), StateInputs.temperatureNanoKelvin(""),
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
