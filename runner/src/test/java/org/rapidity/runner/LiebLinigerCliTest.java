package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lieb-Liniger examples through the command line, as README.md runs them: laboratory units
 * in and out, the ground state on its own nodes, Bethe strings, and errors with status 2.
 */
class LiebLinigerCliTest {

    @TempDir
    Path tmp;

    static Path example(String name) {
        // tests run in runner/; the examples live at the repository root
        return Path.of("..", "examples", name).toAbsolutePath().normalize();
    }

    JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(tmp.resolve("out/summary.json").toFile());
    }

    Cli tba(String example, String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "tba";
        args[1] = example(example).toString();
        args[2] = "--out";
        args[3] = tmp.resolve("out").toString();
        args[4] = "--no-plots";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return Cli.run(args);
    }

    @Test
    void thermalExampleReportsInBothUnitSystems() throws IOException {
        Cli c = tba("liebliniger-thermal.json");
        assertEquals(0, c.status(), c.err());
        JsonNode s = summary();
        assertEquals(3.0, s.at("/densities/particle").asDouble(), 1e-10);
        assertEquals(3.0, s.at("/laboratory/densities/particle_per_um").asDouble(), 1e-10);
        assertEquals(38.0255, s.at("/laboratory/units/energy_unit_Hz").asDouble(), 1e-4);
        assertEquals(3.4, s.at("/laboratory/model/c_tilde_per_um").asDouble(), 1e-15);
        double perParticleHz = s.at("/laboratory/per_particle/energy_Hz").asDouble();
        assertEquals(s.at("/densities/energy").asDouble() / 3 * 38.0255, perParticleHz,
                1e-5 * perParticleHz);
        double g2 = s.at("/observables/g2").asDouble();
        assertTrue(g2 > 0 && g2 < 1, "repulsive gas: 0 < g2 < 1, got " + g2);
        assertTrue(c.out().contains("laboratory units: 133Cs"), c.out());
    }

    @Test
    void groundStateExampleGivesTheLiebEnergy() throws IOException {
        Cli c = tba("liebliniger-ground-state.json");
        assertEquals(0, c.status(), c.err());
        JsonNode s = summary();
        // e(γ = 1) from the Bethe equations of N bosons, extrapolated (GroundStateTest)
        assertEquals(0.6391512852720, s.at("/densities/energy").asDouble(), 1e-12);
        assertEquals(-s.at("/grid/max").asDouble(), s.at("/grid/min").asDouble(), 0);
        assertEquals(40, s.at("/grid/modes").asInt());
        assertFalse(s.has("laboratory"), "no atom, no laboratory section");
    }

    @Test
    void stringsExampleAccountsForEveryAtom() throws IOException {
        // the example as written takes a few seconds; a smaller version of it here
        Cli c = tba("liebliniger-strings.json", "--set", "model.strings=6", "--set",
                "grid.points=80", "--set", "grid.tolerance=1e-3");
        assertEquals(0, c.status(), c.err());
        JsonNode o = summary().at("/observables");
        double sum = 0;
        for (String k : List.of("nP_1", "nP_2", "nP_3", "nP_4", "nP_longer")) {
            sum += o.get(k).asDouble();
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(o.get("binding-energy-per-atom").asDouble() > 0);
        assertEquals(6, summary().at("/model/species").asInt());
    }

    @Test
    void deprecatedUnitPairsStillWorkWithAWarning() throws IOException {
        Cli c = tba("liebliniger-thermal.json", "--set", "model={\"name\":\"liebliniger\","
                + "\"atom\":\"133Cs\",\"c_tilde\":3.4}", "--set", "state={\"name\":"
                + "\"yang-yang\",\"temperature_nK\":20,\"density_per_um\":3}");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().contains("warning: model.c_tilde is deprecated; write \"c\":"
                + " \"3.4 1/um\"") && c.err().contains("warning: state.temperature_nK is"
                + " deprecated; write \"temperature\": \"20 nK\""), c.err());
        double alias = summary().at("/densities/energy").asDouble();
        Cli unit = tba("liebliniger-thermal.json");
        assertEquals(0, unit.status(), unit.err());
        assertFalse(unit.err().contains("deprecated"), unit.err());
        assertEquals(alias, summary().at("/densities/energy").asDouble(), 0);
    }

    @Test
    void inconsistentUnitsAreRefusedNamingTheField() {
        Cli c = tba("liebliniger-thermal.json", "--set", "model.atom=87Rb");
        assertEquals(Main.INVALID_INPUT, c.status());
        assertTrue(c.err().startsWith("error: model.atom: unknown value '87Rb'; allowed: 133Cs,"
                + " 162Dy"), c.err());
        Cli d = tba("liebliniger-ground-state.json", "--set", "state.density_per_um=2");
        assertEquals(Main.INVALID_INPUT, d.status());
        assertTrue(d.err().startsWith("error: state.density_per_um: conflicting: give exactly"
                + " one of density, density_per_um"), d.err());
        assertFalse(d.err().contains("\tat "), d.err());
    }
}
