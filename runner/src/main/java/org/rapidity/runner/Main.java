package org.rapidity.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapidity.framework.param.Deprecation;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.registry.NamedServices;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Named;
import org.rapidity.runner.bench.Bench;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.engine.JobRun;
import org.rapidity.runner.ensemble.EnsembleRun;
import org.rapidity.runner.engine.UnitFailedException;
import org.rapidity.runner.plugins.PluginLayer;
import org.rapidity.runner.run.OutputDirectory;
import org.rapidity.runner.run.Resources;
import org.rapidity.runner.run.RunJob;
import org.rapidity.runner.wiring.ProblemModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code rapidity} command line. Exit status: 0 on success, 2 for invalid input (the message
 * names the field and what is allowed), 1 for an internal error.
 */
@Command(name = "rapidity", mixinStandardHelpOptions = true, versionProvider = Main.Versions.class,
        description = "Simulates near-integrable one-dimensional many-body systems.",
        subcommands = {Main.ListCommand.class, Main.TbaCommand.class, Main.RunCommand.class,
            Main.BenchCommand.class, ReferenceCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit status for invalid input. */
    public static final int INVALID_INPUT = 2;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "folder of plugin jars loaded as a module layer (default: $RAPIDITY_PLUGINS,"
                    + " else plugins/ of the installation)")
    Path plugins;

    @Option(names = "--stacktrace", description = "print the stack trace of internal errors")
    boolean stacktrace;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Override
    public Integer call() {
        CommandLine.usage(this, out);
        return 0;
    }

    /** Where commands print their results. */
    PrintStream out() {
        return out;
    }

    /** The components visible with the plugin folder in use. */
    Registry registry() {
        Path dir = pluginDir();
        try {
            return Registry.of(PluginLayer.load(dir, w -> err.println("warning: " + w)));
        } catch (IllegalStateException e) {
            // duplicate names, malformed names, providers that fail to load: each names its jar
            throw new InvalidInputException(plugins != null ? "--plugins" : System.getenv(
                    "RAPIDITY_PLUGINS") != null ? "RAPIDITY_PLUGINS" : "plugins", e.getMessage()
                    + (dir != null && java.nio.file.Files.isDirectory(dir) ? " (plugins folder: "
                            + dir + ")" : ""));
        }
    }

    Path pluginDir() {
        if (plugins != null) {
            if (!java.nio.file.Files.isDirectory(plugins)) {
                throw new InvalidInputException("--plugins", "no such folder: " + plugins);
            }
            return plugins;
        }
        String env = System.getenv("RAPIDITY_PLUGINS");
        if (env != null && !env.isBlank()) {
            if (!java.nio.file.Files.isDirectory(Path.of(env))) {
                throw new InvalidInputException("RAPIDITY_PLUGINS", "no such folder: " + env
                        + " (unset the variable to use the installation's plugins/)");
            }
            return Path.of(env);
        }
        String home = System.getProperty("rapidity.home");
        return home == null ? Path.of("plugins") : Path.of(home, "plugins");
    }

    /** Runs the command line and returns the exit status (never calls System.exit). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        // deprecated descriptor fields are warned about on this run's error stream, once each
        Deprecation.redirect(message -> err.println("warning: " + message));
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof InvalidInputException) {
                err.println("error: " + ex.getMessage());
                return INVALID_INPUT;
            }
            if (ex instanceof UncheckedIOException || ex instanceof IOException) {
                // a file the run reads or writes: named, with the option that chose it
                IOException io = ex instanceof IOException ? (IOException) ex
                        : ((UncheckedIOException) ex).getCause();
                String file = io instanceof FileSystemException
                        && ((FileSystemException) io).getFile() != null
                        ? ((FileSystemException) io).getFile() : "a file";
                err.println("error: cannot read or write " + file + ": "
                        + OutputDirectory.reason(io) + " (files are chosen by the descriptor"
                        + " argument and --out)");
                return INVALID_INPUT;
            }
            if (ex instanceof UnitFailedException) {
                err.println("error: " + ex.getMessage());
                if (main.stacktrace) {
                    ex.printStackTrace(err);
                }
                return 1;
            }
            if (causedBy(ex, OutOfMemoryError.class)) {
                err.println("error: the JVM ran out of memory (" + Runtime.getRuntime()
                        .maxMemory() / (1 << 20) + " MiB); lower the grid points or the solver's"
                        + " resolution, or give Java more memory (RAPIDITY_JAVA_OPTS=-Xmx…)");
                return INVALID_INPUT;
            }
            err.println("internal error: " + ex);
            if (main.stacktrace) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --stacktrace for details)");
            }
            return 1;
        });
        return cl.execute(args);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    /** Supplies {@code --version}. */
    static final class Versions implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rapidity " + Version.get() + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }

    /** {@code rapidity list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists every model, initial state, perturbation, observable, solver and"
                    + " truncation found, with its parameters.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Override
        public Integer call() {
            Registry r = main.registry();
            List<Path> jars = PluginLayer.jars(main.pluginDir());
            if (!jars.isEmpty()) {
                main.out.println("plugins from " + main.pluginDir() + ": " + jars.size()
                        + " jar(s)");
            }
            for (NamedServices<? extends Named> category : r.categories()) {
                main.out.println();
                main.out.println(plural(category.category()) + ":");
                if (category.all().isEmpty()) {
                    main.out.println("  (none)");
                }
                for (Named n : category.all()) {
                    main.out.println("  " + n.name() + " - " + n.description());
                    for (ParameterSpec p : n.parameters()) {
                        main.out.println("      " + p.describe());
                    }
                }
            }
            return 0;
        }

        private static String plural(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + "s";
        }
    }

    /** The options {@code tba} and {@code run} share: the descriptor, overrides and outputs. */
    static final class DescriptorOptions {
        @Parameters(index = "0", paramLabel = "DESCRIPTOR", description = "JSON run descriptor")
        Path descriptor;

        @Option(names = "--out", paramLabel = "DIR",
                description = "output directory (default: output.dir of the descriptor, else"
                        + " out/<descriptor name>)")
        Path outDir;

        @Option(names = "--set", paramLabel = "PATH=VALUE",
                description = "override a descriptor field, e.g. --set model.a=0.5 or"
                        + " --set solver.tolerance=1e-8 (repeatable)")
        List<String> overrides = new ArrayList<>();

        @Option(names = "--no-plots", description = "skip the PNG plots")
        boolean noPlots;

        /** The option that chose the output directory, for messages. */
        String outOption() {
            return outDir != null ? "--out" : "output.dir";
        }

        /** The descriptor with the {@code --set} overrides applied, validated. */
        Descriptor read() {
            return DescriptorReader.read(descriptor, overrides);
        }
    }

    /** {@code rapidity tba DESCRIPTOR}. */
    @Command(name = "tba", mixinStandardHelpOptions = true,
            description = "Computes the TBA quantities of the descriptor's state and writes"
                    + " tba.csv, summary.json, run.json and tba.png.")
    static final class TbaCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Mixin
        DescriptorOptions options;

        @Option(names = "--matrices", description = "also write matrices.csv: the operator"
                + " matrices C (susceptibility), A (flux Jacobian) and D (diffusion matrix)")
        boolean matrices;

        @Override
        public Integer call() throws Exception {
            Descriptor d = options.read();
            Path dir = options.outDir != null ? options.outDir : d.output().directory();
            try (OutputDirectory held = OutputDirectory.lock(dir, options.outOption())) {
                Resources.checkTba(d, main.registry());
                TbaReport report = ProblemModule.build(d, main.registry(), TbaReport.class);
                try {
                    report.write(dir, d.output().plots() && !options.noPlots, main.out);
                    if (matrices) {
                        report.writeMatrices(dir);
                        main.out.println("wrote " + dir.resolve("matrices.csv"));
                    }
                } catch (IOException e) {
                    throw OutputDirectory.writeError(options.outOption(), dir, e);
                }
            }
            return 0;
        }
    }

    /** {@code rapidity run DESCRIPTOR}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Evolves the descriptor's state with its solver and writes"
                    + " observables.csv (as it goes), summary.json, run.json and plots; resumes"
                    + " an interrupted run from its last checkpoint.")
    static final class RunCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Mixin
        DescriptorOptions options;

        @Option(names = "--fresh", description = "ignore an existing checkpoint and start over")
        boolean fresh;

        @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
                description = "where the units of the job (sweep members) run: local (this"
                        + " JVM, default) or spark (Apache Spark; docs/distributed.md)")
        String engine;

        @Option(names = "--master", paramLabel = "URL",
                description = "the Spark master of --engine spark (default local[*]), e.g."
                        + " spark://host:7077")
        String master;

        @Option(names = "--blocks-per-unit", paramLabel = "K", defaultValue = "0",
                description = "split each MD ensemble into work units of K or more blocks of"
                        + " samples, combined bit for bit (default 0: a sweep member is one"
                        + " unit)")
        int blocksPerUnit;

        @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
                description = "units run side by side by --engine local (default 1: one after"
                        + " the other, each solver using every core)")
        int workers;

        /** The plugin folder in use, when it holds plugin jars (remote workers need it too). */
        private static String pluginFolder(Main main) {
            Path dir = main.pluginDir();
            return PluginLayer.jars(dir).isEmpty() ? null : dir.toAbsolutePath().toString();
        }

        @Override
        public Integer call() throws Exception {
            if (workers < 1) {
                throw new InvalidInputException("--workers", "must be at least 1, got "
                        + workers);
            }
            if (master != null && engine.equals("local")) {
                throw new InvalidInputException("--master", "is an option of a distributed"
                        + " engine; add --engine spark, or drop --master");
            }
            Descriptor d = options.read();
            Path outDir = options.outDir;
            boolean noPlots = options.noPlots;
            if (outDir != null) {
                d = d.withOutput(d.output().in(outDir));
            }
            Registry registry = main.registry();
            Optional<EnsembleRun> ensemble = EnsembleRun.of(d, registry);
            Descriptor read = d;
            ensemble.ifPresent(e -> e.mismatches(read).forEach(w -> main.err.println("warning: "
                    + w)));
            List<Descriptor> runs = ensemble.isPresent() ? ensemble.get().members()
                    : DescriptorReader.expand(d);
            String option = options.outOption();
            try (OutputDirectory root = OutputDirectory.lock(d.output().directory(), option)) {
                root.staleHolder().ifPresent(h -> main.err.println("note: took over the lock of"
                        + " an earlier run that ended without releasing it (" + h + ")"));
                // every member is wired, checked and estimated before the first one runs
                List<RunJob> jobs = new ArrayList<>();
                for (int i = 0; i < runs.size(); i++) {
                    Descriptor one = runs.get(i);
                    String member = ensemble.isPresent() ? " (" + ensemble.get().label(i) + ")"
                            : runs.size() > 1 ? " (sweep value " + d.sweep().get().values()
                                    .get(i) + ")" : "";
                    try {
                        Resources.checkTba(one, registry);
                        RunJob job = ProblemModule.build(one, registry, RunJob.class);
                        job.check(main.err);
                        jobs.add(job);
                    } catch (InvalidInputException e) {
                        throw member.isEmpty() ? e : new InvalidInputException(e.field(),
                                strip(e) + member);
                    }
                }
                ensemble.ifPresent(e -> main.out.println("ensemble of " + runs.size()
                        + " members: " + e.description()));
                new JobRun(d, runs, jobs, pluginFolder(main), fresh, noPlots, option, main.out,
                        main.err).splittingEnsembles(blocksPerUnit, registry)
                        .summing(ensemble.orElse(null))
                        .execute(new JobRun.EngineChoice(engine, master, workers));
            }
            return 0;
        }

        private static String strip(InvalidInputException e) {
            String m = e.getMessage();
            return !e.field().isEmpty() && m.startsWith(e.field() + ": ")
                    ? m.substring(e.field().length() + 2) : m;
        }
    }

    /** {@code rapidity bench}. */
    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Times the core kernels on this machine and prints a table.")
    static final class BenchCommand implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Option(names = "--quick", description = "fewer sizes, shorter timings (a smoke run)")
        boolean quick;

        @Option(names = "--section", description = "run only this contributed section (e.g."
                + " ghd, ghd-cost, md)")
        String section;

        @Override
        public Integer call() {
            new Bench(quick ? 0.3 : 2.0).run(main.registry(), main.out, quick, section);
            return 0;
        }
    }
}
