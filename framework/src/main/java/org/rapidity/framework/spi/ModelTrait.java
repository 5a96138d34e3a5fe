package org.rapidity.framework.spi;

/**
 * Properties of a model that solvers and observables assume, declared by the model
 * ({@link IntegrableModel#traits()}) and required by them ({@link SolverProvider#requires()},
 * {@link Observable#needs()}): a solver or observable whose requirement the model lacks is refused
 * before anything runs, naming what is missing, and an observable is not offered.
 */
public enum ModelTrait {
    /** One species of quasiparticle. */
    SINGLE_SPECIES("a single species"),
    /**
     * Momentum is a continuous, unbounded charge (a gas on the line), not a lattice momentum
     * defined modulo 2π: momentum transfer integrals, boosts and momentum moments make sense.
     */
    CONTINUUM_MOMENTUM("continuum momentum (a gas, not a lattice momentum modulo 2π)"),
    /**
     * A Galilean-invariant gas on the line: rapidity is (proportional to) the velocity, so its
     * moments (kinetic energy, kurtosis) are those of the velocity distribution.
     */
    GALILEAN_CONTINUUM("a Galilean continuum (rapidity proportional to velocity)"),
    /** A microscopic dynamics that can be sampled ({@link MicroscopicDynamics}). */
    MICROSCOPIC_DYNAMICS("a microscopic dynamics (MicroscopicDynamics)"),
    /** A coupling that can be varied ({@link CouplingDependent}). */
    COUPLING("a variable coupling (CouplingDependent)");

    private final String meaning;

    ModelTrait(String meaning) {
        this.meaning = meaning;
    }

    /** What the trait means, for messages. */
    public String meaning() {
        return meaning;
    }
}
