package org.rapidity.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The {@code spark} engine: each work unit is a Spark job of one task
 * ({@link UnitTask}), all submitted at once, so Spark's scheduler spreads them over the
 * executors, retries a failed or lost task ({@code spark.task.maxFailures}, 4 here on a
 * cluster; in {@code local[N]} mode give {@code local[N,F]} for retries) and reports each unit
 * as soon as it is done: a unit that fails for good fails alone, the others finish and are
 * kept. Seen by the runner through JDK types only (its {@code ExternalEngines} contract).
 *
 * <p>Settings (Spark configuration, e.g. {@code --conf} of spark-submit or {@code -D} of the
 * launcher): {@code spark.rapidity.modules} the runner's module folder on the executors
 * (default: the driver's); {@code spark.rapidity.connectTimeout} seconds to wait for the first
 * executor of a cluster before giving up on the master (default 30).
 */
final class SparkEngine implements BiConsumer<List<String>, BiConsumer<Integer, Object>>,
        AutoCloseable {

    private final JavaSparkContext sc;
    private final String modules;
    private final String master;

    private SparkEngine(JavaSparkContext sc, String modules, String master) {
        this.sc = sc;
        this.modules = modules;
        this.master = master;
    }

    /**
     * Starts Spark for {@code options} ({@code master}).
     *
     * @throws IllegalArgumentException {@code "--master: …"} for a master that is malformed,
     *     refuses or never answers
     */
    static SparkEngine start(Map<String, String> options, Path driverModules) {
        // called from inside the runner's layer: Spark finds its resources through the
        // context loader, which must be the class path's while Spark runs
        return onClassPath(() -> create(options, driverModules));
    }

    private static <T> T onClassPath(java.util.function.Supplier<T> action) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(SparkEngine.class.getClassLoader());
        try {
            return action.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    private static SparkEngine create(Map<String, String> options, Path driverModules) {
        SparkConf conf = new SparkConf(); // spark.* system properties, as spark-submit sets them
        String master = options.containsKey("master") ? options.get("master")
                : conf.get("spark.master", "local[*]");
        if (!master.matches("local(\\[[0-9*]+(,[0-9]+)?\\])?|(spark|k8s|mesos)://.+|yarn")) {
            throw new IllegalArgumentException("--master: '" + master + "' is not a Spark"
                    + " master URL; use local[*], local[N], local[N,retries], spark://HOST:PORT,"
                    + " k8s://https://HOST:PORT or yarn");
        }
        if (master.startsWith("spark://")) {
            reachable(master);
        }
        conf.setMaster(master);
        conf.setAppName(conf.get("spark.app.name", "rapidity"));
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.task.maxFailures", "4");
        conf.setIfMissing("spark.rapidity.modules", driverModules.toAbsolutePath().normalize()
                .toString());
        JavaSparkContext sc;
        try {
            sc = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--master: cannot start Spark on " + master + ": "
                    + e.getMessage());
        }
        if (!master.startsWith("local")) {
            awaitExecutor(sc, master, conf.getDouble("spark.rapidity.connectTimeout", 30));
        }
        return new SparkEngine(sc, conf.get("spark.rapidity.modules"), master);
    }

    /**
     * Refuses a standalone master that takes no connection (Spark itself would retry for a
     * minute before giving up): at least one of its {@code host:port} must answer.
     */
    private static void reachable(String master) {
        String why = "";
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
            int port;
            try {
                port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : 7077;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--master: '" + master + "' has no valid"
                        + " port; use spark://HOST:PORT");
            }
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(host, port), 3000);
                return;
            } catch (java.io.IOException e) {
                why = e.getMessage();
            }
        }
        throw new IllegalArgumentException("--master: cannot reach the Spark master at " + master
                + " (" + why + "): start it there (org.apache.spark.deploy.master.Master,"
                + " docs/distributed.md) or give another --master");
    }

    /** Waits for the first executor, so that an unreachable master is an error, not a hang. */
    private static void awaitExecutor(JavaSparkContext sc, String master, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            if (sc.sc().isStopped()) {
                break;
            }
            if (sc.sc().getExecutorMemoryStatus().size() > 1) { // the driver counts as one
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        sc.stop();
        throw new IllegalArgumentException("--master: no Spark executor came up at " + master
                + " within " + (long) seconds + " s: is a Spark master running there, with"
                + " workers that have free cores and memory? (wait longer with"
                + " -Dspark.rapidity.connectTimeout=SECONDS)");
    }

    @Override
    public void accept(List<String> units, BiConsumer<Integer, Object> answer) {
        onClassPath(() -> {
            runAll(units, answer);
            return null;
        });
    }

    private void runAll(List<String> units, BiConsumer<Integer, Object> answer) {
        List<JavaFutureAction<List<byte[]>>> jobs = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            sc.setJobDescription("rapidity work unit " + (i + 1) + " of " + units.size());
            jobs.add(sc.parallelize(List.of(units.get(i)), 1).map(new UnitTask(modules))
                    .collectAsync());
        }
        ExecutorService waiters = Executors.newFixedThreadPool(Math.max(1, Math.min(64,
                units.size())), r -> {
                    Thread t = new Thread(r, "rapidity-spark-wait");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> waits = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int position = i;
                JavaFutureAction<List<byte[]>> job = jobs.get(i);
                waits.add(waiters.submit(() -> {
                    Object result;
                    try {
                        result = job.get().get(0);
                    } catch (ExecutionException e) {
                        result = "Spark gave up on it (" + master + "): " + reason(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        result = "interrupted";
                    }
                    answer.accept(position, result);
                }));
            }
            for (Future<?> w : waits) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.forEach(j -> j.cancel(true));
            throw new IllegalStateException("interrupted while Spark ran the units", e);
        } catch (ExecutionException e) {
            // the runner's handling of an outcome failed (writing the files): as it is
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        } finally {
            waiters.shutdownNow();
        }
    }

    /** The message of a failed Spark job: its first line, which names the cause. */
    private static String reason(Throwable e) {
        Throwable c = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(c.getMessage()).split("\n")[0].replace(
                "java.lang.RuntimeException: ", "");
    }

    @Override
    public void close() {
        onClassPath(() -> {
            sc.stop();
            return null;
        });
    }
}
