package org.rapidity.runner.ensemble;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.EnsembleProvider;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.tba.Profile;
import org.rapidity.runner.descriptor.ComponentSpec;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.Json;

/**
 * A run with an {@code ensemble} section: the members its provider makes (e.g. one GHD ramp per
 * atom-number bin of the tube lattice) as member runs in sub-directories {@code member-NN/}, run
 * as work units of the execution engine, and their outputs summed with the weights into the
 * run's own {@code observables.csv} and {@code fields/} ({@link EnsembleSum}), with
 * {@code ensemble.csv} (the members) and {@code ensemble.json} (what the ensemble stands for).
 */
public final class EnsembleRun {

    /** Observables an ensemble needs: the atom number (weights) and the profile (widths). */
    static final List<String> NEEDED = List.of("trap-totals", "density-profile");

    private final EnsembleProvider.Ensemble ensemble;
    private final List<Descriptor> members;
    private final List<String> directories;

    private EnsembleRun(EnsembleProvider.Ensemble ensemble, List<Descriptor> members,
            List<String> directories) {
        this.ensemble = ensemble;
        this.members = List.copyOf(members);
        this.directories = List.copyOf(directories);
    }

    /**
     * The ensemble of {@code d}, if it has an {@code ensemble} section: its provider's members
     * made into member descriptors.
     *
     * @throws InvalidInputException naming the {@code ensemble} field that is wrong, or the
     *     {@code observables} an ensemble needs
     */
    public static Optional<EnsembleRun> of(Descriptor d, Registry registry) {
        Optional<ComponentSpec> spec = DescriptorReader.ensemble(d);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        if (d.solver().isEmpty()) {
            throw new InvalidInputException("solver", "an ensemble is a set of member runs:"
                    + " give a solver whose runs have density profiles (ghd)");
        }
        SolverProvider solver = registry.solvers().get("solver.name", d.solver().get().name());
        if (!profiles(solver.snapshotViews())) {
            throw new InvalidInputException("solver.name", "an ensemble sums the members'"
                    + " density profiles, and solver '" + solver.name() + "' has none (it"
                    + " evolves a homogeneous state); solvers that can be ensemble members: "
                    + String.join(", ", registry.solvers().all().stream().filter(p -> profiles(
                            p.snapshotViews())).map(SolverProvider::name).toList()));
        }
        EnsembleProvider provider = registry.ensembles().get("ensemble.name", spec.get().name());
        EnsembleProvider.Ensemble e = provider.create(Parameters.validate("ensemble",
                provider.parameters(), spec.get().parameters()));
        List<String> names = d.observables().stream().map(ComponentSpec::name).toList();
        for (String needed : NEEDED) {
            if (!names.contains(needed)) {
                throw new InvalidInputException("observables", "an ensemble sums the members'"
                        + " atom numbers and density profiles: add \"" + needed + "\" (it needs "
                        + String.join(" and ", NEEDED) + ")");
            }
        }
        int width = String.valueOf(e.members().size()).length();
        List<String> dirs = new ArrayList<>();
        List<Map<String, Object>> settings = new ArrayList<>();
        for (int m = 0; m < e.members().size(); m++) {
            dirs.add(String.format(Locale.ROOT, "member-%0" + Math.max(2, width) + "d", m + 1));
            settings.add(e.members().get(m).settings());
        }
        return Optional.of(new EnsembleRun(e, DescriptorReader.members(d, settings, dirs),
                dirs));
    }

    /**
     * Where the descriptor disagrees with what the ensemble stands for (its totals
     * {@code temperature_1d_nK} and {@code trap_Hz}, e.g. a Table S1 data set's {@code T_1D}
     * and final trap against {@code state.temperature} in nK (or its deprecated alias
     * {@code temperature_nK}) and a {@code harmonic-trap}'s
     * {@code frequency} in Hz): one line per field, to print as warnings (the descriptor wins).
     */
    public List<String> mismatches(Descriptor d) {
        List<String> out = new ArrayList<>();
        Double t = ensemble.totals().get("temperature_1d_nK");
        Object alias = d.state().parameters().get("temperature_nK");
        Object given = alias != null ? alias : d.state().parameters().get("temperature");
        Double nK = alias instanceof Number ? Double.valueOf(((Number) alias).doubleValue())
                : given instanceof String && ((String) given).trim().endsWith(" nK")
                        ? parseOrNull(((String) given).trim().replaceAll("\\s*nK$", ""))
                        : null;
        if (t != null && nK != null && Math.abs(nK - t) > 1e-9 * t) {
            out.add("state." + (alias != null ? "temperature_nK: " + alias + " nK" : "temperature: "
                    + given) + ", but the ensemble's data set has T_1D = " + Parameters.format(t)
                    + " nK (the descriptor's is used)");
        }
        Double hz = ensemble.totals().get("trap_Hz");
        for (int i = 0; i < d.drives().size() && hz != null; i++) {
            ComponentSpec drive = d.drives().get(i);
            Object f = drive.parameters().get("frequency");
            if (drive.name().equals("harmonic-trap") && f instanceof String
                    && ((String) f).trim().endsWith("Hz")) {
                try {
                    double v = Double.parseDouble(((String) f).trim()
                            .replaceAll("\\s*Hz$", ""));
                    if (Math.abs(v - hz) > 1e-9 * hz) {
                        out.add(drive.path() + ".frequency: " + f + ", but the ensemble's data"
                                + " set has a final trap of " + Parameters.format(hz) + " Hz (the"
                                + " descriptor's is used)");
                    }
                } catch (NumberFormatException e) {
                    // another unit (kHz): the drive itself checks its value
                }
            }
        }
        return out;
    }

    private static Double parseOrNull(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The member descriptors, in order. */
    public List<Descriptor> members() {
        return members;
    }

    /** Member {@code i}'s label, for messages ({@code bin 2 of 4: N = 12.3, 812 tubes}). */
    public String label(int i) {
        return ensemble.members().get(i).label();
    }

    /** The provider's description of the ensemble. */
    public String description() {
        return ensemble.description();
    }

    private static boolean profiles(List<Class<?>> views) {
        return views.stream().anyMatch(Profile.class::isAssignableFrom);
    }

    /**
     * Sums the members' outputs (their directories under {@code root}) and writes the
     * ensemble's files into {@code root}.
     */
    public void write(Path root, PrintStream out) throws IOException {
        int count = members.size();
        double[] weights = new double[count];
        List<EnsembleSum.Table> tables = new ArrayList<>();
        List<List<EnsembleSum.Curve>> profiles = new ArrayList<>();
        List<List<EnsembleSum.Curve>> momenta = new ArrayList<>();
        List<List<EnsembleSum.Curve>> tof = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            weights[m] = ensemble.members().get(m).weight();
            Path dir = root.resolve(directories.get(m));
            EnsembleSum.Table t = read(dir.resolve("observables.csv"));
            tables.add(t);
            profiles.add(curves(dir.resolve("fields"), "density-profile", t.rows().length));
            momenta.add(curves(dir.resolve("fields"), "momentum-distribution",
                    t.rows().length));
            tof.add(curves(dir.resolve("fields"), "tof-momentum-distribution",
                    t.rows().length));
        }
        EnsembleSum.Result r;
        try {
            r = EnsembleSum.sum(weights, tables, profiles, momenta, tof);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("ensemble", "cannot sum the members in " + root
                    + ": " + e.getMessage());
        }
        write(root.resolve("observables.csv"), r.table().header(), r.table().rows());
        Path fields = root.resolve("fields");
        Files.createDirectories(fields);
        for (int k = 0; k < r.profiles().size(); k++) {
            curve(fields.resolve(String.format(Locale.ROOT, "density-profile-%04d.csv", k)),
                    "x", "n(x)", r.profiles().get(k));
        }
        for (int k = 0; k < r.momenta().size(); k++) {
            curve(fields.resolve(String.format(Locale.ROOT, "momentum-distribution-%04d.csv",
                    k)), "p", "P(p)", r.momenta().get(k));
        }
        for (int k = 0; k < r.tofMomenta().size(); k++) {
            curve(fields.resolve(String.format(Locale.ROOT,
                    "tof-momentum-distribution-%04d.csv", k)), "p", "f(p)",
                    r.tofMomenta().get(k));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            rows.add(List.of(Integer.toString(m + 1), directories.get(m), Csv.number(
                    weights[m]), Csv.number(tables.get(m).column(EnsembleSum.ATOMS)[0]),
                    label(m).replace(",", ";")));
        }
        Csv.write(root.resolve("ensemble.csv"), List.of("member", "directory", "weight",
                "atoms", "label"), rows);
        ObjectNode info = Json.object();
        info.put("description", ensemble.description());
        ObjectNode totals = info.putObject("totals");
        ensemble.totals().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> Json.putNumber(totals, e.getKey(), e.getValue()));
        info.put("members", count);
        Json.putNumber(info, "summed_atoms_at_start", r.table().column(EnsembleSum.ATOMS)[0]);
        var left = info.putArray("columns_not_summed");
        r.left().forEach(left::add);
        Json.write(root.resolve("ensemble.json"), info);
        out.println("summed " + count + " members (" + ensemble.description() + ") into "
                + root.resolve("observables.csv") + (r.left().isEmpty() ? ""
                        : "; not summed (no rule): " + String.join(", ", r.left())));
    }

    private static void write(Path file, List<String> header, double[][] rows)
            throws IOException {
        List<List<String>> text = new ArrayList<>();
        for (double[] row : rows) {
            List<String> r = new ArrayList<>();
            for (double v : row) {
                r.add(Csv.number(v));
            }
            text.add(r);
        }
        Csv.write(file, header, text);
    }

    private static void curve(Path file, String x, String y, EnsembleSum.Curve c)
            throws IOException {
        write(file, List.of(x, y), transpose(c.x(), c.y()));
    }

    private static double[][] transpose(double[] x, double[] y) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new double[] {x[i], y[i]};
        }
        return rows;
    }

    /** A CSV of numbers with a header. */
    static EnsembleSum.Table read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        double[][] rows = new double[lines.size() - 1][];
        for (int k = 1; k < lines.size(); k++) {
            String[] cells = lines.get(k).split(",");
            rows[k - 1] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                rows[k - 1][j] = Double.parseDouble(cells[j]);
            }
        }
        return new EnsembleSum.Table(header, rows);
    }

    /** The member's field {@code <stem>-NNNN.csv} at every output, or none if any is missing. */
    private static List<EnsembleSum.Curve> curves(Path fields, String stem, int outputs)
            throws IOException {
        List<EnsembleSum.Curve> out = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            Path f = fields.resolve(String.format(Locale.ROOT, "%s-%04d.csv", stem, k));
            if (!Files.isRegularFile(f)) {
                return List.of();
            }
            EnsembleSum.Table t = read(f);
            out.add(new EnsembleSum.Curve(t.column(t.header().get(0)), t.column(t.header()
                    .get(1))));
        }
        return out;
    }
}
