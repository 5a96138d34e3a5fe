package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descriptor's {@code ensemble} section refuses bad input before anything runs, naming the
 * field: an unknown ensemble or data set, bins below one or beyond the populated tubes, a solver
 * without density profiles, an ensemble with a sweep, and observables without the atom number or
 * the profile that the tube sum needs.
 */
class EnsembleCliTest {

    @TempDir
    Path tmp;

    private Cli run(String... sets) {
        List<String> args = new ArrayList<>(List.of("run", Example.descriptor(
                "cs-ensemble-ramp.json").toString(), "--out", tmp.resolve("out").toString(),
                "--fresh", "--no-plots"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    private void refused(String field, String words, String... sets) {
        Cli c = run(sets);
        assertEquals(2, c.status(), c.out() + c.err());
        assertTrue(c.err().contains("error: " + field + ": ") && c.err().contains(words),
                c.err());
        assertTrue(!Files.exists(tmp.resolve("out").resolve("member-01")), "nothing ran");
    }

    @Test
    void badEnsemblesAreRefusedNamingTheField() {
        refused("ensemble.name", "available: tube-lattice", "ensemble.name=tubes");
        refused("ensemble.data_set", "allowed: fig2, fig3-15nK", "ensemble.data_set=fig5");
        refused("ensemble.bins", "must be >= 1", "ensemble.bins=0");
        refused("ensemble.bins", "5281 populated tubes", "ensemble.bins=6000");
        refused("solver.name", "solvers that can be ensemble members: ghd",
                "solver={\"name\":\"relaxation-time\",\"tau\":10}", "drives=[]");
        refused("ensemble", "cannot also have a sweep",
                "sweep={\"parameter\":\"model.c\",\"values\":[1,2]}");
        refused("observables", "add \"density-profile\"", "observables=[\"trap-totals\"]");
    }

    @Test
    void aDescriptorThatDisagreesWithItsDataSetIsWarnedAbout() {
        // fig2: T_1D = 7 nK, final trap 29.3 Hz; the descriptor says 20 nK and 27.6 Hz
        Cli w = run("ensemble.data_set=fig2", "solver.x_points=0"); // stops before running
        assertEquals(2, w.status(), w.err());
        assertTrue(w.err().contains("warning: state.temperature: 20 nK, but the ensemble's"
                + " data set has T_1D = 7 nK") && w.err().contains("warning: drives.0.frequency:"
                + " 27.6 Hz, but the ensemble's data set has a final trap of 29.3 Hz"), w.err());
        // the same with the deprecated alias, which is warned about itself
        Cli alias = run("ensemble.data_set=fig2", "solver.x_points=0", "state={\"name\":"
                + "\"yang-yang\",\"temperature_nK\":20,\"density_per_um\":1}");
        assertTrue(alias.err().contains("warning: state.temperature_nK: 20 nK, but the"
                + " ensemble's data set has T_1D = 7 nK"), alias.err());
    }
}
