/**
 * The rapidity framework: the SPIs every plugin implements (models, perturbations, initial
 * states, observables, solvers, truncations), the thermodynamic Bethe ansatz core they all use,
 * the named-service registry, and the built-in generic states and observables.
 */
module org.rapidity.framework {
    requires transitive ejml.core;
    requires transitive ejml.ddense;
    requires commons.math3;

    exports org.rapidity.framework.param;
    exports org.rapidity.framework.spi;
    exports org.rapidity.framework.registry;
    exports org.rapidity.framework.tba;
    exports org.rapidity.framework.states;
    exports org.rapidity.framework.observables;
    exports org.rapidity.framework.perturbation;
    exports org.rapidity.framework.bench;
    exports org.rapidity.framework.evolution;
    exports org.rapidity.framework.drives;

    uses org.rapidity.framework.spi.ModelProvider;
    uses org.rapidity.framework.spi.InitialStateProvider;
    uses org.rapidity.framework.spi.PerturbationProvider;
    uses org.rapidity.framework.spi.DriveProvider;
    uses org.rapidity.framework.spi.ObservableProvider;
    uses org.rapidity.framework.spi.SolverProvider;
    uses org.rapidity.framework.spi.TruncationProvider;
    uses org.rapidity.framework.spi.Benchmark;
    uses org.rapidity.framework.spi.EnsembleProvider;

    provides org.rapidity.framework.spi.InitialStateProvider with
            org.rapidity.framework.states.ThermalStateProvider,
            org.rapidity.framework.states.TwoLumpStateProvider,
            org.rapidity.framework.states.VacuumStateProvider,
            org.rapidity.framework.states.BipartitionStateProvider,
            org.rapidity.framework.states.ThermalProfileStateProvider,
            org.rapidity.framework.states.FillingTableStateProvider;
    provides org.rapidity.framework.spi.PerturbationProvider with
            org.rapidity.framework.perturbation.PowerLawPerturbation.Provider,
            org.rapidity.framework.perturbation.GaussianPerturbation.Provider;
    provides org.rapidity.framework.spi.DriveProvider with
            org.rapidity.framework.drives.HarmonicTrap.Provider,
            org.rapidity.framework.drives.LinearRamp.Provider;
    provides org.rapidity.framework.spi.ObservableProvider with
            org.rapidity.framework.observables.ParticleDensity,
            org.rapidity.framework.observables.EnergyDensity,
            org.rapidity.framework.observables.MomentumDensity,
            org.rapidity.framework.observables.EntropyDensity,
            org.rapidity.framework.observables.KineticEnergy,
            org.rapidity.framework.observables.Kurtosis,
            org.rapidity.framework.observables.NegativeDensity,
            org.rapidity.framework.observables.DistanceToGaussian,
            org.rapidity.framework.observables.TrapTotals,
            org.rapidity.framework.observables.DensityProfile,
            org.rapidity.framework.observables.PhaseSpaceDensity,
            org.rapidity.framework.observables.Coupling,
            org.rapidity.framework.observables.InteractionEnergy,
            org.rapidity.framework.observables.TotalEnergy,
            org.rapidity.framework.observables.ChargeDensity,
            org.rapidity.framework.observables.G2Moments;
}
