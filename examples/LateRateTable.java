import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The tables of examples/late-rate-xi5.sh: the kurtosis of each run at each output and its rate
 * {@code dκ/dt} over the interval ending there (backward difference), then Landau's rate
 * ({@code landau-kurtosis-rate}: cross, self, total) at the states the hierarchies handed over.
 * Reads each run's {@code perturbations.0.V0=2/observables.csv} (a run that stopped early keeps
 * the outputs it reached). Run as a source file:
 * {@code java examples/LateRateTable.java OUT THREE_POINT_RUN_DIR}.
 *
 * <p>With {@code --full DIR} (the FULL=1 mode of the script: the three-point layer on its whole
 * separation grid) it prints what {@code g3} adds to the kurtosis, {@code δ = κ(three-point) -
 * κ(two-point)} on the same grids, beside the two-point layer at half the time step and on the
 * converged grids (86 rapidities, 128 separations), their sum {@code κ_conv + δ}, and the mean
 * rates over the late windows with Landau's rate at the two-point state (the hand-off run).
 * With {@code --full DIR MD_RUN} it adds MD's kurtosis and jackknife error {@code σ} from that
 * run (examples/md-judge-shortrange.sh with {@code MD_LATE=1}), {@code z = (κ - κ_MD)/σ} of the
 * converged two-point layer with and without {@code δ}, and MD's mean rate over each window (±
 * as if the two errors were independent; they share samples).
 */
public final class LateRateTable {

    private LateRateTable() {
    }

    /** Columns of a run's observables.csv by name, rows keyed by time. */
    static Map<Double, Map<String, Double>> read(Path run) throws IOException {
        Path csv = run.resolve("perturbations.0.V0=2").resolve("observables.csv");
        Map<Double, Map<String, Double>> rows = new LinkedHashMap<>();
        if (!Files.exists(csv)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            Map<String, Double> row = new LinkedHashMap<>();
            for (int i = 0; i < c.length; i++) {
                row.put(header.get(i), Double.parseDouble(c[i]));
            }
            rows.put(round(row.get("time")), row);
        }
        return rows;
    }

    static double round(double t) {
        return Double.parseDouble(String.format("%.6g", t));
    }

    /** The window ends of the late rates: the MD outputs t = 50^(k/11), k = 8 … 11, and 60 … 100. */
    static final double[] WINDOWS = {17.2034103497127, 24.5508406336369, 35.0362959184022, 50, 60,
        70, 80, 90, 100};

    /** The whole late plateau of MD, t = 10ξ … 20ξ, as one more window. */
    static final double[] PLATEAU = {50, 100};

    static Double column(Map<Double, Map<String, Double>> run, double t, String name) {
        Map<String, Double> row = run.get(round(t));
        return row == null ? null : row.get(name);
    }

    /** z = (κ - κ_MD)/σ_MD, or null where either is missing. */
    static Double z(Double kappa, Map<Double, Map<String, Double>> md, double t) {
        Double d = minus(kappa, kurtosis(md, t));
        return d == null ? null : d / column(md, t, "kurtosis_err");
    }

    static Double kurtosis(Map<Double, Map<String, Double>> run, double t) {
        Map<String, Double> row = run.get(round(t));
        return row == null ? null : row.get("kurtosis");
    }

    static String cell(Double value, String format) {
        return value == null ? " |" : String.format(" " + format + " |", value);
    }

    static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }

    static Double rate(Map<Double, Map<String, Double>> run, double t0, double t1) {
        Double d = minus(kurtosis(run, t1), kurtosis(run, t0));
        return d == null ? null : d / (t1 - t0);
    }

    /** The tables of the full-window mode (see the class comment). */
    static void full(Path dir, Path mdRun) throws IOException {
        Map<Double, Map<String, Double>> md = mdRun == null ? Map.of() : read(mdRun);
        Map<Double, Map<String, Double>> three = read(dir.resolve("three-point"));
        Map<Double, Map<String, Double>> two = read(dir.resolve("two-point"));
        Map<Double, Map<String, Double>> half = read(dir.resolve("two-point-dt05"));
        Map<Double, Map<String, Double>> conv = read(dir.resolve("two-point-converged"));
        Map<String, Map<Double, Map<String, Double>>> windows = new LinkedHashMap<>();
        try (var list = Files.list(dir)) {
            list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("three-point-g"))
                    .sorted().forEach(n -> windows.put(n.substring("three-point-".length()), null));
        }
        for (String w : windows.keySet()) {
            windows.put(w, read(dir.resolve("three-point-" + w)));
        }
        StringBuilder head = new StringBuilder("| t | κ two-point | κ three-point | δ |");
        windows.keySet().forEach(w -> head.append(" δ, g3_points ").append(w.substring(1)).append(" |"));
        System.out.println(head + " two-point, dt/2 - dt | min ρ/max ρ, three-point |"
                + " κ converged two-point | κ converged + δ | κ MD ± σ | z, converged | z, converged + δ |");
        System.out.println("|---|---|---|---|" + "---|".repeat(windows.size()) + "---|---|---|---|---|---|---|");
        for (double t : new TreeSet<>(two.keySet())) {
            Double delta = minus(kurtosis(three, t), kurtosis(two, t));
            Map<String, Double> row3 = three.get(t);
            System.out.println("| " + String.format("%.4g", t) + " |" + cell(kurtosis(two, t), "%.6f")
                    + cell(kurtosis(three, t), "%.6f") + cell(delta, "%.3e")
                    + windows.values().stream().map(w -> cell(minus(kurtosis(w, t), kurtosis(two, t)),
                            "%.3e")).reduce("", String::concat)
                    + cell(minus(kurtosis(half, t), kurtosis(two, t)), "%.1e")
                    + cell(row3 == null ? null : row3.get("negative-density-min"), "%.1e")
                    + cell(kurtosis(conv, t), "%.6f")
                    + cell(sum(conv, delta, t), "%.6f")
                    + (kurtosis(md, t) == null ? " |" : String.format(" %.4f ± %.4f |",
                            kurtosis(md, t), column(md, t, "kurtosis_err")))
                    + cell(z(kurtosis(conv, t), md, t), "%+.1f") + cell(z(sum(conv, delta, t), md, t), "%+.1f"));
        }
        System.out.println();
        System.out.println("| window | dκ/dt two-point | three-point | converged two-point |"
                + " converged + δ | Landau, from the two-point state at its start | MD |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i + 1 < WINDOWS.length + 1; i++) {
            boolean plateau = i + 1 == WINDOWS.length;
            double t0 = plateau ? PLATEAU[0] : WINDOWS[i];
            double t1 = plateau ? PLATEAU[1] : WINDOWS[i + 1];
            Double mdRate = rate(md, t0, t1);
            Double d0 = minus(kurtosis(three, t0), kurtosis(two, t0));
            Double d1 = minus(kurtosis(three, t1), kurtosis(two, t1));
            Double sum = rate(conv, t0, t1) == null || d0 == null || d1 == null ? null
                    : rate(conv, t0, t1) + (d1 - d0) / (t1 - t0);
            System.out.println(String.format("| %.4g … %.4g |", t0, t1) + cell(rate(two, t0, t1), "%.2e")
                    + cell(rate(three, t0, t1), "%.2e") + cell(rate(conv, t0, t1), "%.2e")
                    + cell(sum, "%.2e") + cell(rate(read(dir.resolve("two-point-landau-"
                    + new BigDecimal(String.format("%.4g", t0)).stripTrailingZeros().toPlainString())),
                    t0, t1), "%.2e") + (mdRate == null ? " |" : String.format(" %.2e ± %.1e |", mdRate,
                    Math.hypot(column(md, t0, "kurtosis_err"), column(md, t1, "kurtosis_err")) / (t1 - t0))));
        }
        halfStep(dir, md);
    }

    /**
     * With {@code DIR/three-point-dt05} (the script's {@code DT3=0.5}: the three-point layer at
     * time step 0.5, which stays stable past t = 70 where time step 1 does not; docs/solvers/
     * hierarchy.md, "The stop at t = 16ξ is the time step"): {@code δ} at both steps, each against
     * the two-point layer at its own step, the half step's added to the converged two-point layer
     * with MD's z, and the late rates.
     */
    static void halfStep(Path dir, Map<Double, Map<String, Double>> md) throws IOException {
        Map<Double, Map<String, Double>> three05 = read(dir.resolve("three-point-dt05"));
        if (three05.isEmpty()) {
            return;
        }
        Map<Double, Map<String, Double>> three = read(dir.resolve("three-point"));
        Map<Double, Map<String, Double>> two = read(dir.resolve("two-point"));
        Map<Double, Map<String, Double>> two05 = read(dir.resolve("two-point-dt05"));
        Map<Double, Map<String, Double>> conv = read(dir.resolve("two-point-converged"));
        System.out.println();
        System.out.println("| t | δ, time step 1 | δ, time step 0.5 | difference | min ρ/max ρ, three-point,"
                + " 0.5 | κ converged + δ(0.5) | κ MD ± σ | z, converged + δ(0.5) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (double t : new TreeSet<>(three05.keySet())) {
            Double d1 = minus(kurtosis(three, t), kurtosis(two, t));
            Double d05 = minus(kurtosis(three05, t), kurtosis(two05, t));
            System.out.println("| " + String.format("%.4g", t) + " |" + cell(d1, "%.3e")
                    + cell(d05, "%.3e") + cell(minus(d05, d1), "%.1e")
                    + cell(three05.get(t).get("negative-density-min"), "%.1e")
                    + cell(sum(conv, d05, t), "%.6f") + (kurtosis(md, t) == null ? " |"
                    : String.format(" %.4f ± %.4f |", kurtosis(md, t), column(md, t, "kurtosis_err")))
                    + cell(z(sum(conv, d05, t), md, t), "%+.1f"));
        }
        System.out.println();
        System.out.println("| window | dκ/dt three-point, 0.5 | two-point, 0.5 | converged + δ(0.5) |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i + 1 < WINDOWS.length; i++) {
            double t0 = WINDOWS[i];
            double t1 = WINDOWS[i + 1];
            Double d0 = minus(kurtosis(three05, t0), kurtosis(two05, t0));
            Double d1 = minus(kurtosis(three05, t1), kurtosis(two05, t1));
            Double sum = rate(conv, t0, t1) == null || d0 == null || d1 == null ? null
                    : rate(conv, t0, t1) + (d1 - d0) / (t1 - t0);
            System.out.println(String.format("| %.4g … %.4g |", t0, t1) + cell(rate(three05, t0, t1),
                    "%.2e") + cell(rate(two05, t0, t1), "%.2e") + cell(sum, "%.2e"));
        }
    }

    /** κ of the converged two-point layer plus δ at t, or null. */
    static Double sum(Map<Double, Map<String, Double>> conv, Double delta, double t) {
        return delta == null || kurtosis(conv, t) == null ? null : kurtosis(conv, t) + delta;
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--full")) {
            full(Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
            return;
        }
        Path out = Path.of(args[0]);
        Map<String, Map<Double, Map<String, Double>>> runs = new LinkedHashMap<>();
        runs.put("two-point", read(out.resolve("two-point")));
        runs.put("kubo", read(out.resolve("kubo")));
        runs.put("three-point", read(Path.of(args[1])));
        runs.put("landau", read(out.resolve("landau")));
        for (String conv : new String[] {"three-point-n72", "three-point-g12"}) {
            Map<Double, Map<String, Double>> r = read(out.resolve(conv));
            if (!r.isEmpty()) {
                runs.put(conv, r);
            }
        }
        TreeSet<Double> times = new TreeSet<>();
        runs.values().forEach(r -> times.addAll(r.keySet()));
        StringBuilder head = new StringBuilder("| t |");
        StringBuilder rule = new StringBuilder("|---|");
        runs.put("kubo→landau", read(out.resolve("kubo-landau")));
        runs.put("two-point→landau", read(out.resolve("two-point-landau")));
        for (String name : runs.keySet()) {
            head.append(" κ ").append(name).append(" |");
            rule.append("---|");
        }
        for (String name : runs.keySet()) {
            head.append(" dκ/dt ").append(name).append(" |");
            rule.append("---|");
        }
        System.out.println(head);
        System.out.println(rule);
        Double previous = null;
        for (double t : times) {
            StringBuilder line = new StringBuilder("| " + String.format("%.4g", t) + " |");
            for (Map<Double, Map<String, Double>> r : runs.values()) {
                line.append(r.containsKey(t)
                        ? String.format(" %.5f |", r.get(t).get("kurtosis")) : " |");
            }
            for (Map<Double, Map<String, Double>> r : runs.values()) {
                boolean both = previous != null && r.containsKey(t) && r.containsKey(previous);
                line.append(both ? String.format(" %.3e |", (r.get(t).get("kurtosis")
                        - r.get(previous).get("kurtosis")) / (t - previous)) : " |");
            }
            System.out.println(line);
            previous = t;
        }
        System.out.println();
        System.out.println("Landau's dκ/dt along the landau run, split into cross (67) and"
                + " self (68):");
        System.out.println();
        System.out.println("| run | t | κ | cross | self | total | self/cross |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String name : new String[] {"landau"}) {
            Map<Double, Map<String, Double>> r = read(out.resolve(name));
            List<Double> ts = new ArrayList<>(r.keySet());
            for (double t : ts) {
                Map<String, Double> row = r.get(t);
                Double cross = row.get("dkurtosis-cross");
                if (cross == null || Double.isNaN(cross)) {
                    continue;
                }
                double self = row.get("dkurtosis-self");
                System.out.println(String.format("| %s | %.4g | %.5f | %.3e | %.3e | %.3e | %.3f |",
                        name, t, row.get("kurtosis"), cross, self, row.get("dkurtosis"),
                        self / cross));
            }
        }
    }
}
