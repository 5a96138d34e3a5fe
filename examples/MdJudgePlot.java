import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * The plot of examples/md-judge-shortrange.sh: for ξ = 5, 10 and each V0, the kurtosis of MD
 * (with ± one jackknife error) against the Kubo hierarchy, the hierarchy with the three-point
 * layer and the Landau equation, against t/ξ. Panels whose runs are missing (a reduced run) are
 * left out; a three-point run past the last MD time is cut there.
 * Run as a source file with XChart on the class path:
 * {@code java -cp runner/target/modules/xchart-*.jar examples/MdJudgePlot.java OUT_DIR}.
 */
public final class MdJudgePlot {

    private MdJudgePlot() {
    }

    /** Rows of a sweep.csv with the given swept value: {time, kurtosis, error or 0}. */
    static List<double[]> rows(Path csv, double v0) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int k = header.indexOf("kurtosis");
        int e = header.indexOf("kurtosis_err");
        List<double[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            if (Double.parseDouble(c[0]) == v0) {
                out.add(new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[k]),
                    e < 0 ? 0 : Double.parseDouble(c[e])});
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        System.setProperty("java.awt.headless", "true");
        List<XYChart> charts = new ArrayList<>();
        for (int xi : new int[] {5, 10}) {
            for (double v0 : new double[] {1, 2}) {
                List<double[]> md = rows(dir.resolve("md-xi" + xi).resolve("sweep.csv"), v0);
                if (md.isEmpty()) {
                    continue;
                }
                double tMax = md.get(md.size() - 1)[0];
                XYChart c = new XYChartBuilder().width(480).height(360)
                        .title("ξ = " + xi + ", V0 = " + (int) v0).xAxisTitle("t/ξ")
                        .yAxisTitle("kurtosis").build();
                c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
                c.getStyler().setMarkerSize(4);
                for (String run : new String[] {"md", "kubo", "3pt", "landau"}) {
                    Path csv = run.equals("3pt") ? dir.resolve("3pt-xi" + xi + ".csv")
                            : dir.resolve(run + "-xi" + xi).resolve("sweep.csv");
                    List<double[]> r = rows(csv, v0).stream().filter(x -> x[0] <= tMax).toList();
                    if (r.isEmpty()) {
                        continue;
                    }
                    double[] t = r.stream().mapToDouble(x -> x[0] / xi).toArray();
                    double[] k = r.stream().mapToDouble(x -> x[1]).toArray();
                    double[] err = r.stream().mapToDouble(x -> x[2]).toArray();
                    XYSeries series = run.equals("md") ? c.addSeries("MD", t, k, err)
                            : c.addSeries(run.equals("kubo") ? "Kubo hierarchy"
                                    : run.equals("3pt") ? "three-point layer" : "Landau", t, k);
                    Color color = switch (run) {
                        case "md" -> new Color(40, 80, 220);
                        case "kubo" -> new Color(240, 160, 20);
                        case "3pt" -> new Color(150, 40, 200);
                        default -> new Color(40, 170, 60);
                    };
                    series.setLineColor(color);
                    series.setMarkerColor(color);
                }
                charts.add(c);
            }
        }
        BitmapEncoder.saveBitmap(charts, (charts.size() + 1) / 2, Math.min(2, charts.size()), dir.resolve("md-judge.png").toString(),
                BitmapEncoder.BitmapFormat.PNG);
    }
}
