package org.rapidity.framework.bench;

import java.io.PrintStream;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * Base of a bench section that times a solver's kernels on the gBBGKY paper's Fig. 6 problem:
 * the hard rods ({@link BenchSetup#fig6Rods}) are looked up once, and the section is skipped
 * (after a line) when no plugin provides them.
 */
public abstract class Fig6Benchmark extends Described implements Benchmark {

    /** See {@link Described#Described}. */
    protected Fig6Benchmark(String name, String description) {
        super(name, description);
    }

    @Override
    public final void run(Registry registry, Stopwatch stopwatch, PrintStream out,
            boolean quick) {
        BenchSetup.fig6Rods(registry, out).ifPresent(rods -> run(rods, registry, stopwatch, out,
                quick));
    }

    /** Times the kernels on the Fig. 6 hard rods {@code rods} (see {@link #run}). */
    protected abstract void run(IntegrableModel rods, Registry registry, Stopwatch stopwatch,
            PrintStream out, boolean quick);
}
