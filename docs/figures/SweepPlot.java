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
 * Plots columns of a sweep.csv against its first column (the swept parameter) on log-log axes,
 * for sweeps whose runs have a single output time (e.g. a grid refinement), where the runner's
 * plots against time show nothing. Run as a source file with XChart on the class path:
 * {@code java -cp runner/target/modules/xchart-4.0.3.jar docs/figures/SweepPlot.java
 * sweep.csv OUT.png COLUMN...}.
 */
public final class SweepPlot {

    private SweepPlot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java SweepPlot.java sweep.csv OUT.png COLUMN...");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        XYChart chart = new XYChartBuilder().width(720).height(360).xAxisTitle(header.get(0))
                .yAxisTitle("value").title(Path.of(args[0]).toAbsolutePath().getParent()
                .getFileName().toString()).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (String column : Arrays.copyOfRange(args, 2, args.length)) {
            int c = header.indexOf(column);
            if (c < 0) {
                System.err.println("no column " + column + " in " + header);
                System.exit(1);
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                x.add(Double.parseDouble(cells[0]));
                y.add(Double.parseDouble(cells[c]));
            }
            chart.addSeries(column, x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        }
        BitmapEncoder.saveBitmap(chart, args[1], BitmapEncoder.BitmapFormat.PNG);
    }
}
