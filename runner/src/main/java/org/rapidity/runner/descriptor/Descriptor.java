package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed, structurally validated run descriptor. Immutable. The parameters of each component
 * are checked against the component's own declarations when it is created (see
 * {@link org.rapidity.runner.wiring.ProblemModule}).
 *
 * @param source file the descriptor came from
 * @param model the integrable model
 * @param state the initial state
 * @param grid the rapidity grid
 * @param observables observables to report (possibly empty)
 * @param perturbations integrability-breaking potentials (possibly empty)
 * @param drives external potentials and driven model parameters (possibly empty)
 * @param solver the solver, for commands that evolve (the first stage's, with stages)
 * @param stages the later stages of a run in stages (possibly empty)
 * @param truncation the hierarchy truncation, for solvers that use one
 * @param times output times, for commands that evolve
 * @param sweep a parameter sweep, if any
 * @param output output settings
 * @param resolved the descriptor as JSON after {@code --set} overrides (written beside results)
 */
public record Descriptor(Path source, ComponentSpec model, ComponentSpec state, GridSpec grid,
        List<ComponentSpec> observables, List<ComponentSpec> perturbations,
        List<ComponentSpec> drives, Optional<ComponentSpec> solver, List<StageSpec> stages, Optional<ComponentSpec> truncation,
        Optional<TimesSpec> times, Optional<SweepSpec> sweep, OutputSpec output,
        JsonNode resolved) {

    /** Defensive copies. */
    public Descriptor {
        observables = List.copyOf(observables);
        perturbations = List.copyOf(perturbations);
        drives = List.copyOf(drives);
        stages = List.copyOf(stages);
    }

    /** The same descriptor writing to another output. */
    public Descriptor withOutput(OutputSpec other) {
        return new Descriptor(source, model, state, grid, observables, perturbations, drives,
                solver, stages, truncation, times, sweep, other, resolved);
    }
}
