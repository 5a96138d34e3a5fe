package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The attractive Lieb-Liniger gas ({@code c < 0}) as a gas of Bethe strings, species
 * {@code n = 1 … n_max} (species index {@code n - 1}), strings paper note 7 after (S7):
 * <pre>
 *   p_n(λ) = nλ,    E_n(λ) = nλ² - c² n(n²-1)/12,    particle number n,
 *   φ_{n,n'} = (1-δ_{nn'}) a_{|n-n'|} + 2a_{|n-n'|+2} + … + 2a_{n+n'-2} + a_{n+n'},
 *   a_j(λ) = -4jc/(c²j² + 4λ²),      T_{nn'} = -φ_{n,n'}/2π.
 * </pre>
 * Each {@code a_j} is a Lorentzian of half-width {@code j|c|/2} and weight {@code ∫a_j = 2π}, so
 * {@code T < 0} (strings exclude each other, like hard rods) and as {@code c → 0⁻}
 * {@code T_{nn'} → -(2 min(n,n') - δ_{nn'}) δ(λ-λ')}. For {@code n = n' = 1} the kernel is the
 * repulsive one continued to {@code c < 0}. The binding energy of an n-string is
 * {@code E_b,n = c² n(n²-1)/12} (in laboratory units {@code ħ²c̃² n(n²-1)/(24m)}).
 *
 * <p>The phase of {@code a_j} is {@code A_j(λ) = ∫_0^λ a_j = -2 arctan(2λ/(cj))}, and
 * {@code ∂_c A_j = 4jλ/(c²j² + 4λ²) = -(λ/c) a_j} (scale invariance, strings paper note 8).
 * Dressing exploits that long strings are nearly empty ({@link StringDressing}).
 */
public final class AttractiveLiebLiniger extends LiebLiniger {

    private final int strings;
    /** For each species pair (a, b): the indices j of the a_j in φ and their coefficients. */
    private final int[][] js;
    private final double[][] coefficients;

    /**
     * @param c coupling, {@code < 0}
     * @param strings number of string species kept, {@code n_max >= 1}
     * @param parameters validated parameters (for reports)
     * @param atom atom for laboratory units, or null
     */
    public AttractiveLiebLiniger(double c, int strings, Parameters parameters, Atom atom) {
        super(check(c), parameters, atom);
        if (strings < 1) {
            throw new InvalidInputException("model.strings", "need at least one string species,"
                    + " got " + strings);
        }
        this.strings = strings;
        this.js = new int[strings * strings][];
        this.coefficients = new double[strings * strings][];
        for (int a = 0; a < strings; a++) {
            for (int b = 0; b < strings; b++) {
                int n = a + 1;
                int m = b + 1;
                int lo = Math.abs(n - m);
                int hi = n + m;
                int count = (hi - lo) / 2 + 1;
                int[] j = new int[count];
                double[] k = new double[count];
                for (int t = 0; t < count; t++) {
                    j[t] = lo + 2 * t;
                    k[t] = 2;
                }
                k[0] = n == m ? 0 : 1; // (1 - δ_{nn'}) a_{|n-n'|}
                k[count - 1] = 1;       // a_{n+n'}
                js[a * strings + b] = j;
                coefficients[a * strings + b] = k;
            }
        }
    }

    /** The attractive gas at coupling {@code c < 0} with {@code strings} species. */
    public AttractiveLiebLiniger(double c, int strings) {
        this(c, strings, Parameters.empty(), null);
    }

    private static double check(double c) {
        if (!(c < 0) || !Double.isFinite(c)) {
            throw new InvalidInputException("model.c", "the attractive gas (Bethe strings) needs"
                    + " a finite c < 0, got " + c);
        }
        return c;
    }

    /** Number of string species {@code n_max}. */
    public int strings() {
        return strings;
    }

    @Override
    public int speciesCount() {
        return strings;
    }

    @Override
    public String speciesLabel(int species) {
        return "n=" + (species + 1);
    }

    @Override
    public double particleNumber(int species) {
        return species + 1;
    }

    @Override
    public double momentum(int species, double theta) {
        return (species + 1) * theta;
    }

    @Override
    public double momentumDerivative(int species, double theta) {
        return species + 1;
    }

    @Override
    public double energy(int species, double theta) {
        int n = species + 1;
        return n * theta * theta - bindingEnergy(n);
    }

    @Override
    public double energyDerivative(int species, double theta) {
        return 2 * (species + 1) * theta;
    }

    /** Binding energy of an n-string, {@code E_b,n = c² n(n²-1)/12} ({@code > 0}). */
    public double bindingEnergy(int n) {
        double c = coupling();
        return c * c * n * (n * (double) n - 1) / 12;
    }

    /** Centre-of-mass kinetic energy {@code nλ²} of an n-string: {@code E_n = nλ² - E_b,n}. */
    public double centreOfMassEnergy(int n, double lambda) {
        return n * lambda * lambda;
    }

    /**
     * Distance between neighbouring atoms of an n-string, {@code 2/(|c|(n-1))}: the decay length
     * of the relative wave function {@code exp(-(|c|/2)Σ_{i<j}|z_i - z_j|)} when one atom is
     * pulled away from the other {@code n - 1} (the strings paper's bond length).
     */
    public double bondLength(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a bond needs n >= 2, got " + n);
        }
        return 2 / (Math.abs(coupling()) * (n - 1));
    }

    /** The charges {@code Re Σ_j (λ + i(c/2)(n+1-2j))^k}, {@code k = 0 … 5}. */
    @Override
    public int chargeCount() {
        return 6;
    }

    @Override
    public double charge(int k, int species, double theta) {
        if (k < 0 || k >= chargeCount()) {
            throw new IllegalArgumentException("charge index " + k + " not in 0.."
                    + (chargeCount() - 1));
        }
        if (k == 2) {
            return energy(species, theta); // the same number, without rounding differences
        }
        return stringCharge(k, species + 1, theta, coupling());
    }

    /** {@code a_j(λ) = -4jc/(c²j² + 4λ²)}. */
    public static double a(int j, double lambda, double c) {
        return -4 * j * c / (c * c * j * j + 4 * lambda * lambda);
    }

    /** {@code φ_{n,n'}(λ)} of the strings paper (species indices {@code n-1}, {@code n'-1}). */
    public double phi(int speciesA, int speciesB, double lambda) {
        return sumOverTerms(speciesA, speciesB, (k, j, c) -> k * a(j, lambda, c));
    }

    @Override
    public double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime) {
        return -phi(speciesA, speciesB, theta - thetaPrime) / TWO_PI;
    }

    @Override
    public IntegrableModel withCoupling(double value) {
        return new AttractiveLiebLiniger(value, strings, parameters(), atomOrNull());
    }

    @Override
    public double momentumCouplingDerivative(int species, double theta) {
        return 0;
    }

    /** {@code ∂_c E_n = -c n(n²-1)/6}. */
    @Override
    public double energyCouplingDerivative(int species, double theta) {
        int n = species + 1;
        return -coupling() * n * (n * (double) n - 1) / 6;
    }

    /** {@code ∂_c T = -(1/2π) Σ k_j ∂_c a_j}, {@code ∂_c a_j = 4j(c²j² - 4λ²)/(c²j² + 4λ²)²}. */
    @Override
    public double scatteringShiftCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime) {
        double u = theta - thetaPrime;
        return -sumOverTerms(speciesA, speciesB, (k, j, c) -> {
            double cj = c * j;
            double d = cj * cj + 4 * u * u;
            return k * 4 * j * (cj * cj - 4 * u * u) / (d * d);
        }) / TWO_PI;
    }

    /** {@code ∂_cΘ = -(1/2π) Σ k_j ∂_c A_j}, {@code ∂_c A_j = 4jλ/(c²j² + 4λ²)}. */
    @Override
    public double scatteringPhaseCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime) {
        double u = theta - thetaPrime;
        return -sumOverTerms(speciesA, speciesB, (k, j, c) -> {
            double cj = c * j;
            return k * 4 * j * u / (cj * cj + 4 * u * u);
        }) / TWO_PI;
    }

    /**
     * {@code Σ_t term(k_t, j_t, c)} over the nonzero coefficients {@code k_t} of the pair's
     * {@code a_{j_t}} terms (see {@link #phi}), at the current coupling {@code c}.
     */
    private double sumOverTerms(int speciesA, int speciesB, StringTerm term) {
        int p = speciesA * strings + speciesB;
        int[] j = js[p];
        double[] k = coefficients[p];
        double c = coupling();
        double s = 0;
        for (int t = 0; t < j.length; t++) {
            if (k[t] != 0) {
                s += term.of(k[t], j[t], c);
            }
        }
        return s;
    }

    /** One term {@code k_t f(j_t, c)} of a sum over a string pair's {@code a_j} terms. */
    @FunctionalInterface
    private interface StringTerm {
        double of(double k, int j, double c);
    }

    /** Dressing on the filled modes only ({@link StringDressing}); exact to rounding. */
    @Override
    public Dressing dressing(ModeSpace space, double[] filling) {
        return StringDressing.factor(space, filling);
    }

    /**
     * {@code T f} over the modes where {@code f} is not negligible ({@link
     * StringKernel#shift}): the densities of a string gas vanish on most modes, so {@code ρ^t =
     * p'/2π + Tρ} of an evolved density ({@code TbaState.fromEvolvedDensity}, the released cloud
     * of {@code ghd}) costs {@code O(N |supp f|)} instead of {@code O(N²)}; equal to the dense
     * product to rounding.
     */
    @Override
    public double[] applyScatteringShift(ModeSpace space, double[] f) {
        return StringKernel.of(space).shift(space, f);
    }

    /**
     * The string dressing factors only the filled modes, so its size depends on the state;
     * {@code 6 M²} bytes is calibrated by measurement on examples/liebliniger-strings.json
     * (20 strings × 180 points, M = 3600): the {@code tba} ran out of heap with
     * {@code -Xmx500m} and finished with {@code -Xmx1000m}; the estimate is 0.86 GB.
     */
    @Override
    public double dressingBytes(int modes) {
        return 6.0 * modes * modes;
    }

    @Override
    public String toString() {
        return "liebliniger(c=" + coupling() + ", strings=" + strings + ")";
    }

    /** Refused: the map from strings back to the repulsive gas is not known. */
    @Override
    public IntegrableModel acrossZero(double c, int species) {
        throw upwardsRefused();
    }

    /** Refused, like {@link #acrossZero}. */
    @Override
    public double[] mapThroughZero(ModeSpace thisSide, double[] zeroCouplingFilling,
            ModeSpace otherSide) {
        throw upwardsRefused();
    }

    private static InvalidInputException upwardsRefused() {
        return new InvalidInputException("solver", "a ramp from the attractive gas (Bethe"
                + " strings) up through c = 0 is not supported: the map (S10) goes from"
                + " c → 0⁺ to c → 0⁻ only; ramp c downwards");
    }
}
