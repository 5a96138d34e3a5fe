package org.rapidity.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The rapidity command line on the class path, with the {@code spark} engine: what
 * {@code ./rapidity … --engine spark} and {@code spark-submit --class org.rapidity.spark.SparkMain}
 * start. It defines the runner's modules in a layer of their own ({@link RunnerLayer}; the
 * folder is {@code -Drapidity.modules}, else {@code runner/target/modules} under
 * {@code -Drapidity.home}), registers {@link SparkEngine} with the runner and runs the runner's
 * {@code Main} with the arguments; the exit status is the runner's.
 */
public final class SparkMain {

    private SparkMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit status (for tests: no System.exit). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        String home = System.getProperty("rapidity.home", ".");
        Path modules = Path.of(System.getProperty("rapidity.modules",
                Path.of(home, "runner", "target", "modules").toString()));
        try {
            RunnerLayer runner = RunnerLayer.of(modules);
            Function<Map<String, String>, BiConsumer<List<String>, BiConsumer<Integer, Object>>>
                    spark = options -> SparkEngine.start(options, modules);
            runner.call("org.rapidity.runner.engine.ExternalEngines", "register",
                    new Class<?>[] {String.class, Function.class}, "spark", spark);
            return (Integer) runner.call("org.rapidity.runner.Main", "run",
                    new Class<?>[] {String[].class, PrintStream.class, PrintStream.class},
                    args, out, err);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            err.println("internal error: " + e);
            return 1;
        }
    }
}
