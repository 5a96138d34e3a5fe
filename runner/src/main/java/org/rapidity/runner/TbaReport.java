package org.rapidity.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.Json;
import org.rapidity.runner.output.Plots;
import org.rapidity.runner.wiring.Observables;

/**
 * The {@code tba} job: the TBA quantities of the descriptor's state, written as {@code tba.csv}
 * (one row per species and rapidity node), {@code summary.json} (densities, observables, grid,
 * model and parameters), {@code run.json} (the resolved descriptor and versions) and
 * {@code tba.png} (ρ, n and v^eff against θ). Quantities are in the model's units
 * ({@link IntegrableModel#units()}); a model that knows its laboratory units
 * ({@link IntegrableModel#laboratoryUnits()}) also gets a separate section {@code laboratory}
 * in {@code summary.json} and two lines on the console.
 */
public final class TbaReport {

    private final Descriptor descriptor;
    private final IntegrableModel model;
    private final ModeSpace space;
    private final TbaState state;
    private final Observables observables;

    @Inject
    TbaReport(Descriptor descriptor, IntegrableModel model, TbaState state,
            Observables observables) {
        this.descriptor = descriptor;
        this.model = model;
        // the state's own modes: equal to the descriptor grid's, except for states that place
        // their own nodes (InitialStateProvider.placesOwnNodes, e.g. a Fermi sea on [-q, q])
        this.space = state.space();
        this.state = state;
        this.observables = observables;
    }

    /** The state. */
    public TbaState state() {
        return state;
    }

    /** The summary written to {@code summary.json}. */
    public ObjectNode summary() {
        ObjectNode root = Json.object();
        ObjectNode m = root.putObject("model");
        m.put("name", model.name());
        m.put("units", model.units());
        m.put("species", model.speciesCount());
        putParameters(m.putObject("parameters"), model.parameters());
        ObjectNode st = root.putObject("state");
        st.put("name", descriptor.state().name());
        ObjectNode sp = st.putObject("parameters");
        descriptor.state().parameters().forEach((k, v) -> sp.putPOJO(k, v));
        ObjectNode g = root.putObject("grid");
        QuadratureGrid grid = space.grid(0);
        g.put("quadrature", grid.rule().label());
        g.put("min", grid.min());
        g.put("max", grid.max());
        g.put("points_per_species", grid.size());
        g.put("modes", space.size());
        ObjectNode d = root.putObject("densities");
        // a density is reported under the charge's own name where the model names it otherwise
        // (a spin chain's magnon number), and not at all for a lattice momentum (mod 2π)
        if (model.chargeName(0).equals("particle-number")) {
            Json.putNumber(d, "particle", state.particleDensity());
        } else {
            Json.putNumber(d, model.chargeName(0), state.chargeDensity(0));
        }
        Json.putNumber(d, "quasiparticle", state.quasiparticleDensity());
        if (model.traits().contains(ModelTrait.CONTINUUM_MOMENTUM)) {
            Json.putNumber(d, "momentum", state.momentumDensity());
        }
        Json.putNumber(d, "energy", state.energyDensity());
        Json.putNumber(d, "entropy", state.entropyDensity());
        ObjectNode o = root.putObject("observables");
        Snapshot snap = Snapshot.of(0.0, state);
        List<String> skipped = new ArrayList<>();
        for (Observable obs : observables.list()) {
            if (!obs.views().contains(TbaState.class)) {
                // e.g. an observable of an inhomogeneous profile, for a run's solver
                skipped.add(obs.name() + " (needs " + obs.requires().getSimpleName()
                        + ": run the descriptor)");
                continue;
            }
            double[] values = obs.evaluate(snap);
            List<String> cols = obs.columns();
            for (int i = 0; i < cols.size(); i++) {
                Json.putNumber(o, cols.get(i), values[i]);
            }
        }
        if (!skipped.isEmpty()) {
            skipped.forEach(root.putArray("skipped_observables")::add);
        }
        model.laboratoryUnits().ifPresent(u -> root.set("laboratory", laboratory(u)));
        return root;
    }

    // ------------------------------------------------------------------ laboratory units

    /**
     * The section {@code laboratory} of {@code summary.json}, for models that know their
     * laboratory units ({@link LaboratoryUnits}): the unit scales, the model's parameters in
     * laboratory units, and the state's densities per μm and per particle with energies as
     * {@code E/h} in Hz and {@code E/k_B} in nK. Everything else in the summary stays in the
     * model's units.
     */
    private ObjectNode laboratory(LaboratoryUnits u) {
        ObjectNode lab = Json.object();
        ObjectNode units = lab.putObject("units");
        units.put("system", u.description());
        units.put("length_unit_m", u.lengthUnit());
        units.put("energy_unit_J", u.energyUnit());
        units.put("energy_unit_Hz", u.energyUnit() / LaboratoryUnits.PLANCK);
        units.put("energy_unit_nK", u.energyUnit() / LaboratoryUnits.BOLTZMANN * 1e9);
        units.put("time_unit_ms", u.timeUnit() * 1e3);
        ObjectNode params = lab.putObject("model");
        u.parameters().forEach((k, v) -> Json.putNumber(params, k, v));
        double perMicrometre = 1e-6 / u.lengthUnit();
        double hertz = u.energyUnit() / LaboratoryUnits.PLANCK;
        double nanoKelvin = u.energyUnit() / LaboratoryUnits.BOLTZMANN * 1e9;
        double n = state.particleDensity();
        double e = state.energyDensity();
        double entropy = state.entropyDensity();
        ObjectNode d = lab.putObject("densities");
        Json.putNumber(d, "particle_per_um", n * perMicrometre);
        Json.putNumber(d, "energy_Hz_per_um", e * hertz * perMicrometre);
        Json.putNumber(d, "entropy_kB_per_um", entropy * perMicrometre);
        ObjectNode pp = lab.putObject("per_particle");
        Json.putNumber(pp, "energy_Hz", e / n * hertz);
        Json.putNumber(pp, "energy_nK", e / n * nanoKelvin);
        Json.putNumber(pp, "entropy_kB", entropy / n);
        return lab;
    }

    private static void putParameters(ObjectNode node, Parameters p) {
        for (Map.Entry<String, Object> e : p.asMap().entrySet()) {
            node.putPOJO(e.getKey(), e.getValue());
        }
    }

    /**
     * Writes the outputs into {@code dir} and prints a short summary.
     *
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir, boolean plots, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        double[] rho = state.density();
        double[] n = state.filling();
        double[] rt = state.totalDensity();
        double[] v = state.effectiveVelocity();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < space.size(); i++) {
            rows.add(List.of(Integer.toString(space.species(i) + 1), Csv.number(space.theta(i)),
                    Csv.number(space.weight(i)), Csv.number(rho[i]), Csv.number(n[i]),
                    Csv.number(rt[i]), Csv.number(v[i])));
        }
        Csv.write(dir.resolve("tba.csv"), List.of("species", "theta", "weight", "rho",
                "filling", "rho_total", "v_eff"), rows);
        ObjectNode summary = summary();
        Json.write(dir.resolve("summary.json"), summary);
        ObjectNode run = Json.object();
        run.put("rapidity", Version.get());
        run.put("java", System.getProperty("java.version"));
        run.put("created", Instant.now().toString());
        run.put("command", "tba");
        run.set("descriptor", descriptor.resolved());
        Json.write(dir.resolve("run.json"), run);
        if (plots) {
            plot(dir.resolve("tba.png"), rho, n, v);
        }
        QuadratureGrid g = space.grid(0);
        out.printf(Locale.ROOT, "%s, state %s, %s grid on [%s, %s] x %d (%d modes)%n",
                model.name(), descriptor.state().name(), g.rule().label(),
                Parameters.format(g.min()), Parameters.format(g.max()), g.size(), space.size());
        summary.get("observables").fields().forEachRemaining(e -> out.printf(Locale.ROOT,
                "  %-18s %s%n", e.getKey(), e.getValue().isNull() ? "undefined"
                        : String.format(Locale.ROOT, "%.12g", e.getValue().asDouble())));
        model.laboratoryUnits().ifPresent(u -> {
            JsonNode lab = summary.get("laboratory");
            out.printf(Locale.ROOT, "laboratory units: %s; energy unit h × %.6g Hz = k_B × %.6g"
                    + " nK, time unit %.6g ms%n", u.description(),
                    lab.at("/units/energy_unit_Hz").asDouble(),
                    lab.at("/units/energy_unit_nK").asDouble(),
                    lab.at("/units/time_unit_ms").asDouble());
            out.printf(Locale.ROOT, "  density %.6g per μm, energy per particle h × %.6g Hz ="
                    + " k_B × %.6g nK, entropy per particle %.6g k_B%n",
                    lab.at("/densities/particle_per_um").asDouble(),
                    lab.at("/per_particle/energy_Hz").asDouble(),
                    lab.at("/per_particle/energy_nK").asDouble(),
                    lab.at("/per_particle/entropy_kB").asDouble());
        });
        out.println("wrote " + dir.resolve("tba.csv") + ", summary.json, run.json"
                + (plots ? ", tba.png" : ""));
    }

    /**
     * Writes {@code matrices.csv}: the operator matrices of the susceptibility {@code C}
     * (eq. (43)), the flux Jacobian {@code A} (eq. (40)) and the diffusion matrix {@code 𝔇}
     * (normalisation of {@code ∂_tρ + ∂_x(v^eff ρ) = ½∂_x(𝔇∂_xρ)}), one row per pair of modes
     * {@code (i, j)} (operator matrices include the weight {@code w_j} of the column).
     *
     * @throws IOException if the file cannot be written
     */
    public void writeMatrices(Path dir) throws IOException {
        Files.createDirectories(dir);
        org.ejml.data.DMatrixRMaj c = state.susceptibility();
        org.ejml.data.DMatrixRMaj a = state.fluxJacobian();
        org.ejml.data.DMatrixRMaj d = state.diffusionMatrix();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < space.size(); i++) {
            for (int j = 0; j < space.size(); j++) {
                rows.add(List.of(Integer.toString(space.species(i) + 1),
                        Csv.number(space.theta(i)), Integer.toString(space.species(j) + 1),
                        Csv.number(space.theta(j)), Csv.number(space.weight(j)),
                        Csv.number(c.get(i, j)), Csv.number(a.get(i, j)),
                        Csv.number(d.get(i, j))));
            }
        }
        Csv.write(dir.resolve("matrices.csv"), List.of("species", "theta", "species_prime",
                "theta_prime", "weight_prime", "C", "A", "D"), rows);
    }

    private void plot(Path png, double[] rho, double[] n, double[] v) throws IOException {
        List<Plots.Series> sr = new ArrayList<>();
        List<Plots.Series> sn = new ArrayList<>();
        List<Plots.Series> sv = new ArrayList<>();
        for (int a = 0; a < space.speciesCount(); a++) {
            int off = space.offset(a);
            int len = space.grid(a).size();
            double[] t = new double[len];
            double[] r = new double[len];
            double[] f = new double[len];
            double[] ve = new double[len];
            for (int k = 0; k < len; k++) {
                t[k] = space.theta(off + k);
                r[k] = rho[off + k];
                f[k] = n[off + k];
                ve[k] = v[off + k];
            }
            String label = model.speciesCount() == 1 ? model.name()
                    : "species " + model.speciesLabel(a);
            sr.add(new Plots.Series(label, t, r));
            sn.add(new Plots.Series(label, t, f));
            sv.add(new Plots.Series(label, t, ve));
        }
        Plots.save(png, List.of(
                new Plots.Panel("quasiparticle density", "θ", "ρ(θ)", sr),
                new Plots.Panel("filling", "θ", "n(θ)", sn),
                new Plots.Panel("effective velocity", "θ", "v_eff(θ)", sv)));
    }
}
