package org.rapidity.runner.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;

/**
 * The figure step on a hand-written {@code observables.csv} of a ramp through c = 0 whose
 * outputs inside the crossing gap repeat its edges: those rows are left out, nothing is
 * interpolated across c = 0, a quoted point inside the gap is compared at the gap's edge, a
 * linear column is interpolated exactly, ratios and per-atom columns; bad input names the
 * {@code figure} field.
 */
class FigureStepTest {

    @TempDir
    Path tmp;

    private Descriptor descriptor(String figure) throws IOException {
        Path file = tmp.resolve("d.json");
        Files.writeString(file, "{\"model\": {\"name\": \"liebliniger\"}, \"state\": {\"name\":"
                + " \"yang-yang\"}, \"figure\": " + figure + "}");
        return DescriptorReader.read(file, List.of());
    }

    @Test
    void interpolatesWithinASideOfZeroOnly() {
        double[] x = {3, 2, 1, -1, -2};
        double[] y = {30, 20, 10, -10, -20};
        assertEquals(25, FigureStep.interpolate(x, y, 2.5), 1e-12);
        assertEquals(-15, FigureStep.interpolate(x, y, -1.5), 1e-12);
        assertTrue(Double.isNaN(FigureStep.interpolate(x, y, 0.2)), "across c = 0");
        assertTrue(Double.isNaN(FigureStep.interpolate(x, y, 4)), "outside");
        assertEquals(-10, FigureStep.interpolate(x, y, -1.00001), 0, "rounded output times");
        assertEquals(1, FigureStep.nearestSameSide(x, 0.2), 0);
        assertEquals(-1, FigureStep.nearestSameSide(x, -0.5), 0);
    }

    @Test
    void writesTheFigureWithoutTheGapRowsAndComparesTheQuotedNumbers() throws IOException {
        // E = 10 c~ + 5 on both sides, N = 2; rows 4-5 and 6-7 are inside the gap (edges +-1)
        // "fitted" = energy + 1 (a second column compared beside it)
        Files.writeString(tmp.resolve("observables.csv"), String.join("\n",
                "time,c_tilde_per_um,atom-number,energy,fitted",
                "0,3,2,35,36", "1,2,2,25,26", "2,1,2,15,16", "3,1,2,99,100", "4,-1,2,-77,-76",
                "5,-1,2,-5,-4", "6,-2,2,-15,-14", "7,-3,2,-25,-24") + "\n");
        Files.writeString(tmp.resolve("quoted.csv"), String.join("\n",
                "# a comment",
                "c_tilde_per_um,column,value,series,source",
                "2.5,energy,30,,text, with a comma",
                "0.1,energy,6,,inside the gap",
                ",ratio,4,,a ratio without abscissa") + "\n");
        FigureSpec f = FigureSpec.of(descriptor("{\"x\": \"c_tilde_per_um\", \"quoted\":"
                + " \"quoted.csv\", \"panels\": [{\"columns\": [\"energy\", \"fitted\"]},"
                + " {\"columns\": [\"energy\"], \"per_atom\": true}], \"ratios\": [{\"name\":"
                + " \"ratio\", \"column\": \"energy\", \"at\": -2.5, \"over\": 2.5}],"
                + " \"compare_also\": {\"energy\": \"fitted\"}}")).orElseThrow();
        FigureStep.write(f, tmp, false, new PrintStream(PrintStream.nullOutputStream()));
        List<String> csv = Files.readAllLines(tmp.resolve("figure.csv"));
        assertEquals("series,c_tilde_per_um,energy,fitted,energy/N", csv.get(0));
        assertEquals(List.of(",3,35,36,17.5", ",2,25,26,12.5", ",-2,-15,-14,-7.5",
                ",-3,-25,-24,-12.5"),
                csv.subList(1, csv.size()), "the gap's rows are left out");
        List<String> q = Files.readAllLines(tmp.resolve("quoted-vs-rapidity.csv"));
        assertTrue(q.get(0).endsWith("relative,also_column,also_rapidity,also_relative,source"),
                q.get(0));
        assertEquals("2.5,energy,,2.5,30,30,0,0,fitted,31,0.03333333333333333,text, with a"
                + " comma", q.get(1), "the compare_also column beside it");
        assertTrue(q.get(2).startsWith("0.1,energy,,2,6,25,19,"), "at the last output before"
                + " the gap: " + q.get(2));
        assertTrue(q.get(2).contains(",fitted,26,"), "the second column at the same edge: "
                + q.get(2));
        assertTrue(q.get(3).startsWith(",ratio,,,4,-0.6666666666666666,"), q.get(3));
        assertTrue(q.get(3).contains(",,,,a ratio"), "no second column for it: " + q.get(3));
    }

    @Test
    void badInputNamesTheFigureField() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FigureSpec.of(
                descriptor("{\"x\": \"c\", \"panels\": [{\"colums\": [\"a\"]}]}")));
        assertEquals("figure.panels.0.colums", e.field());
        e = assertThrows(InvalidInputException.class, () -> FigureSpec.of(descriptor(
                "{\"x\": \"c\"}")));
        assertEquals("figure.panels", e.field());
        Files.writeString(tmp.resolve("q.csv"), "x,column,value\n");
        e = assertThrows(InvalidInputException.class, () -> QuotedPoints.read(tmp.resolve(
                "q.csv"), "c_tilde_per_um"));
        assertEquals("figure.quoted", e.field());
        Files.writeString(tmp.resolve("observables.csv"), "time,c\n0,1\n");
        FigureSpec f = FigureSpec.of(descriptor("{\"x\": \"c\", \"panels\": [{\"columns\":"
                + " [\"missing\"]}]}")).orElseThrow();
        e = assertThrows(InvalidInputException.class, () -> FigureStep.write(f, tmp, false,
                new PrintStream(PrintStream.nullOutputStream())));
        assertEquals("figure.panels.0.columns", e.field());
        assertTrue(e.getMessage().contains("time, c"), e.getMessage());
        FigureSpec g = FigureSpec.of(descriptor("{\"x\": \"c\", \"panels\": [{\"columns\":"
                + " [\"c\"]}], \"compare_also\": {\"c\": \"nowhere\"}}")).orElseThrow();
        e = assertThrows(InvalidInputException.class, () -> FigureStep.write(g, tmp, false,
                new PrintStream(PrintStream.nullOutputStream())));
        assertEquals("figure.compare_also.c", e.field());
        e = assertThrows(InvalidInputException.class, () -> FigureSpec.of(descriptor(
                "{\"x\": \"c\", \"panels\": [{\"columns\": [\"c\"]}], \"compare_also\": 3}")));
        assertEquals("figure.compare_also", e.field());
    }
}
