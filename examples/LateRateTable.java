import java.io.IOException;
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

    public static void main(String[] args) throws IOException {
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
