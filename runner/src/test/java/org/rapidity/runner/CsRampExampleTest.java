package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/cs-ramp-single-tube.json (GHD of a trapped Lieb-Liniger gas while the coupling is
 * ramped through c = 0 into the attractive regime with Bethe strings) reduced to 40 positions,
 * 36 rapidities, 12 string species and 6 outputs. The atom number must be conserved within 5 %
 * at every output on this coarse grid (across the crossing included), the ramp must reach
 * c̃ = -2, strings must form (fraction of atoms in unbound particles nP_1 below 0.6 at the end),
 * and the phase-space heat maps before and after the crossing must be written.
 */
@Tag("example")
class CsRampExampleTest {

    @TempDir
    Path out;

    @Test
    void rampThroughZeroConservesAtomsAndFormsStrings() throws IOException {
        Example.run("cs-ramp-single-tube.json", out, List.of("solver.x_points=40",
                "grid.points=36", "model.strings=12", "times.outputs=6"));
        Example.assertNonEmpty(out.resolve("observables-vs-coupling.png"));
        Example.assertNonEmpty(out.resolve("fields/phase-space-density-1-0000.png"));
        Example.assertNonEmpty(out.resolve("fields/phase-space-density-3-0006.png"));
        CsvTable obs = CsvTable.read(out.resolve("observables.csv"));
        double[] atoms = obs.column("atom-number");
        double[] c = obs.column("coupling");
        for (int i = 0; i < atoms.length; i++) {
            double d = (atoms[i] - atoms[0]) / atoms[0];
            assertTrue(Math.abs(d) <= 0.05, "atoms not conserved at c = " + c[i] + ": "
                    + atoms[i] + " (" + atoms[0] + " at the start)");
        }
        assertTrue(CsvTable.last(c) < -1.9, "the ramp did not reach c = -2: " + CsvTable.last(c));
        double unbound = CsvTable.last(obs.column("nP_1"));
        assertTrue(unbound < 0.6, "no Bethe strings formed: nP_1 = " + unbound);
    }
}
