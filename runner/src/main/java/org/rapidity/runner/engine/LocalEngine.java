package org.rapidity.runner.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded engine ({@code --engine local}, the default): runs the units in this JVM, one at a
 * time in index order (today's behaviour: each solver already uses every core), or
 * {@code workers} at a time. It stops starting units after the first failure, as a run always
 * did; the units that finished stay finished.
 */
public final class LocalEngine implements Engine {

    private final int workers;
    private final Function<WorkUnit, UnitOutcome> runner;

    /**
     * @param workers units run at the same time (1: one after the other)
     * @param runner runs one unit in place, in this JVM
     */
    public LocalEngine(int workers, Function<WorkUnit, UnitOutcome> runner) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers " + workers);
        }
        this.workers = workers;
        this.runner = runner;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean writesInPlace() {
        return true;
    }

    /** Units run at the same time. */
    public int workers() {
        return workers;
    }

    @Override
    public void run(List<WorkUnit> units, Consumer<UnitOutcome> sink) {
        if (workers == 1 || units.size() <= 1) {
            for (WorkUnit u : units) {
                UnitOutcome o = runner.apply(u);
                sink.accept(o);
                if (!o.ok()) {
                    return;
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, units.size()),
                r -> {
                    Thread t = new Thread(r, "rapidity-unit");
                    t.setDaemon(true);
                    return t;
                });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (WorkUnit u : units) {
                futures.add(pool.submit(() -> {
                    if (failed.get()) {
                        return; // stop starting units after a failure
                    }
                    UnitOutcome o = runner.apply(u);
                    if (!o.ok()) {
                        failed.set(true);
                    }
                    synchronized (sink) {
                        sink.accept(o);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running units", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw c instanceof RuntimeException ? (RuntimeException) c
                    : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
