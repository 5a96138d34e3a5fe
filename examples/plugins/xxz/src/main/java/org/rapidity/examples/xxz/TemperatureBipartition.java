package org.rapidity.examples.xxz;

import java.util.Map;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.states.Bipartition;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code temperature-bipartition}: the partitioning protocol of GHD (Castro-Alvaredo, Doyon,
 * Yoshimura, PRX 6, 041065 (2016); Bertini et al., PRL 117, 207201 (2016)) in temperature: the
 * Gibbs state {@code w = β_L(E - μN)} for {@code x < x0} and {@code w = β_R(E - μN)} for
 * {@code x > x0}, each from the TBA equation (with {@code width > 0} the inverse temperature
 * goes over smoothly, {@code β(x) = β_L + (β_R - β_L)(1 + tanh((x - x0)/width))/2}), for any
 * model ({@code μ} multiplies its charge 0:
 * for XXZ the magnon number, {@code -μ} acting as a field). The homogeneous state it reports
 * (on which the grid's resolution is checked) is the left one.
 */
public final class TemperatureBipartition extends Described implements InitialStateProvider {

    /** The provider. */
    public TemperatureBipartition() {
        super("temperature-bipartition",
                "Gibbs state at β_left for x < x0 and at β_right for x > x0 (the partitioning"
                        + " protocol, Castro-Alvaredo et al. 2016) for a solver that evolves"
                        + " local states",
                ParameterSpec.real("beta_left", "inverse temperature for x < x0", "1/energy")
                        .above(0).required(),
                ParameterSpec.real("beta_right", "inverse temperature for x > x0", "1/energy")
                        .above(0).required(),
                ParameterSpec.real("mu", "chemical potential of charge 0 (both sides)", "energy")
                        .withDefault(0.0),
                ParameterSpec.real("x0", "position of the junction", "length").withDefault(0.0),
                ParameterSpec.real("width", "width of a smooth junction (0: a step)", "length")
                        .atLeast(0).withDefault(0.0));
    }

    @Override
    public boolean isInhomogeneous() {
        return true;
    }

    /** The Gibbs state at {@code beta_left} (what a homogeneous stand-in of this state is). */
    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        return gibbs(space, p.real("beta_left"), p.real("mu"));
    }

    @Override
    public InhomogeneousState createInhomogeneous(ModeSpace space, Parameters p,
            Map<String, TbaState> parts) {
        double bl = p.real("beta_left");
        double br = p.real("beta_right");
        double mu = p.real("mu");
        double x0 = p.real("x0");
        double width = p.real("width");
        TbaState left = gibbs(space, bl, mu);
        if (width == 0) {
            return new Bipartition(left, gibbs(space, br, mu), x0, p.path());
        }
        return new InhomogeneousState() {
            @Override
            public ModeSpace space() {
                return space;
            }

            @Override
            public TbaState reference() {
                return left;
            }

            @Override
            public double[] filling(double x) {
                return gibbs(space, bl + (br - bl) * (1 + Math.tanh((x - x0) / width)) / 2, mu)
                        .filling();
            }
        };
    }

    private static TbaState gibbs(ModeSpace space, double beta, double mu) {
        return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, mu, 0)).state();
    }
}
