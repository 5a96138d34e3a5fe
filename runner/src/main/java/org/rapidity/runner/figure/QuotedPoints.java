package org.rapidity.runner.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;

/**
 * A figure's quoted points: numbers a paper states, one a line of a small CSV,
 * <pre>
 *   # where in the paper the numbers come from (comment lines start with #)
 *   c_tilde_per_um,column,value,series,source
 *   2.58,momentum-fwhm,6.0,15 nK,main text (Fig. 3a): FWHM 6.0(1) at the ramp's start
 * </pre>
 * The first header cell is the figure's {@code x}; {@code column} the figure column the value is
 * drawn beside; {@code series} the figure series it belongs to (empty: every series);
 * {@code source} (the rest of the line, commas allowed) where the number is stated. An empty
 * x is a number stated without an abscissa (the paper's {@code n* = 6}, a ratio): not drawn,
 * compared with the figure ratio of that name, or else with the column's largest value.
 */
final class QuotedPoints {

    /** One quoted number. */
    record Point(double x, String column, double value, String series, String source) {
    }

    private QuotedPoints() {
    }

    /**
     * Reads the points of {@code file}.
     *
     * @throws InvalidInputException naming {@code figure.quoted} for a missing file, a header
     *     other than {@code <x>,column,value,series,source} or a malformed line
     */
    static List<Point> read(Path file, String x) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidInputException("figure.quoted", "cannot read " + file + ": "
                    + e.getMessage());
        }
        List<Point> out = new ArrayList<>();
        String expected = x + ",column,value,series,source";
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(expected)) {
                    throw new InvalidInputException("figure.quoted", file + " line " + (i + 1)
                            + ": expected the header '" + expected + "', got '" + line + "'");
                }
                header = true;
                continue;
            }
            String[] cells = line.split(",", 5);
            if (cells.length < 5) {
                throw new InvalidInputException("figure.quoted", file + " line " + (i + 1)
                        + ": expected " + expected + ", got '" + line + "'");
            }
            try {
                String x0 = cells[0].strip();
                out.add(new Point(x0.isEmpty() ? Double.NaN : Double.parseDouble(x0),
                        cells[1].strip(),
                        Double.parseDouble(cells[2].strip()), cells[3].strip(),
                        cells[4].strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("figure.quoted", file + " line " + (i + 1)
                        + ": x (or empty) and value must be numbers, got '" + line + "'");
            }
        }
        if (!header) {
            throw new InvalidInputException("figure.quoted", file + " has no header '"
                    + expected + "'");
        }
        return out;
    }
}
