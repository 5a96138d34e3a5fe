package org.rapidity.runner.plugins;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.LayerInstantiationException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rapidity.framework.param.InvalidInputException;

/**
 * Research extensions as drop-in jars: every modular jar (or automatic module) in a plugins
 * folder is resolved, with service binding, on top of the boot layer and defined in a new module
 * layer. Its providers then appear in the registry beside the built-in ones, without rebuilding
 * anything. A plugin module {@code requires org.rapidity.framework} and declares
 * {@code provides org.rapidity.framework.spi.ModelProvider with …} (or another SPI).
 */
public final class PluginLayer {

    private static final String SPI = "org.rapidity.framework.spi.";

    private PluginLayer() {
    }

    /**
     * The layer of the plugins in {@code dir}, or the runner's own layer when the folder is
     * absent or holds no jars; warnings go to standard error. The runner's layer is the boot
     * layer when it is launched on the module path, and a layer of its own when a class-path
     * launcher (the Spark engine, docs/distributed.md) defines it.
     *
     * @throws InvalidInputException naming the folder if a plugin cannot be resolved
     */
    public static ModuleLayer load(Path dir) {
        return load(dir, w -> System.err.println("warning: " + w));
    }

    /**
     * As {@link #load(Path)}, with each warning given to {@code warnings}: a jar holding a module
     * rapidity already has (e.g. the framework's own jar, copied by
     * {@code dependency:copy-dependencies}) is ignored, the plugins resolving against rapidity's
     * copy; a jar that provides no rapidity service and that no other plugin requires is
     * reported as providing nothing.
     */
    public static ModuleLayer load(Path dir, Consumer<String> warnings) {
        ModuleLayer boot = runnerLayer();
        if (dir == null || !Files.isDirectory(dir)) {
            return boot;
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.noneMatch(p -> p.toString().endsWith(".jar"))) {
                return boot;
            }
        } catch (IOException e) {
            throw new InvalidInputException("--plugins", "cannot list " + dir + ": "
                    + e.getMessage());
        }
        try {
            ModuleFinder finder = ModuleFinder.of(dir);
            Set<ModuleReference> found = finder.findAll();
            Set<String> required = found.stream()
                    .flatMap(r -> r.descriptor().requires().stream())
                    .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
            for (ModuleReference r : found.stream().sorted(Comparator.comparing(
                    m -> m.descriptor().name())).toList()) {
                String name = r.descriptor().name();
                String jar = r.location().map(u -> Path.of(u).getFileName().toString())
                        .orElse(name);
                if (boot.findModule(name).isPresent()) {
                    warnings.accept(dir.resolve(jar) + " holds module " + name + ", which"
                            + " rapidity already has: it is ignored (a plugin jar needs only its"
                            + " own classes; give rapidity's modules `provided` scope)");
                } else if (r.descriptor().provides().stream().noneMatch(
                        pr -> pr.service().startsWith(SPI)) && !required.contains(name)) {
                    warnings.accept(dir.resolve(jar) + " (module " + name + ") provides no"
                            + " rapidity service (" + SPI + "*) and no plugin requires it:"
                            + " it adds nothing and is ignored");
                }
            }
            // roots: the modules that provide a rapidity service (their dependences follow)
            Set<String> roots = found.stream()
                    .map(ModuleReference::descriptor)
                    .filter(d -> boot.findModule(d.name()).isEmpty())
                    .filter(d -> d.provides().stream().anyMatch(pr -> pr.service()
                            .startsWith(SPI)) || required.contains(d.name()))
                    .map(d -> d.name())
                    .collect(Collectors.toSet());
            // the plugins folder is searched after the boot layer, so that a copy of a module
            // rapidity already has cannot shadow it (and the plugins' SPI types stay rapidity's)
            Configuration cf = boot.configuration().resolveAndBind(ModuleFinder.of(), finder,
                    roots);
            return boot.defineModulesWithOneLoader(cf, PluginLayer.class.getClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            throw new InvalidInputException("--plugins", "cannot load the plugins in " + dir
                    + ": " + e.getMessage());
        }
    }

    /** The layer the runner's module was defined in (the boot layer on the module path). */
    public static ModuleLayer runnerLayer() {
        ModuleLayer own = PluginLayer.class.getModule().getLayer();
        return own != null ? own : ModuleLayer.boot();
    }

    /** The plugin jars in a folder (for listings). */
    public static List<Path> jars(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
