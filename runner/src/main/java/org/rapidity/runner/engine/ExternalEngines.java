package org.rapidity.runner.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rapidity.framework.param.InvalidInputException;

/**
 * Engines that live outside the runner's module graph and are bridged in by JDK types only.
 * Spark cannot be a named module ({@code spark.core.2.13} is no valid module name), so the
 * {@code engine-spark} launcher runs on the class path, defines the runner's modules in a layer
 * of their own (docs/distributed.md) and registers its engine here before it calls
 * {@code Main.run}. The contract, in JDK types:
 *
 * <ul>
 *   <li>a factory takes the engine options ({@code master}, …) and returns a runner of units,
 *       a {@code BiConsumer<List<String>, BiConsumer<Integer, Object>>}: it takes the units as
 *       JSON ({@link WorkUnit#toJson()}) and calls back, for each unit's position in that list,
 *       with the encoded {@link UnitOutcome} ({@code byte[]}) or a {@code String} saying why
 *       the engine could not run the unit; it returns when every unit has been answered. If it
 *       is also {@link AutoCloseable}, it is closed when the job ends;</li>
 *   <li>a factory that refuses its options throws an {@link IllegalArgumentException} whose
 *       message is {@code "<option>: <why>"}, reported as invalid input of that option.</li>
 * </ul>
 */
public final class ExternalEngines {

    private static final Map<String, Function<Map<String, String>,
            BiConsumer<List<String>, BiConsumer<Integer, Object>>>> FACTORIES =
            new ConcurrentHashMap<>();

    private ExternalEngines() {
    }

    /** Registers (or replaces) the engine {@code name}. */
    public static void register(String name, Function<Map<String, String>,
            BiConsumer<List<String>, BiConsumer<Integer, Object>>> factory) {
        FACTORIES.put(name, factory);
    }

    /** The names of the engines registered, sorted. */
    public static List<String> names() {
        return List.copyOf(new TreeMap<>(FACTORIES).keySet());
    }

    /** Whether {@code name} is registered. */
    public static boolean has(String name) {
        return FACTORIES.containsKey(name);
    }

    /**
     * The engine {@code name} with {@code options}.
     *
     * @throws InvalidInputException naming the option the factory refused
     */
    public static Engine create(String name, Map<String, String> options) {
        var factory = FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalStateException("no engine " + name);
        }
        BiConsumer<List<String>, BiConsumer<Integer, Object>> runner;
        try {
            runner = factory.apply(Map.copyOf(options));
        } catch (IllegalArgumentException e) {
            throw invalid(e, "--engine");
        }
        return new Bridged(name, runner);
    }

    private static InvalidInputException invalid(IllegalArgumentException e, String fallback) {
        String m = String.valueOf(e.getMessage());
        int colon = m.indexOf(": ");
        return colon > 0 && m.startsWith("-") ? new InvalidInputException(m.substring(0, colon),
                m.substring(colon + 2)) : new InvalidInputException(fallback, m);
    }

    /** An external engine seen through the {@link Engine} interface. */
    private record Bridged(String name,
            BiConsumer<List<String>, BiConsumer<Integer, Object>> runner) implements Engine {

        @Override
        public void run(List<WorkUnit> units, Consumer<UnitOutcome> sink) {
            List<String> json = units.stream().map(WorkUnit::toJson).toList();
            try {
                runner.accept(json, (position, answer) -> {
                    WorkUnit u = units.get(position);
                    UnitOutcome o = answer instanceof byte[]
                            ? UnitOutcome.decode((byte[]) answer)
                            : UnitOutcome.failed(u.index(), new IllegalStateException(
                                    String.valueOf(answer)), "", name);
                    synchronized (sink) {
                        sink.accept(o);
                    }
                });
            } catch (IllegalArgumentException e) {
                throw invalid(e, "--engine");
            }
        }

        @Override
        public void close() {
            if (runner instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) runner).close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing engine " + name + ": " + e, e);
                }
            }
        }
    }
}
