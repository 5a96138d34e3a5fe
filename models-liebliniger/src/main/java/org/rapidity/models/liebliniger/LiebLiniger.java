package org.rapidity.models.liebliniger;

import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Statistics;

/**
 * The Lieb-Liniger Bose gas {@code H = -Σ_i ∂²/∂z_i² + c Σ_{i≠j} δ(z_i - z_j)} in the units of
 * the strings paper (note 7, (S6)): ħ = 2m = 1, so the pair interaction is {@code 2c δ(z)}, the
 * usual Lieb-Liniger coupling, and {@code γ = c/n}. One internal convention holds for both signs
 * of {@code c}: the framework's dressing {@code h^dr = h + T n h^dr} with the scattering shift
 * {@code T = -φ/2π}, where {@code φ} is the strings paper's kernel in (S7). Rapidities are
 * wavenumbers (1/length), energies are in {@code ħ²/(2m ℓ²)} for the length unit {@code ℓ}.
 *
 * <ul>
 *   <li>{@code c > 0}: {@link RepulsiveLiebLiniger}, one fermionic species,
 *       {@code T = (1/2π) 2c/(c² + (θ-θ')²)};</li>
 *   <li>{@code c < 0}: {@link AttractiveLiebLiniger}, Bethe strings {@code n = 1 … n_max}.</li>
 * </ul>
 * The gBBGKY paper writes the same gas with unit mass ({@code E = θ²/2}): for the same length
 * unit its energy unit is twice ours and its time unit half ours, so its rapidities and
 * couplings are numerically ours, its energies and velocities half ours, its times twice ours.
 *
 * <p>The coupling can be ramped through zero ({@link ZeroCrossing}): adiabatically to
 * {@code c → 0} on either side ({@link AdiabaticRamp}), and from the repulsive to the attractive
 * side by the strings paper's (S10) ({@link StringRamp}).
 *
 * <p>Both are Galilean invariant: the particle current is {@code 2×} the momentum density
 * (velocity {@code dE/dp = 2λ}), so particle number does not diffuse.
 */
public abstract class LiebLiniger implements IntegrableModel, CouplingDependent, ZeroCrossing {

    static final double TWO_PI = 2 * Math.PI;

    private final double c;
    private final Parameters parameters;
    private final Atom atom;

    LiebLiniger(double c, Parameters parameters, Atom atom) {
        this.c = c;
        this.parameters = parameters;
        this.atom = atom;
    }

    /** The model with coupling {@code c} and, for {@code c < 0}, {@code strings} string species. */
    public static LiebLiniger of(double c, int strings) {
        return c > 0 ? new RepulsiveLiebLiniger(c) : new AttractiveLiebLiniger(c, strings);
    }

    @Override
    public final String name() {
        return "liebliniger";
    }

    @Override
    public final Parameters parameters() {
        return parameters;
    }

    /** The atom whose laboratory units apply, if one was named. */
    public final Optional<Atom> atom() {
        return Optional.ofNullable(atom);
    }

    /** The laboratory units of the named atom (empty without one). */
    public final Optional<AtomicUnits> atomicUnits() {
        return atom == null ? Optional.empty() : Optional.of(new AtomicUnits(atom, c));
    }

    @Override
    public final Optional<LaboratoryUnits> laboratoryUnits() {
        return atomicUnits().map(u -> u);
    }

    @Override
    public final String units() {
        return "ħ = 2m = 1, H = -Σ∂² + cΣ_{i≠j}δ; lengths in "
                + (atom == null ? "the unit ℓ of 1/c" : "μm (" + atom.label() + ")")
                + ", rapidity = wavenumber (1/length), energies in ħ²/(2mℓ²), times in 2mℓ²/ħ";
    }

    @Override
    public final String couplingName() {
        return "c";
    }

    /** The coupling {@code c}. */
    @Override
    public final double coupling() {
        return c;
    }

    /** The Lieb-Liniger parameter {@code γ = c/n} at particle density {@code n}. */
    public final double gamma(double density) {
        return c / density;
    }

    @Override
    public final Statistics statistics(int species) {
        return Statistics.FERMIONIC;
    }

    @Override
    public final boolean isGalileanInvariant() {
        return true;
    }

    /** The kernels and their coupling derivatives depend on {@code λ - λ'} only. */
    @Override
    public final boolean isDifferenceKernel() {
        return true;
    }

    /** The atom, or null (for {@code withCoupling}, which keeps it). */
    /**
     * The {@code strings} parameter of the model (for {@code c > 0}: the strings a ramp through
     * {@code c = 0} creates, {@link LiebLinigerProvider#STRINGS_AFTER_RAMP} when not given).
     */
    @Override
    public int speciesAcrossZero() {
        return parameters().has("strings") ? parameters().integer("strings")
                : LiebLinigerProvider.STRINGS_AFTER_RAMP;
    }

    final Atom atomOrNull() {
        return atom;
    }

    /**
     * Eigenvalue of the {@code k}-th power-law charge {@code Σ_j λ_j^k} on an n-string of
     * centre {@code λ}: {@code Re Σ_{j=1}^{n} (λ + i(c/2)(n + 1 - 2j))^k} ({@code k = 0} number,
     * {@code 1} momentum, {@code 2} energy).
     */
    static double stringCharge(int k, int n, double lambda, double c) {
        double sum = 0;
        for (int j = 1; j <= n; j++) {
            double im = 0.5 * c * (n + 1 - 2 * j);
            // (λ + i·im)^k by repeated multiplication
            double re = 1;
            double imag = 0;
            for (int m = 0; m < k; m++) {
                double r = re * lambda - imag * im;
                imag = re * im + imag * lambda;
                re = r;
            }
            sum += re;
        }
        return sum;
    }

    /** The adiabatic ramp to {@code c → 0} on this side ({@link AdiabaticRamp}). */
    @Override
    public final double[] fillingAtZeroCoupling(ModeSpace space, double[] filling) {
        requireThis(space);
        return AdiabaticRamp.map(new AdiabaticRamp.End(space, false), filling,
                new AdiabaticRamp.End(space, true));
    }

    /** The adiabatic ramp from {@code c → 0} on this side to this coupling. */
    @Override
    public final double[] fillingFromZeroCoupling(ModeSpace space, double[] zeroCouplingFilling) {
        requireThis(space);
        return AdiabaticRamp.map(new AdiabaticRamp.End(space, true), zeroCouplingFilling,
                new AdiabaticRamp.End(space, false));
    }

    /**
     * The adiabatic ramp from {@code c → 0} on this side (nodes shared by the species) to this
     * coupling on {@code target}'s nodes: {@code ϑ_a(θ) = ϑ^0_a(θ*)} with
     * {@code Z^0_a(θ*) = Z_a(θ)} ({@link AdiabaticRamp}), {@code θ} the nodes of species
     * {@code a} in {@code target}.
     */
    @Override
    public final double[] fillingFromZeroCoupling(ModeSpace zeroSide,
            double[] zeroCouplingFilling, ModeSpace target) {
        requireThis(target);
        return AdiabaticRamp.map(new AdiabaticRamp.End(zeroSide, true),
                zeroCouplingFilling, new AdiabaticRamp.End(target, false));
    }

    /** {@code ρ = ϑρ^t} with the local dressing at {@code c → 0} ({@link AdiabaticRamp}). */
    @Override
    public final double[] zeroCouplingDensity(ModeSpace space, double[] zeroCouplingFilling) {
        requireThis(space);
        double[] rt = AdiabaticRamp.totalDensity(new AdiabaticRamp.End(space, true),
                zeroCouplingFilling);
        double[] rho = new double[rt.length];
        for (int i = 0; i < rho.length; i++) {
            rho[i] = zeroCouplingFilling[i] * rt[i];
        }
        return rho;
    }

    /** The fillings of given root densities at {@code c → 0} ({@link AdiabaticRamp}). */
    @Override
    public final double[] zeroCouplingFillingOf(ModeSpace space, double[] density) {
        requireThis(space);
        return AdiabaticRamp.zeroCouplingFilling(space, density);
    }

    private void requireThis(ModeSpace space) {
        if (space.model() != this) {
            throw new IllegalArgumentException("the mode space belongs to another model");
        }
    }
}
