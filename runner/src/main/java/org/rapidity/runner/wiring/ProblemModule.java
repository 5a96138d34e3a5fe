package org.rapidity.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.spi.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.evolution.EvolvingSolver;
import org.rapidity.framework.evolution.Stages;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.PerturbationProvider;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.spi.TruncationProvider;
import org.rapidity.framework.states.Resolution;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.runner.descriptor.ComponentSpec;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.StageSpec;

/**
 * Guice wiring of one run: resolves every named component of the descriptor through the
 * {@link Registry} (ServiceLoader, plugins included), validates its parameters against its
 * declarations, and provides the model, its modes, the initial state (checked for grid
 * resolution), the perturbations and the observables. A reader can follow a parameter from the
 * JSON to the component that receives it here, in one place.
 */
public final class ProblemModule extends AbstractModule {

    private final Descriptor descriptor;
    private final Registry registry;

    /**
     * @param descriptor the parsed descriptor
     * @param registry the components available
     */
    public ProblemModule(Descriptor descriptor, Registry registry) {
        this.descriptor = descriptor;
        this.registry = registry;
    }

    /**
     * Builds the injector and returns an instance of {@code type}, unwrapping Guice's errors so
     * that invalid input surfaces as the {@link InvalidInputException} that caused it.
     */
    public static <T> T build(Descriptor descriptor, Registry registry, Class<T> type) {
        try {
            return Guice.createInjector(new ProblemModule(descriptor, registry))
                    .getInstance(type);
        } catch (ProvisionException e) {
            throw unwrap(e, e.getErrorMessages());
        } catch (CreationException e) {
            throw unwrap(e, e.getErrorMessages());
        }
    }

    private static RuntimeException unwrap(RuntimeException e, Iterable<Message> messages) {
        for (Message m : messages) {
            Throwable c = m.getCause();
            while (c != null) {
                if (c instanceof InvalidInputException) {
                    return (InvalidInputException) c;
                }
                c = c.getCause();
            }
        }
        Throwable c = e.getCause();
        while (c != null) {
            if (c instanceof InvalidInputException) {
                return (InvalidInputException) c;
            }
            c = c.getCause();
        }
        return e;
    }

    @Override
    protected void configure() {
        bind(Descriptor.class).toInstance(descriptor);
        bind(Registry.class).toInstance(registry);
    }

    @Provides
    @Singleton
    IntegrableModel model() {
        ComponentSpec spec = descriptor.model();
        ModelProvider provider = registry.models().get("model.name", spec.name());
        return provider.create(Parameters.validate("model", provider.parameters(),
                spec.parameters()));
    }

    @Provides
    @Singleton
    ModeSpace modes(IntegrableModel model) {
        return ModeSpace.of(model, descriptor.grid().grids(model));
    }

    @Provides
    @Singleton
    TbaState initialState(InitialCondition initial) {
        return initial.state();
    }

    /**
     * The initial state: a homogeneous one (checked for grid resolution), or one that varies in
     * position, built from its nested homogeneous parts (each resolved on the same modes) and
     * accepted only by solvers that take such states.
     */
    @Provides
    @Singleton
    InitialCondition initialCondition(ModeSpace space) {
        ComponentSpec spec = descriptor.state();
        InitialStateProvider provider = registry.states().get("state.name", spec.name());
        if (!provider.isInhomogeneous()) {
            Parameters p = Parameters.validate("state", provider.parameters(),
                    spec.parameters());
            return new InitialCondition(Resolution.buildResolved(provider, space, p,
                    descriptor.grid().tolerance()), null);
        }
        refuseUnlessTheSolverTakesProfiles(spec.name());
        Map<String, Object> own = new LinkedHashMap<>(spec.parameters());
        Map<String, TbaState> parts = new LinkedHashMap<>();
        for (String part : provider.parts()) {
            Object raw = own.remove(part);
            if (raw == null) {
                continue; // the provider names what is missing
            }
            String path = "state." + part;
            if (!(raw instanceof ComponentSpec)) {
                throw new InvalidInputException(path, "expected a state component, e.g."
                        + " {\"name\": \"thermal\", \"beta\": 1, \"mu\": 0} or {\"name\":"
                        + " \"vacuum\"}");
            }
            ComponentSpec nested = (ComponentSpec) raw;
            if (nested.parameters().containsKey("model")) {
                throw new InvalidInputException(path + ".model", "the parts of a '"
                        + spec.name() + "' are states of the descriptor's model ('"
                        + space.model().name() + "'); a state of another model cannot be"
                        + " joined to it");
            }
            InitialStateProvider inner = registry.states().get(path + ".name", nested.name());
            if (inner.isInhomogeneous()) {
                throw new InvalidInputException(path + ".name", "'" + nested.name() + "'"
                        + " varies in position; a part of '" + spec.name() + "' must be"
                        + " homogeneous");
            }
            Parameters ip = Parameters.validate(path, inner.parameters(), nested.parameters());
            TbaState state;
            try {
                state = Resolution.buildResolved(inner, space, ip, descriptor.grid().tolerance());
            } catch (InvalidInputException e) {
                throw e.field().startsWith("state") || e.field().startsWith("grid") ? e
                        : e.under(path);
            }
            parts.put(part, state);
        }
        Parameters p = Parameters.validate("state", provider.parameters(), own);
        InhomogeneousState profile = provider.createInhomogeneous(space, p, parts);
        return new InitialCondition(profile.reference(), profile);
    }

    /** The initial state and, when it varies in position, its profile. */
    record InitialCondition(TbaState state, InhomogeneousState profile) {
    }

    private void refuseUnlessTheSolverTakesProfiles(String state) {
        List<String> able = registry.solvers().all().stream()
                .filter(SolverProvider::takesInhomogeneousStates).map(SolverProvider::name)
                .toList();
        if (descriptor.solver().isEmpty()) {
            throw new InvalidInputException("state.name", "'" + state + "' varies in position;"
                    + " this command needs a homogeneous state (solvers that evolve one: "
                    + String.join(", ", able) + ")");
        }
        List<ComponentSpec> solvers = new ArrayList<>();
        solvers.add(descriptor.solver().get());
        descriptor.stages().forEach(st -> solvers.add(st.solver()));
        for (ComponentSpec solver : solvers) {
            if (registry.solvers().contains(solver.name()) && !registry.solvers().get(
                    "solver.name", solver.name()).takesInhomogeneousStates()) {
                throw new InvalidInputException("state.name", "'" + state + "' varies in"
                        + " position and solver '" + solver.name() + "' starts from a"
                        + " homogeneous state; solvers that take it: " + String.join(", ",
                        able));
            }
        }
    }

    @Provides
    @Singleton
    List<Perturbation> perturbations() {
        List<Perturbation> out = new ArrayList<>();
        for (ComponentSpec spec : descriptor.perturbations()) {
            PerturbationProvider provider = registry.perturbations().get(spec.path() + ".name",
                    spec.name());
            out.add(provider.create(Parameters.validate(spec.path(), provider.parameters(),
                    spec.parameters())));
        }
        return out;
    }

    /**
     * The drives, built for the model; each must be of a kind the descriptor's solvers accept
     * ({@link SolverProvider#drives()}), or it is refused naming the solvers that accept it.
     */
    @Provides
    @Singleton
    List<Drive> drives(IntegrableModel model) {
        List<Drive> out = new ArrayList<>();
        for (ComponentSpec spec : descriptor.drives()) {
            DriveProvider provider = registry.drives().get(spec.path() + ".name", spec.name());
            Class<? extends Drive> kind = provider.kind();
            if (descriptor.solver().isPresent()) {
                String solver = descriptor.solver().get().name();
                if (registry.solvers().contains(solver) && registry.solvers().get("solver.name",
                        solver).drives().stream().noneMatch(k -> k.isAssignableFrom(kind))) {
                    List<String> able = registry.solvers().all().stream()
                            .filter(p -> p.drives().stream().anyMatch(k -> k.isAssignableFrom(
                                    kind))).map(SolverProvider::name).toList();
                    throw new InvalidInputException(spec.path() + ".name", "solver '" + solver
                            + "' does not accept drive '" + spec.name() + "' ("
                            + kind.getSimpleName() + ")" + (able.isEmpty() ? ""
                                    : "; solvers that do: " + String.join(", ", able)));
                }
            }
            out.add(provider.create(model, Parameters.validate(spec.path(),
                    provider.parameters(), spec.parameters())));
        }
        return out;
    }

    @Provides
    @Singleton
    Solver solver() {
        ComponentSpec spec = descriptor.solver().orElseThrow(() -> new InvalidInputException(
                "solver", "missing: this command evolves a state and needs a solver; available: "
                        + String.join(", ", registry.solvers().names())));
        Solver first = solver(spec, "solver");
        if (descriptor.stages().isEmpty()) {
            return first;
        }
        List<EvolvingSolver> stages = new ArrayList<>();
        stages.add(evolving(first, "solver.name"));
        double[] starts = new double[descriptor.stages().size()];
        for (int s = 0; s < starts.length; s++) {
            StageSpec stage = descriptor.stages().get(s);
            stages.add(evolving(solver(stage.solver(), stage.path() + ".solver"),
                    stage.path() + ".solver.name"));
            starts[s] = stage.from();
        }
        return new Stages(stages, starts);
    }

    private Solver solver(ComponentSpec spec, String path) {
        SolverProvider provider = registry.solvers().get(path + ".name", spec.name());
        checkTraits(provider, path);
        return provider.create(Parameters.validate(path, provider.parameters(),
                spec.parameters()));
    }

    /**
     * Refuses a solver whose assumptions ({@link SolverProvider#requires()}) the descriptor's
     * model does not meet, naming what is missing and the solvers that would run it.
     */
    private void checkTraits(SolverProvider provider, String path) {
        IntegrableModel model = model();
        Optional<String> why = provider.refusal(model);
        if (why.isPresent()) {
            List<String> able = registry.solvers().all().stream()
                    .filter(p -> p.refusal(model).isEmpty()).map(SolverProvider::name).toList();
            throw new InvalidInputException(path + ".name", why.get() + "; solvers that run on"
                    + " it: " + String.join(", ", able));
        }
    }

    /** A solver that can be a stage: one that runs on the framework's evolution driver. */
    private EvolvingSolver evolving(Solver solver, String field) {
        if (solver instanceof EvolvingSolver) {
            return (EvolvingSolver) solver;
        }
        // (only on this error path are solvers built with their defaults to be asked)
        List<String> able = new ArrayList<>();
        for (SolverProvider p : registry.solvers().all()) {
            if (p.parameters().stream().noneMatch(ParameterSpec::isRequired) && p.create(
                    Parameters.validate("solver", p.parameters(), java.util.Map.of()))
                    instanceof EvolvingSolver) {
                able.add(p.name());
            }
        }
        throw new InvalidInputException(field, "solver '" + solver.name() + "' cannot run in"
                + " stages (it does not run on the framework's evolution driver); solvers that"
                + " can: " + String.join(", ", able));
    }

    @Provides
    @Singleton
    TruncationChoice truncation() {
        if (descriptor.truncation().isEmpty()) {
            return new TruncationChoice(null);
        }
        ComponentSpec spec = descriptor.truncation().get();
        TruncationProvider provider = registry.truncations().get("truncation.name", spec.name());
        return new TruncationChoice(provider.create(Parameters.validate("truncation",
                provider.parameters(), spec.parameters())));
    }

    @Provides
    @Singleton
    Problem problem(InitialCondition initial, List<Perturbation> perturbations,
            List<Drive> drives, TruncationChoice truncation) {
        double[] times = descriptor.times().orElseThrow(() -> new InvalidInputException("times",
                "missing: give the output times, e.g. {\"end\": 1000, \"outputs\": 100}"))
                .times();
        if (initial.profile() != null) {
            return new Problem(initial.profile(), perturbations, drives,
                    truncation.truncation(), times);
        }
        return new Problem(initial.state(), perturbations, drives, truncation.truncation(),
                times);
    }

    @Provides
    @Singleton
    Observables observables(IntegrableModel model) {
        List<Observable> out = new ArrayList<>();
        if (descriptor.observables().isEmpty()) {
            // every observable that applies to the model, needs no parameters, reads a view
            // the run offers (the solver's snapshot views, or a homogeneous state without one)
            // and is not costly (ObservableProvider.byDefault)
            List<Class<?>> views = defaultViews();
            for (ObservableProvider p : registry.observables().all()) {
                boolean needsParameters = p.parameters().stream().anyMatch(s -> s.isRequired());
                if (!needsParameters && p.byDefault()) {
                    Observable o = p.create(Parameters.validate("observables", p.parameters(),
                            java.util.Map.of()));
                    if (o.appliesTo(model) && o.views().stream().anyMatch(v -> views.stream()
                            .anyMatch(v::isAssignableFrom))) {
                        out.add(o);
                    }
                }
            }
            return new Observables(out);
        }
        for (ComponentSpec spec : descriptor.observables()) {
            ObservableProvider provider = registry.observables().get(spec.path() + ".name",
                    spec.name());
            Observable o = provider.create(Parameters.validate(spec.path(),
                    provider.parameters(), spec.parameters()));
            if (!o.appliesTo(model)) {
                throw new InvalidInputException(spec.path() + ".name", "observable '"
                        + o.name() + "' is not defined for model '" + model.name() + "'"
                        + o.whyNot(model).map(w -> ": it needs " + w).orElse(""));
            }
            out.add(o);
        }
        return new Observables(out);
    }

    /** The snapshot views of the descriptor's solver, or a homogeneous TBA state without one. */
    private List<Class<?>> defaultViews() {
        if (descriptor.solver().isPresent()) {
            ComponentSpec spec = descriptor.solver().get();
            if (registry.solvers().contains(spec.name())) {
                return registry.solvers().get("solver.name", spec.name()).snapshotViews();
            }
        }
        return List.of(TbaState.class);
    }
}
