package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.runner.plugins.PluginLayer;

/**
 * Research extensions are drop-in: a tiny model plugin is compiled here, at test time, against
 * the framework module, packed as a jar into a plugins folder, and found through a module layer
 * without rebuilding anything.
 */
class PluginTest {

    @TempDir
    Path tmp;

    static final String MODULE_INFO = """
            module tiny.plugin {
                requires org.rapidity.framework;
                provides org.rapidity.framework.spi.ModelProvider with tiny.FreeFermionsProvider;
            }
            """;

    static final String PROVIDER = """
            package tiny;

            import org.rapidity.framework.param.Parameters;
            import org.rapidity.framework.spi.IntegrableModel;
            import org.rapidity.framework.spi.ModelProvider;
            import org.rapidity.framework.tba.Statistics;

            public final class FreeFermionsProvider implements ModelProvider {
                public String name() { return "tiny-fermions"; }
                public String description() { return "free fermions, a plugin compiled by a test"; }
                public IntegrableModel create(Parameters p) {
                    return new IntegrableModel() {
                        public String name() { return "tiny-fermions"; }
                        public Parameters parameters() { return p; }
                        public String units() { return "hbar = m = 1"; }
                        public int speciesCount() { return 1; }
                        public Statistics statistics(int s) { return Statistics.FERMIONIC; }
                        public double momentum(int s, double t) { return t; }
                        public double momentumDerivative(int s, double t) { return 1; }
                        public double energy(int s, double t) { return t * t / 2; }
                        public double energyDerivative(int s, double t) { return t; }
                        public double scatteringShift(int a, double t, int b, double u) { return 0; }
                    };
                }
            }
            """;

    /** The module path of the running framework (boot layer, module path entries only). */
    static String frameworkModulePath() {
        return ModuleLayer.boot().configuration().modules().stream()
                .map(m -> m.reference().location())
                .filter(o -> o.isPresent() && "file".equals(o.get().getScheme()))
                .map(o -> Path.of(URI.create(o.get().toString())).toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    Path buildPlugin() throws IOException {
        return buildPlugin("tiny-plugin.jar", "tiny-fermions");
    }

    /** A plugin jar in {@code plugins/} whose model is named {@code modelName}. */
    Path buildPlugin(String jarName, String modelName) throws IOException {
        Path src = tmp.resolve("src-" + jarName);
        Files.createDirectories(src.resolve("tiny"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("tiny/FreeFermionsProvider.java"), PROVIDER.replace(
                "\"tiny-fermions\"", "\"" + modelName + "\""));
        Path classes = tmp.resolve("classes-" + jarName);
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8);
        int rc = javac.run(ps, ps, "--release", "17", "-d", classes.toString(), "-p",
                frameworkModulePath(), src.resolve("module-info.java").toString(),
                src.resolve("tiny/FreeFermionsProvider.java").toString());
        assertEquals(0, rc, log.toString(StandardCharsets.UTF_8));
        Path plugins = tmp.resolve("plugins");
        Files.createDirectories(plugins);
        Path jar = plugins.resolve(jarName);
        try (OutputStream os = Files.newOutputStream(jar);
                JarOutputStream jos = new JarOutputStream(os);
                Stream<Path> files = Files.walk(classes)) {
            List<Path> list = new ArrayList<>(files.filter(Files::isRegularFile).toList());
            for (Path f : list) {
                jos.putNextEntry(new JarEntry(classes.relativize(f).toString()
                        .replace('\\', '/')));
                jos.write(Files.readAllBytes(f));
                jos.closeEntry();
            }
        }
        return plugins;
    }

    @Test
    void aPluginJarInThePluginsFolderIsFoundAndUsable() throws IOException {
        Path plugins = buildPlugin();
        Registry r = Registry.of(PluginLayer.load(plugins));
        assertTrue(r.models().contains("tiny-fermions"), r.models().names().toString());
        assertTrue(r.models().contains("hardrods"), "built-in models stay visible");
        ModelProvider p = r.models().get("model.name", "tiny-fermions");
        assertEquals("tiny-fermions", p.create(Parameters.empty()).name());

        Cli list = Cli.run("--plugins", plugins.toString(), "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("tiny-fermions - free fermions, a plugin compiled by a"
                + " test"), list.out());

        Path d = tmp.resolve("d.json");
        Files.writeString(d, """
                {"model": "tiny-fermions",
                 "state": {"name": "thermal", "beta": 2, "mu": 1},
                 "grid": {"quadrature": "gauss-legendre", "min": -6, "max": 6, "points": 120}}
                """);
        Cli tba = Cli.run("--plugins", plugins.toString(), "tba", d.toString(), "--out",
                tmp.resolve("out").toString(), "--no-plots");
        assertEquals(0, tba.status(), tba.err());
        // free fermions: ρ = n/2π with n the Fermi function, so ρ̄ = ∫dθ/2π 1/(e^{β(θ²/2-μ)}+1)
        double expected = 0;
        int m = 200000;
        double h = 12.0 / m;
        for (int i = 0; i < m; i++) {
            double t = -6 + (i + 0.5) * h;
            expected += h / (2 * Math.PI) / (Math.exp(2 * (t * t / 2 - 1)) + 1);
        }
        String summary = Files.readString(tmp.resolve("out/summary.json"));
        double got = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary)
                .at("/densities/particle").asDouble();
        assertEquals(expected, got, 1e-12);
    }

    @Test
    void aPluginThatDuplicatesABuiltInNameIsRefusedNamingBothJars() throws IOException {
        Path plugins = buildPlugin("clash.jar", "hardrods");
        Cli c = Cli.run("--plugins", plugins.toString(), "list");
        assertEquals(Main.INVALID_INPUT, c.status(), c.err());
        assertTrue(c.err().startsWith("error: --plugins: two models are named 'hardrods'"),
                c.err());
        assertTrue(c.err().contains(plugins.resolve("clash.jar").toString()), c.err());
        assertTrue(c.err().contains("models-hardrods"), "the built-in jar named: " + c.err());
        assertTrue(!c.err().contains("internal error"), c.err());
    }

    /**
     * A jar that duplicates a module rapidity already has (what dependency:copy-dependencies
     * does with commons-math3 or the framework itself) is named in a warning and ignored: the
     * plugin beside it still resolves against rapidity's copy and is listed.
     */
    @Test
    void aJarDuplicatingABootModuleIsReportedAndTheRealPluginStillLoads() throws IOException {
        Path plugins = buildPlugin();
        Path math = ModuleLayer.boot().configuration().findModule("commons.math3").orElseThrow()
                .reference().location().map(u -> Path.of(u)).orElseThrow();
        Files.copy(math, plugins.resolve(math.getFileName()));
        Cli list = Cli.run("--plugins", plugins.toString(), "list");
        assertEquals(0, list.status(), list.err());
        assertTrue(list.out().contains("tiny-fermions"), list.out());
        assertTrue(list.err().contains(math.getFileName() + " holds module commons.math3, which"
                + " rapidity already has: it is ignored"), list.err());
    }

    @Test
    void unknownPluginFolderIsAnInputError() {
        Cli c = Cli.run("--plugins", tmp.resolve("absent").toString(), "list");
        assertEquals(Main.INVALID_INPUT, c.status());
        assertTrue(c.err().startsWith("error: --plugins: no such folder"), c.err());
    }
}
