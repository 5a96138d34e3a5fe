package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.observables.StateOrProfileObservable;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code pair-correlation}: the local pair correlation of the Lieb-Liniger gas from the
 * Hellmann-Feynman formula (strings paper (S11), corrected; {@link HellmannFeynman}): columns
 * {@code pair-correlation} = {@code ⟨ψ†²ψ²⟩} (1/length²), {@code g2} = {@code ⟨ψ†²ψ²⟩/n²}
 * (dimensionless) and {@code contact} = Tan's {@code C = c²⟨ψ†²ψ²⟩} (1/length⁴). Applies to
 * the Lieb-Liniger models only.
 *
 * <p>Of an inhomogeneous {@link Profile} (a trapped cloud, in the local-density approximation)
 * the same columns hold the integrals over the cloud: {@code pair-correlation} =
 * {@code G2 = ∫dx ⟨ψ†²ψ²⟩} (1/length; the strings paper's note 2), {@code g2} = {@code G2/∫dx n²}
 * (the density-weighted mean of the local {@code g2}) and {@code contact} = {@code c²G2}
 * (1/length³, the integrated contact).
 */
public final class PairCorrelation extends StateOrProfileObservable
        implements LiebLinigerGasObservable {

    /** The observable (and its provider). */
    public PairCorrelation() {
        super("pair-correlation",
                "Lieb-Liniger local pair correlation ⟨ψ†²ψ²⟩, g2 = ⟨ψ†²ψ²⟩/n² and Tan's contact"
                        + " c²⟨ψ†²ψ²⟩, Hellmann-Feynman (strings paper (S11), corrected)",
                List.of("pair-correlation", "g2", "contact"),
                "1/length², dimensionless, 1/length⁴ (integrated over a profile: 1/length,"
                        + " dimensionless, 1/length³)");
    }

    @Override
    protected double[] values(Profile p) {
        if (!(p.model() instanceof LiebLiniger)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double c = ((LiebLiniger) p.model()).coupling();
        double g = integratedPairCorrelation(p);
        double n2 = p.integrate(s -> s.particleDensity() * s.particleDensity());
        return new double[] {g, g / n2, c * c * g};
    }

    @Override
    protected double[] values(TbaState s) {
        if (!(s.model() instanceof LiebLiniger)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double c = ((LiebLiniger) s.model()).coupling();
        double g = HellmannFeynman.pairCorrelation(s);
        double n = s.particleDensity();
        return new double[] {g, g / (n * n), c * c * g};
    }

    /**
     * {@code G2 = ∫dx ⟨ψ†²ψ²⟩(x)} of a profile in the local-density approximation (positions in
     * parallel; 1/length).
     */
    static double integratedPairCorrelation(Profile p) {
        double[] local = new double[p.size()];
        java.util.stream.IntStream.range(0, p.size()).parallel().forEach(i -> local[i] =
                p.state(i).particleDensity() == 0 ? 0
                        : HellmannFeynman.pairCorrelation(p.state(i)));
        double g = 0;
        for (int i = 0; i < local.length; i++) {
            g += p.weight(i) * local[i];
        }
        return g;
    }
}
