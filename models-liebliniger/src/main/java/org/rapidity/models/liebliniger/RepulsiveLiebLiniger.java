package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.GalileanGas;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The repulsive Lieb-Liniger gas ({@code c > 0}): one fermionic species, bare momentum
 * {@code p = θ}, energy {@code E = θ²} (ħ = 2m = 1), scattering shift
 * <pre>
 *   T(θ, θ') = (1/2π) 2c/(c² + (θ-θ')²) = -φ_11(θ-θ')/2π,
 * </pre>
 * with the strings paper's {@code φ_11 = -2c/(λ² + c²)} (note 7, after (S7)); so
 * {@code ρ^t = 1/2π + Tρ} is the Lieb-Liniger/Yang-Yang equation. The scattering phase is
 * {@code Θ = (1/π) arctan((θ-θ')/c)}; {@code p} and {@code E} do not depend on {@code c}.
 * Conserved charges {@code h_k = θ^k}.
 */
public final class RepulsiveLiebLiniger extends LiebLiniger implements GalileanGas {

    /**
     * @param c coupling, {@code > 0}
     * @param parameters validated parameters (for reports)
     * @param atom atom for laboratory units, or null
     */
    public RepulsiveLiebLiniger(double c, Parameters parameters, Atom atom) {
        super(check(c), parameters, atom);
    }

    /** The repulsive gas at coupling {@code c > 0}, without laboratory units. */
    public RepulsiveLiebLiniger(double c) {
        this(c, Parameters.empty(), null);
    }

    private static double check(double c) {
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new InvalidInputException("model.c", "the repulsive gas needs a finite c > 0,"
                    + " got " + c);
        }
        return c;
    }

    @Override
    public int speciesCount() {
        return 1;
    }

    /** {@code m = 1/2} in units {@code ħ = 2m = 1}: {@code p = θ}, {@code E = θ²}. */
    @Override
    public double mass() {
        return 0.5;
    }

    /** The charges {@code θ^k}, {@code k = 0 … 7}. */
    @Override
    public int chargeCount() {
        return 8;
    }

    @Override
    public double charge(int k, int species, double theta) {
        if (k < 0 || k >= chargeCount()) {
            throw new IllegalArgumentException("charge index " + k + " not in 0.."
                    + (chargeCount() - 1));
        }
        return Math.pow(theta, k);
    }

    @Override
    public double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime) {
        double c = coupling();
        double u = theta - thetaPrime;
        return c / (Math.PI * (c * c + u * u));
    }

    @Override
    public IntegrableModel withCoupling(double value) {
        return new RepulsiveLiebLiniger(value, parameters(), atomOrNull());
    }

    @Override
    public double momentumCouplingDerivative(int species, double theta) {
        return 0;
    }

    @Override
    public double energyCouplingDerivative(int species, double theta) {
        return 0;
    }

    /** {@code ∂_c T = (1/π)((θ-θ')² - c²)/(c² + (θ-θ')²)²}. */
    @Override
    public double scatteringShiftCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime) {
        double c = coupling();
        double u = theta - thetaPrime;
        double d = c * c + u * u;
        return (u * u - c * c) / (Math.PI * d * d);
    }

    /** {@code ∂_cΘ = -(1/π)(θ-θ')/(c² + (θ-θ')²) = -((θ-θ')/c) T}. */
    @Override
    public double scatteringPhaseCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime) {
        double c = coupling();
        double u = theta - thetaPrime;
        return -u / (Math.PI * (c * c + u * u));
    }

    @Override
    public String toString() {
        return "liebliniger(c=" + coupling() + ")";
    }

    /** The attractive gas (Bethe strings {@code n = 1 … species}) at coupling {@code c < 0}. */
    @Override
    public IntegrableModel acrossZero(double c, int species) {
        return new AttractiveLiebLiniger(c, species, parameters(), atomOrNull());
    }

    /**
     * The strings paper's (S10) in filling space: at {@code c → 0⁺} the dressing is local,
     * {@code 2πρ_1 = ϑ_1/(1 - ϑ_1)}, so {@code Ω = ln[1 + 1/(2πρ_1)] = -ln ϑ_1}, and
     * {@code ϑ_n = sinh²(Ω/2)/sinh²((n+1)Ω/2)} ({@link StringRamp#filling}); the limit
     * {@code 1/(n+1)²} at {@code ϑ_1 = 1}. Rapidities of the strings' nodes that are not nodes of
     * this side are interpolated (cubic, zero outside the window).
     */
    @Override
    public double[] mapThroughZero(ModeSpace thisSide, double[] zeroCouplingFilling,
            ModeSpace otherSide) {
        if (!(otherSide.model() instanceof AttractiveLiebLiniger)) {
            throw new IllegalArgumentException("the other side of c = 0 is the attractive gas");
        }
        double[] nodes = thisSide.grid(0).nodes();
        double[] out = new double[otherSide.size()];
        for (int i = 0; i < out.length; i++) {
            double l = otherSide.theta(i);
            int k = java.util.Arrays.binarySearch(nodes, l);
            double v1 = k >= 0 ? zeroCouplingFilling[k]
                    : AdiabaticRamp.interpolate(nodes, zeroCouplingFilling, 0, l);
            v1 = Math.max(0, Math.min(1, v1));
            int n = otherSide.species(i) + 1;
            if (v1 == 0) {
                out[i] = 0;
            } else if (v1 >= 1) {
                out[i] = 1.0 / ((n + 1) * (n + 1));
            } else {
                out[i] = StringRamp.filling(n, -Math.log(v1));
            }
        }
        return out;
    }
}
