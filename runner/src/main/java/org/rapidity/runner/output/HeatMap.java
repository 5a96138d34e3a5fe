package org.rapidity.runner.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * PNG heat maps of a field {@code values[i][j]} on a grid {@code x_i × y_j} (java.awt, headless):
 * a colour scale from the field's minimum to its maximum, round axis ticks and a colour bar.
 * XChart's heat map labels every grid value as a category, which a 100 × 50 grid cannot carry.
 */
public final class HeatMap {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 110;
    private static final int TOP = 40;
    private static final int BOTTOM = 55;
    /** A perceptually ordered scale (viridis sampled at five points). */
    private static final Color[] SCALE = {new Color(68, 1, 84), new Color(59, 82, 139),
        new Color(33, 145, 140), new Color(94, 201, 98), new Color(253, 231, 37)};

    private HeatMap() {
    }

    /** Draws several heat maps side by side (up to three per row) into one PNG. */
    public static void save(Path png, List<Panel> panels) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int cols = Math.min(3, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        BufferedImage img = new BufferedImage(cols * WIDTH, rows * HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int p = 0; p < panels.size(); p++) {
            Graphics2D sub = (Graphics2D) g.create((p % cols) * WIDTH, (p / cols) * HEIGHT,
                    WIDTH, HEIGHT);
            draw(sub, panels.get(p));
            sub.dispose();
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    /** One heat map. */
    public record Panel(String title, String xLabel, double[] x, String yLabel, double[] y,
            String valueLabel, double[][] values) {
    }

    private static void draw(Graphics2D g, Panel p) {
        int w = WIDTH - LEFT - RIGHT;
        int h = HEIGHT - TOP - BOTTOM;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : p.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > min)) {
            max = min + 1;
        }
        double x0 = edge(p.x(), true);
        double x1 = edge(p.x(), false);
        double y0 = edge(p.y(), true);
        double y1 = edge(p.y(), false);
        int nx = p.x().length;
        int ny = p.y().length;
        // cells: each node owns the interval between the midpoints to its neighbours
        for (int i = 0; i < nx; i++) {
            double xa = i == 0 ? x0 : 0.5 * (p.x()[i - 1] + p.x()[i]);
            double xb = i == nx - 1 ? x1 : 0.5 * (p.x()[i] + p.x()[i + 1]);
            int pa = LEFT + (int) Math.floor((xa - x0) / (x1 - x0) * w);
            int pb = LEFT + (int) Math.ceil((xb - x0) / (x1 - x0) * w);
            for (int j = 0; j < ny; j++) {
                double ya = j == 0 ? y0 : 0.5 * (p.y()[j - 1] + p.y()[j]);
                double yb = j == ny - 1 ? y1 : 0.5 * (p.y()[j] + p.y()[j + 1]);
                int qa = TOP + h - (int) Math.ceil((yb - y0) / (y1 - y0) * h);
                int qb = TOP + h - (int) Math.floor((ya - y0) / (y1 - y0) * h);
                double v = p.values()[i][j];
                g.setColor(Double.isFinite(v) ? colour((v - min) / (max - min)) : Color.GRAY);
                g.fillRect(pa, qa, Math.max(1, pb - pa), Math.max(1, qb - qa));
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, TOP, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (double t : ticks(x0, x1)) {
            int px = LEFT + (int) Math.round((t - x0) / (x1 - x0) * w);
            g.drawLine(px, TOP + h, px, TOP + h + 4);
            String s = label(t);
            g.drawString(s, px - fm.stringWidth(s) / 2, TOP + h + 17);
        }
        for (double t : ticks(y0, y1)) {
            int py = TOP + h - (int) Math.round((t - y0) / (y1 - y0) * h);
            g.drawLine(LEFT - 4, py, LEFT, py);
            String s = label(t);
            g.drawString(s, LEFT - 7 - fm.stringWidth(s), py + 4);
        }
        g.drawString(p.xLabel(), LEFT + w / 2 - fm.stringWidth(p.xLabel()) / 2, HEIGHT - 15);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(p.yLabel(), -(TOP + h / 2) - fm.stringWidth(p.yLabel()) / 2, 18);
        r.dispose();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(p.title(), LEFT + w / 2 - g.getFontMetrics().stringWidth(p.title()) / 2,
                TOP - 14);
        // colour bar
        int bx = LEFT + w + 20;
        for (int q = 0; q < h; q++) {
            g.setColor(colour(1 - q / (double) (h - 1)));
            g.fillRect(bx, TOP + q, 18, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(bx, TOP, 18, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double t : ticks(min, max)) {
            int py = TOP + h - (int) Math.round((t - min) / (max - min) * h);
            g.drawLine(bx + 18, py, bx + 22, py);
            g.drawString(label(t), bx + 25, py + 4);
        }
        g.drawString(p.valueLabel(), bx, TOP - 6);
    }

    private static double edge(double[] v, boolean low) {
        if (v.length == 1) {
            return low ? v[0] - 0.5 : v[0] + 0.5;
        }
        return low ? v[0] - 0.5 * (v[1] - v[0])
                : v[v.length - 1] + 0.5 * (v[v.length - 1] - v[v.length - 2]);
    }

    /** Colour of a fraction {@code 0 … 1} of the scale. */
    static Color colour(double f) {
        double s = Math.max(0, Math.min(1, f)) * (SCALE.length - 1);
        int k = Math.min(SCALE.length - 2, (int) Math.floor(s));
        double t = s - k;
        Color a = SCALE[k];
        Color b = SCALE[k + 1];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** Round tick values in {@code [lo, hi]} (about five). */
    static List<Double> ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 * step; t += step) {
            out.add(Math.abs(t) < 1e-12 * step ? 0 : t);
        }
        return out;
    }

    private static String label(double t) {
        double a = Math.abs(t);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.1e", t);
        }
        String s = String.format(Locale.ROOT, "%.4f", t);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
