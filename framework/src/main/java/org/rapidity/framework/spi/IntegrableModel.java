package org.rapidity.framework.spi;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;

/**
 * An integrable model as the thermodynamic Bethe ansatz sees it: quasiparticle species labelled
 * by a rapidity {@code θ}, their bare momentum and energy, their statistics, and the two-body
 * scattering shift. Everything else (dressing, {@code ρ^t}, {@code v^eff}, susceptibility,
 * flux Jacobian, diffusion matrix, thermal and GGE states) is computed from these by the TBA
 * core in {@link org.rapidity.framework.tba}.
 *
 * <h2>Conventions a plugin author must follow</h2>
 * <ul>
 *   <li>ħ = 1. A model states its units once, in {@link #units()}; the core is dimensionless.</li>
 *   <li>The scattering shift is the kernel of the dressing (gBBGKY paper, eq. (36)):
 *       {@code h^dr_a(θ) = h_a(θ) + Σ_b ∫dθ' T_ab(θ,θ') n_b(θ') h^dr_b(θ')}, so that the density
 *       of states is {@code ρ^t_a = (p'_a)^dr / 2π}. It already contains the {@code 1/2π}: for
 *       a scattering phase {@code φ_ab(θ-θ')}, {@code T_ab = φ'_ab/2π}. Hard rods:
 *       {@code T = -a/2π}; repulsive Lieb-Liniger: {@code T = (1/2π) 2c/(c²+(θ-θ')²)}.</li>
 *   <li>{@code T} must be symmetric: {@code T_ab(θ,θ') = T_ba(θ',θ)}. The fluctuation formulas
 *       of the core ({@code C}, {@code A}, {@code 𝔇}) and its fast dressing rely on it; the
 *       conformance kit checks it.</li>
 *   <li>Rapidity derivatives ({@link #momentumDerivative}, {@link #energyDerivative}) must be
 *       the exact derivatives of {@link #momentum} and {@link #energy}; the conformance kit
 *       checks them by finite differences.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe. A model is created by its
 * {@link ModelProvider} from validated parameters.
 */
public interface IntegrableModel {

    /** Short lower-case name of the model (the name of its provider), e.g. {@code hardrods}. */
    String name();

    /** The validated parameters this instance was created with. */
    Parameters parameters();

    /**
     * Units of the dimensionless core quantities, in one sentence; e.g. "classical rods of unit
     * mass; lengths in the unit of a, rapidity = velocity".
     */
    String units();

    /**
     * What the model's units are in the laboratory, when it knows (e.g. a Lieb-Liniger gas of a
     * named atom); the runner then reports in both systems. Empty by default.
     */
    default Optional<LaboratoryUnits> laboratoryUnits() {
        return Optional.empty();
    }

    /** Number of quasiparticle species (1, or the number of Bethe strings kept, ...). */
    int speciesCount();

    /** Label of a species for tables and plots (empty for a single species). */
    default String speciesLabel(int species) {
        return speciesCount() == 1 ? "" : Integer.toString(species + 1);
    }

    /**
     * Where the rapidity of a species lives: the real line (the default: a continuum gas), an
     * interval, or a circle with its period (a lattice model's Brillouin zone). The descriptor's
     * grid defaults to the domain's, the thermal state checks its ends only where the domain is
     * open, and the conformance kit probes inside it.
     */
    default RapidityDomain rapidityDomain(int species) {
        return RapidityDomain.line();
    }

    /**
     * The grid a descriptor gets for a species when it names none (its {@code grid} section, or
     * that species' entry, left out). The default: 64 nodes of the domain's natural rule on a
     * bounded domain (periodic trapezoidal on a circle, Gauss–Legendre on an interval), none on
     * the line (the descriptor must then give {@code grid.min}, {@code grid.max},
     * {@code grid.points}).
     */
    default Optional<QuadratureGrid> defaultGrid(int species) {
        RapidityDomain d = rapidityDomain(species);
        return d.isBounded() ? Optional.of(d.grid(64)) : Optional.empty();
    }

    /**
     * The traits solvers and observables may assume ({@link ModelTrait}). The default derives
     * them: {@code SINGLE_SPECIES} for one species; {@code CONTINUUM_MOMENTUM} when no species
     * lives on a circle; {@code GALILEAN_CONTINUUM} when that holds and the model is
     * {@link #isGalileanInvariant}; {@code MICROSCOPIC_DYNAMICS} and {@code COUPLING} for models
     * implementing {@link MicroscopicDynamics} and {@link CouplingDependent}. A model overrides
     * this when the derivation is wrong for it (a lattice model whose rapidities all live on
     * the line still has a lattice momentum).
     */
    default Set<ModelTrait> traits() {
        Set<ModelTrait> t = EnumSet.noneOf(ModelTrait.class);
        if (speciesCount() == 1) {
            t.add(ModelTrait.SINGLE_SPECIES);
        }
        boolean continuum = true;
        for (int a = 0; a < speciesCount(); a++) {
            continuum &= !rapidityDomain(a).isPeriodic();
        }
        if (continuum) {
            t.add(ModelTrait.CONTINUUM_MOMENTUM);
            if (isGalileanInvariant()) {
                t.add(ModelTrait.GALILEAN_CONTINUUM);
            }
        }
        if (this instanceof MicroscopicDynamics) {
            t.add(ModelTrait.MICROSCOPIC_DYNAMICS);
        }
        if (this instanceof CouplingDependent) {
            t.add(ModelTrait.COUPLING);
        }
        return t;
    }

    /** Statistics of a species. */
    Statistics statistics(int species);

    /** Bare momentum {@code p_a(θ)}. */
    double momentum(int species, double theta);

    /** {@code dp_a/dθ}; must be the exact derivative of {@link #momentum}. */
    double momentumDerivative(int species, double theta);

    /** Bare energy {@code E_a(θ)}. */
    double energy(int species, double theta);

    /** {@code dE_a/dθ}; must be the exact derivative of {@link #energy}. */
    double energyDerivative(int species, double theta);

    /** Number of particles carried by one quasiparticle of a species (1; {@code n} for an n-string). */
    default double particleNumber(int species) {
        return 1.0;
    }

    /** Number of local charges {@link #charge} provides (at least 3: number, momentum, energy). */
    default int chargeCount() {
        return 3;
    }

    /**
     * One-particle eigenvalue {@code h_k(θ)} of the {@code k}-th conserved charge, eq. (35):
     * {@code k = 0} particle number, {@code 1} momentum, {@code 2} energy. Models with more
     * known charges override this and {@link #chargeCount}.
     */
    default double charge(int k, int species, double theta) {
        switch (k) {
            case 0:
                return particleNumber(species);
            case 1:
                return momentum(species, theta);
            case 2:
                return energy(species, theta);
            default:
                throw new IllegalArgumentException("model " + name() + " provides charges 0.."
                        + (chargeCount() - 1) + ", not " + k);
        }
    }

    /**
     * The name of the {@code k}-th charge, as observables report its density (lower case,
     * {@code [a-z][a-z0-9-]*}). The default: {@code particle-number}, {@code momentum},
     * {@code energy}, then {@code charge-k}. A model whose charge 0 is not a particle number
     * (the magnons of a spin chain) or whose momentum is a lattice momentum names them.
     */
    default String chargeName(int k) {
        switch (k) {
            case 0:
                return "particle-number";
            case 1:
                return "momentum";
            case 2:
                return "energy";
            default:
                return "charge-" + k;
        }
    }

    /** The index of the charge named {@code name}, or -1. */
    default int chargeIndex(String name) {
        for (int k = 0; k < chargeCount(); k++) {
            if (chargeName(k).equals(name)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Scattering shift {@code T_ab(θ, θ')} (a kernel that already includes {@code 1/2π}; see the
     * class documentation). Must be symmetric under {@code (a,θ) ↔ (b,θ')}.
     */
    double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime);

    /**
     * Whether the model is Galilean invariant: the bare energy derivative is proportional to the
     * bare momentum derivative's integral ({@code E' ∝ p}), so that the particle current is a
     * fixed multiple of the momentum density (hard rods with m = 1: equal; Lieb-Liniger with
     * ħ = 2m = 1: twice) and particle number does not diffuse ({@code ∫dθ 𝔇(θ, α) = 0}).
     */
    default boolean isGalileanInvariant() {
        return false;
    }

    /**
     * Whether the scattering shift depends on the rapidities only through their difference,
     * {@code T_ab(θ, θ') = T_ab(θ - θ')} (and, for a {@link CouplingDependent} model, so do its
     * coupling derivatives). On species grids that are one and the same uniform grid the core then
     * evaluates each kernel once per species pair and node offset ({@code 2N - 1} values instead
     * of {@code N²}; see {@link org.rapidity.framework.tba.ModeSpace#differenceTable}). Default:
     * false; the conformance kit checks a model that claims it.
     */
    default boolean isDifferenceKernel() {
        return false;
    }

    /**
     * Rejects a density the model cannot hold, with a message naming the physical reason (hard
     * rods: beyond close packing, {@code a ρ̄ ≥ 1}). The default accepts everything; the core
     * separately rejects states with a non-positive density of states.
     *
     * @param space the discretised modes
     * @param rho quasiparticle density {@code ρ_a(θ_i)} at every mode
     * @throws org.rapidity.framework.param.InvalidInputException if not admissible
     */
    default void checkDensity(ModeSpace space, double[] rho) {
    }

    /**
     * Applies the scattering shift to a function on the modes:
     * {@code (T f)_a(θ_i) = Σ_b ∫dθ' T_ab(θ_i,θ') f_b(θ')} with the grid's quadrature. The
     * default uses the dense kernel matrix of the space; a model with structure (constant or
     * convolution kernel) may override it with something faster, provided it returns the same
     * numbers to rounding.
     */
    default double[] applyScatteringShift(ModeSpace space, double[] f) {
        return space.applyKernelMatrix(f);
    }

    /**
     * The dressing operator {@code R = 1 - T n} of a state with filling {@code n}, factored once
     * (eq. (36)-(37)). The default is generic (a Cholesky factorisation of the symmetrised
     * operator, LU when that is not positive definite); a model may return a closed form its
     * structure allows (hard rods: a rank-one kernel), which must agree with the generic one to
     * rounding (the conformance kit checks this).
     *
     * @param space the discretised modes
     * @param filling {@code n_a(θ_i)} at every mode
     */
    default Dressing dressing(ModeSpace space, double[] filling) {
        return KernelDressing.factor(space, filling);
    }

    /**
     * Bytes one {@link #dressing} on {@code modes} modes holds (its factor and the kernel it
     * reads), for the resource check before any work. The default is that of the generic dense
     * dressing, the kernel and its factor: {@code 2 M²} doubles. A model whose {@link #dressing}
     * is cheaper states its own (hard rods: a few vectors).
     */
    default double dressingBytes(int modes) {
        return 16.0 * modes * modes;
    }

    /**
     * Floating-point operations of one {@link #dressing} factorisation on {@code modes} modes;
     * the default is the dense Cholesky factorisation, {@code M³/3}.
     */
    default double dressingFlops(int modes) {
        return Math.pow(modes, 3) / 3;
    }
}
