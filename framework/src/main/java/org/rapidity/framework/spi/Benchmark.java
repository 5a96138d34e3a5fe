package org.rapidity.framework.spi;

import java.io.PrintStream;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.registry.Registry;

/**
 * A section of {@code rapidity bench} contributed by a module (a solver timing its kernels, a
 * model its dressing): discovered by ServiceLoader, run after the core rows, printing its own
 * table. Models and other components are taken from the registry by name, as a user's run
 * would.
 */
public interface Benchmark extends Named {

    /**
     * Times this section's kernels and prints a table.
     *
     * @param registry the components available
     * @param stopwatch the timing harness (its budget per row)
     * @param out where the table goes
     * @param quick fewer and smaller rows (a smoke run)
     */
    void run(Registry registry, Stopwatch stopwatch, PrintStream out, boolean quick);
}
