package org.rapidity.spark;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runner's modules ({@code runner/target/modules}: runner, framework, models, solvers and
 * their libraries) defined in a module layer of their own inside a class-path JVM (the Spark
 * driver or executor). The runner keeps its module-path semantics there (services, plugin
 * layers) and its own library versions (Jackson 2.22 beside Spark's 2.18 on the class path);
 * the two sides talk through JDK types only. One layer per folder and JVM.
 */
final class RunnerLayer {

    /** The runner's module. */
    static final String RUNNER = "org.rapidity.runner";

    private static final Map<Path, RunnerLayer> LAYERS = new ConcurrentHashMap<>();

    private final ModuleLayer layer;
    private final ClassLoader loader;

    private RunnerLayer(Path modules) {
        ModuleFinder finder = ModuleFinder.of(modules);
        Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder,
                ModuleFinder.of(), Set.of(RUNNER));
        // parent: the platform loader, so that nothing of Spark's class path leaks in
        layer = ModuleLayer.boot().defineModulesWithOneLoader(cf,
                ClassLoader.getPlatformClassLoader());
        loader = layer.findLoader(RUNNER);
    }

    /**
     * The layer of the modules in {@code modules}.
     *
     * @throws IllegalStateException naming the folder when it holds no runner
     */
    static RunnerLayer of(Path modules) {
        Path dir = modules.toAbsolutePath().normalize();
        return LAYERS.computeIfAbsent(dir, d -> {
            if (!Files.isDirectory(d) || !hasRunner(d)) {
                throw new IllegalStateException("no rapidity modules in " + d + " (the folder"
                        + " runner/target/modules of a built installation, which every Spark"
                        + " worker needs at the path spark.rapidity.modules names;"
                        + " docs/distributed.md)");
            }
            return new RunnerLayer(d);
        });
    }

    private static boolean hasRunner(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("runner-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Calls the public static method {@code method} of {@code type} in the layer, with the
     * layer's loader as the thread's context loader; an exception of the method is thrown as
     * it is.
     */
    Object call(String type, String method, Class<?>[] parameters, Object... args)
            throws Throwable {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            Method m = Class.forName(type, true, loader).getMethod(method, parameters);
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
