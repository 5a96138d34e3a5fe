package org.rapidity.runner.plugins;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.LayerInstantiationException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    private PluginLayer() {
    }

    /**
     * The layer of the plugins in {@code dir}, or the runner's own layer when the folder is
     * absent or holds no jars. The runner's layer is the boot layer when it is launched on the
     * module path, and a layer of its own when a class-path launcher (the Spark engine,
     * docs/distributed.md) defines it.
     *
     * @throws InvalidInputException naming the folder if a plugin cannot be resolved
     */
    public static ModuleLayer load(Path dir) {
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
            Set<String> roots = finder.findAll().stream()
                    .map(ModuleReference::descriptor)
                    .map(d -> d.name())
                    .filter(name -> boot.findModule(name).isEmpty())
                    .collect(Collectors.toSet());
            Configuration cf = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
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
