package org.rapidity.runner.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG line plots (XChart, headless). */
public final class Plots {

    /** One curve, or with {@code points} a set of markers without a line (data points). */
    public record Series(String name, double[] x, double[] y, boolean points) {

        /** A curve. */
        public Series(String name, double[] x, double[] y) {
            this(name, x, y, false);
        }
    }

    /** One chart of a figure. */
    public record Panel(String title, String xLabel, String yLabel, List<Series> series) {

        /** Tick format of the y axis: plain decimals, or scientific for very large or small data. */
        String yPattern() {
            double max = 0;
            for (Series s : series) {
                for (double y : s.y()) {
                    if (Double.isFinite(y)) {
                        max = Math.max(max, Math.abs(y));
                    }
                }
            }
            return max == 0 || (max >= 1e-3 && max < 1e5) ? "0.####" : "0.##E0";
        }
    }

    private Plots() {
    }

    /**
     * Draws panels side by side (up to three per row) into one PNG.
     *
     * @throws IOException if the file cannot be written
     */
    public static void save(Path png, List<Panel> panels) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<XYChart> charts = new ArrayList<>();
        for (Panel p : panels) {
            XYChart c = new XYChartBuilder().width(480).height(360).title(p.title())
                    .xAxisTitle(p.xLabel()).yAxisTitle(p.yLabel()).build();
            c.getStyler().setLegendVisible(p.series().size() > 1);
            c.getStyler().setMarkerSize(p.series().stream().anyMatch(Series::points) ? 9 : 0);
            c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            c.getStyler().setXAxisDecimalPattern("0.##");
            c.getStyler().setYAxisDecimalPattern(p.yPattern());
            double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
                -Double.MAX_VALUE};
            for (Series s : p.series()) {
                XYSeries xy = c.addSeries(s.name(), s.x(), s.y());
                xy.setMarker(s.points() ? SeriesMarkers.DIAMOND : SeriesMarkers.NONE);
                if (s.points()) {
                    xy.setLineStyle(SeriesLines.NONE);
                }
                for (int i = 0; i < s.x().length; i++) {
                    if (Double.isFinite(s.y()[i])) {
                        box[0] = Math.min(box[0], s.x()[i]);
                        box[1] = Math.max(box[1], s.x()[i]);
                        box[2] = Math.min(box[2], s.y()[i]);
                        box[3] = Math.max(box[3], s.y()[i]);
                    }
                }
            }
            // XChart puts ticks at the data values when they are equally spaced (a uniform grid,
            // a linear v^eff), which crowds the axes; an invisible series on a slightly larger
            // box breaks the equal spacing and restores round tick values.
            if (box[0] < box[1]) {
                double dx = 0.02 * (box[1] - box[0]);
                double dy = 0.02 * Math.max(box[3] - box[2], Math.abs(box[3]) + 1e-300);
                XYSeries frame = c.addSeries(" ", new double[] {box[0] - dx, box[1] + dx},
                        new double[] {box[2] - dy, box[3] + dy});
                frame.setMarker(SeriesMarkers.NONE);
                frame.setLineStyle(SeriesLines.NONE);
                frame.setShowInLegend(false);
            }
            charts.add(c);
        }
        int cols = Math.min(3, charts.size());
        int rows = (charts.size() + cols - 1) / cols;
        while (charts.size() < rows * cols) {
            // the encoder fills every cell of the grid: pad with blank charts
            XYChart blank = new XYChartBuilder().width(480).height(360).build();
            blank.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            blank.getStyler().setAxisTicksVisible(false);
            blank.getStyler().setPlotBorderVisible(false);
            blank.getStyler().setPlotGridLinesVisible(false);
            blank.getStyler().setLegendVisible(false);
            charts.add(blank);
        }
        String file = png.toString();
        String base = file.endsWith(".png") ? file.substring(0, file.length() - 4) : file;
        BitmapEncoder.saveBitmap(charts, rows, cols, base, BitmapEncoder.BitmapFormat.PNG);
    }
}
