package org.rapidity.framework.registry;

import java.util.List;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.EnsembleProvider;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.spi.Named;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.PerturbationProvider;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.spi.TruncationProvider;

/**
 * Every named component found: models, initial states, perturbations, observables, solvers and
 * truncations. Built from the boot layer (modules on the module path, jars on the class path) or
 * from a plugin layer, whose providers then appear beside the built-in ones.
 */
public final class Registry {

    private final NamedServices<ModelProvider> models;
    private final NamedServices<InitialStateProvider> states;
    private final NamedServices<PerturbationProvider> perturbations;
    private final NamedServices<DriveProvider> drives;
    private final NamedServices<ObservableProvider> observables;
    private final NamedServices<SolverProvider> solvers;
    private final NamedServices<TruncationProvider> truncations;
    private final NamedServices<Benchmark> benchmarks;
    private final NamedServices<EnsembleProvider> ensembles;

    private Registry(ModuleLayer layer) {
        models = NamedServices.load(ModelProvider.class, "model", layer);
        states = NamedServices.load(InitialStateProvider.class, "initial state", layer);
        perturbations = NamedServices.load(PerturbationProvider.class, "perturbation", layer);
        drives = NamedServices.load(DriveProvider.class, "drive", layer);
        observables = NamedServices.load(ObservableProvider.class, "observable", layer);
        solvers = NamedServices.load(SolverProvider.class, "solver", layer);
        truncations = NamedServices.load(TruncationProvider.class, "truncation", layer);
        benchmarks = NamedServices.load(Benchmark.class, "benchmark", layer);
        ensembles = NamedServices.load(EnsembleProvider.class, "ensemble", layer);
    }

    /** Components visible from the boot layer and class path. */
    public static Registry standard() {
        return new Registry(null);
    }

    /** Components visible from {@code layer} and its parents. */
    public static Registry of(ModuleLayer layer) {
        return new Registry(layer);
    }

    /** Models. */
    public NamedServices<ModelProvider> models() {
        return models;
    }

    /** Initial states. */
    public NamedServices<InitialStateProvider> states() {
        return states;
    }

    /** Perturbations. */
    public NamedServices<PerturbationProvider> perturbations() {
        return perturbations;
    }

    /** Drives (external potentials, driven model parameters). */
    public NamedServices<DriveProvider> drives() {
        return drives;
    }

    /** Observables. */
    public NamedServices<ObservableProvider> observables() {
        return observables;
    }

    /** Solvers. */
    public NamedServices<SolverProvider> solvers() {
        return solvers;
    }

    /** Truncations. */
    public NamedServices<TruncationProvider> truncations() {
        return truncations;
    }

    /** Ensembles of member runs with weights (the descriptor's {@code ensemble} section). */
    public NamedServices<EnsembleProvider> ensembles() {
        return ensembles;
    }

    /** Benchmark sections contributed by modules (not part of {@link #categories()}). */
    public NamedServices<Benchmark> benchmarks() {
        return benchmarks;
    }

    /** All categories, in listing order. */
    public List<NamedServices<? extends Named>> categories() {
        return List.of(models, states, perturbations, drives, observables, solvers,
                truncations, ensembles);
    }
}
