package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code pair-correlation}: the local pair correlation of the Lieb-Liniger gas from the
 * Hellmann-Feynman formula (strings paper (S11), corrected; {@link HellmannFeynman}): columns
 * {@code pair-correlation} = {@code ⟨ψ†²ψ²⟩} (1/length²), {@code g2} = {@code ⟨ψ†²ψ²⟩/n²}
 * (dimensionless) and {@code contact} = Tan's {@code C = c²⟨ψ†²ψ²⟩} (1/length⁴). Applies to
 * the Lieb-Liniger models only.
 */
public final class PairCorrelation implements ObservableProvider, Observable {

    @Override
    public String name() {
        return "pair-correlation";
    }

    @Override
    public String description() {
        return "Lieb-Liniger local pair correlation ⟨ψ†²ψ²⟩, g2 = ⟨ψ†²ψ²⟩/n² and Tan's contact"
                + " c²⟨ψ†²ψ²⟩, Hellmann-Feynman (strings paper (S11), corrected)";
    }

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public List<String> columns() {
        return List.of("pair-correlation", "g2", "contact");
    }

    @Override
    public String unit() {
        return "1/length², dimensionless, 1/length⁴";
    }

    @Override
    public Class<?> requires() {
        return TbaState.class;
    }

    @Override
    public boolean appliesTo(IntegrableModel model) {
        return model instanceof LiebLiniger;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        TbaState s = snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                "observables", name() + " needs a homogeneous TBA state in the snapshot"));
        if (!(s.model() instanceof LiebLiniger)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double c = ((LiebLiniger) s.model()).coupling();
        double g = HellmannFeynman.pairCorrelation(s);
        double n = s.particleDensity();
        return new double[] {g, g / (n * n), c * c * g};
    }
}
