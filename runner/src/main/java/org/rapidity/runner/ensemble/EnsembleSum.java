package org.rapidity.runner.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rapidity.framework.observables.HalfMaximum;

/**
 * Sums the outputs of an ensemble's members with their weights, as an image integrates over the
 * tubes it sees (issue 19, step 2): the density profiles {@code n(x)} and the momentum
 * distributions {@code P(p)} are summed first, {@code Σ_m w_m n_m(x)}, and every width, moment,
 * peak and FWHM is taken of the sums; extensive totals (atoms, energies, {@code G2}, the contact)
 * are summed, {@code Σ_m w_m X_m}; quantities per atom (string fractions {@code nP_n}, release and
 * binding energies) are atom-weighted, {@code Σ_m w_m N_m x_m / Σ_m w_m N_m}, i.e. energies per
 * atom are {@code ΣE/ΣN}. The member tables hold one row per output time; the rows of the members
 * belong to the same times and couplings (checked).
 */
public final class EnsembleSum {

    /** Columns that must be the same in every member (the output's time and coupling). */
    static final Set<String> SAME = Set.of("time", "coupling", "c_tilde_per_um", "time_ms");
    /** Columns summed with the weights. */
    static final Set<String> EXTENSIVE = Set.of("atom-number", "internal-energy",
            "potential-energy", "total-energy", "pair-correlation", "contact",
            "interaction-energy", "virial-residual", "virial-contact");
    /** Columns taken of the summed density profile. */
    static final Set<String> PROFILE = Set.of("centre-of-mass", "rms-width", "peak-density",
            "central-density");
    /** Columns taken of the summed momentum distribution. */
    static final Set<String> MOMENTUM = Set.of("momentum-fwhm", "momentum-peak");
    /**
     * Columns taken of the summed momentum image after time of flight ({@code time-of-flight},
     * field {@code tof-momentum-distribution}).
     */
    static final Set<String> TOF_MOMENTUM = Set.of("tof-momentum-fwhm", "tof-momentum-peak");
    /** The atom number, which weights the quantities per atom. */
    static final String ATOMS = "atom-number";

    /** The column of the strings paper's {@code n*} ({@code string-binding}). */
    static final String N_STAR = "n-star";
    /**
     * The column of {@code n*} as the experiment infers it, of the fitted {@code 𝓔_3D − 𝓔_1D}
     * ({@code time-of-flight}'s {@code binding-energy-tof}); 1 on the repulsive side.
     */
    static final String N_STAR_TOF = "n-star-tof";

    /** A member's (or the ensemble's) table: column names and one row per output. */
    public record Table(List<String> header, double[][] rows) {

        /** Column {@code name}. */
        public double[] column(String name) {
            int j = header.indexOf(name);
            if (j < 0) {
                throw new IllegalArgumentException("no column " + name);
            }
            double[] c = new double[rows.length];
            for (int k = 0; k < rows.length; k++) {
                c[k] = rows[k][j];
            }
            return c;
        }
    }

    /** A curve: a density profile {@code n(x)} or a momentum distribution {@code P(p)}. */
    public record Curve(double[] x, double[] y) {
    }

    /**
     * The ensemble's outputs.
     *
     * @param table the summed table (the run's {@code observables.csv})
     * @param profiles the summed density profile at each output (empty without profiles)
     * @param momenta the summed momentum distribution at each output (empty without them)
     * @param tofMomenta the summed momentum image after time of flight at each output (empty
     *     without them)
     * @param left columns of the members that have no rule for summing, left out
     */
    public record Result(Table table, List<Curve> profiles, List<Curve> momenta,
            List<Curve> tofMomenta, List<String> left) {
    }

    private EnsembleSum() {
    }

    /**
     * Whether a column is a function of the coupling alone, the same in every member (checked):
     * the time and coupling columns, and the n-string binding energies per atom
     * ({@code string-binding}).
     */
    static boolean same(String c) {
        return SAME.contains(c) || c.startsWith("string-binding-per-atom-");
    }

    /** Whether a column is a quantity per atom (atom-weighted). */
    static boolean perAtom(String c) {
        // the fitted time-of-flight release energies are linear in ⟨z²⟩ = ∫z²d/N (ExpansionFit):
        // their atom-weighted mean is the fit of the summed profiles; so is the atoms' drift
        return c.startsWith("nP_") || c.startsWith("release-energy-")
                || c.startsWith("binding-energy") || c.equals("com-energy-per-atom")
                || c.equals("tof-atoms-drift");
    }

    /**
     * Sums the members.
     *
     * @param weights the members' weights
     * @param tables their tables (same columns, same number of rows)
     * @param profiles per member, its density profile at each output (or empty lists)
     * @param momenta per member, its momentum distribution at each output (or empty lists)
     * @throws IllegalArgumentException when members disagree on columns, times or grids
     */
    public static Result sum(double[] weights, List<Table> tables, List<List<Curve>> profiles,
            List<List<Curve>> momenta) {
        return sum(weights, tables, profiles, momenta, tables.stream().map(t -> List.<Curve>of())
                .toList());
    }

    /**
     * Sums the members, with their momentum images after time of flight.
     *
     * @param tofMomenta per member, its {@code tof-momentum-distribution} at each output (or
     *     empty lists)
     */
    public static Result sum(double[] weights, List<Table> tables, List<List<Curve>> profiles,
            List<List<Curve>> momenta, List<List<Curve>> tofMomenta) {
        int members = tables.size();
        Table first = tables.get(0);
        List<String> header = first.header();
        int outputs = first.rows().length;
        for (Table t : tables) {
            if (!t.header().equals(header) || t.rows().length != outputs) {
                throw new IllegalArgumentException("the members' observables.csv differ in"
                        + " columns or rows: " + header + " (" + outputs + " rows) against "
                        + t.header() + " (" + t.rows().length + " rows)");
            }
        }
        boolean haveProfiles = profiles.stream().allMatch(p -> p.size() == outputs)
                && outputs > 0;
        boolean haveMomenta = momenta.stream().allMatch(p -> p.size() == outputs) && outputs > 0;
        boolean haveTof = tofMomenta.stream().allMatch(p -> p.size() == outputs) && outputs > 0;
        List<Curve> sumProfiles = new ArrayList<>();
        List<Curve> sumMomenta = new ArrayList<>();
        for (int k = 0; k < outputs && haveProfiles; k++) {
            List<Curve> at = new ArrayList<>();
            for (List<Curve> p : profiles) {
                at.add(p.get(k));
            }
            sumProfiles.add(sameGridSum(weights, at));
        }
        for (int k = 0; k < outputs && haveMomenta; k++) {
            List<Curve> at = new ArrayList<>();
            for (List<Curve> p : momenta) {
                at.add(p.get(k));
            }
            sumMomenta.add(commonGridSum(weights, at));
        }
        List<Curve> sumTof = new ArrayList<>();
        for (int k = 0; k < outputs && haveTof; k++) {
            List<Curve> at = new ArrayList<>();
            for (List<Curve> p : tofMomenta) {
                at.add(p.get(k));
            }
            sumTof.add(commonGridSum(weights, at));
        }
        boolean atoms = header.contains(ATOMS);
        List<String> out = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>();
        for (String c : header) {
            boolean ok = same(c) || EXTENSIVE.contains(c) || (perAtom(c) && atoms)
                    || (PROFILE.contains(c) && haveProfiles)
                    || (MOMENTUM.contains(c) && haveMomenta)
                    || (TOF_MOMENTUM.contains(c) && haveTof)
                    || (c.equals("g2") && header.contains("pair-correlation"))
                    || (c.equals(N_STAR) && atoms && header.containsAll(List.of(
                            "binding-energy", "coupling")))
                    || (c.equals(N_STAR_TOF) && atoms && header.containsAll(List.of(
                            "binding-energy-tof", "coupling")))
                    || (c.equals("virial-residual-relative") && header.containsAll(List.of(
                            "virial-residual", "internal-energy", "potential-energy",
                            "interaction-energy")));
            if (ok) {
                out.add(c);
            } else {
                left.add(c);
            }
        }
        List<String> perAtomEnergies = new ArrayList<>();
        for (String e : List.of("internal-energy", "potential-energy", "total-energy")) {
            if (atoms && header.contains(e)) {
                perAtomEnergies.add(e);
                out.add(e + "-per-atom");
            }
        }
        double[][] rows = new double[outputs][out.size()];
        for (int k = 0; k < outputs; k++) {
            double totalAtoms = 0;
            if (atoms) {
                for (int m = 0; m < members; m++) {
                    totalAtoms += weights[m] * value(tables.get(m), k, ATOMS);
                }
            }
            for (int j = 0; j < out.size(); j++) {
                String c = out.get(j);
                rows[k][j] = column(c, k, weights, tables, totalAtoms,
                        haveProfiles ? sumProfiles.get(k) : null,
                        haveMomenta ? sumMomenta.get(k) : null, haveTof ? sumTof.get(k) : null);
            }
            for (String e : perAtomEnergies) {
                rows[k][out.indexOf(e + "-per-atom")] = extensive(e, k, weights, tables)
                        / totalAtoms;
            }
        }
        return new Result(new Table(List.copyOf(out), rows), sumProfiles, sumMomenta, sumTof,
                List.copyOf(left));
    }

    private static double column(String c, int k, double[] w, List<Table> tables,
            double totalAtoms, Curve profile, Curve momentum, Curve tof) {
        if (c.endsWith("-per-atom") && !perAtom(c)) {
            return Double.NaN; // filled by the caller
        }
        if (same(c)) {
            double v = value(tables.get(0), k, c);
            for (Table t : tables) {
                double u = value(t, k, c);
                if (!(Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(v)))) {
                    throw new IllegalArgumentException("the members' " + c + " differ at output"
                            + " " + k + ": " + v + " and " + u + " (members must share their"
                            + " times and couplings)");
                }
            }
            return v;
        }
        if (EXTENSIVE.contains(c)) {
            return extensive(c, k, w, tables);
        }
        if (perAtom(c)) {
            double s = 0;
            for (int m = 0; m < tables.size(); m++) {
                s += w[m] * value(tables.get(m), k, ATOMS) * value(tables.get(m), k, c);
            }
            return s / totalAtoms;
        }
        if (c.equals("g2")) {
            // g2 = G2/∫n²: both integrals summed over the tubes (∫n² of a member is G2/g2)
            double g = 0;
            double n2 = 0;
            for (int m = 0; m < tables.size(); m++) {
                double gm = value(tables.get(m), k, "pair-correlation");
                g += w[m] * gm;
                n2 += w[m] * gm / value(tables.get(m), k, "g2");
            }
            return g / n2;
        }
        if (c.equals(N_STAR) || c.equals(N_STAR_TOF)) {
            double coupling = value(tables.get(0), k, "coupling");
            if (c.equals(N_STAR_TOF) && coupling > 0) {
                return 1;
            }
            return nStar(column(c.equals(N_STAR) ? "binding-energy" : "binding-energy-tof", k,
                    w, tables, totalAtoms, null, null, null), coupling);
        }
        if (c.equals("virial-residual-relative")) {
            double u = extensive("internal-energy", k, w, tables);
            double ev = extensive("potential-energy", k, w, tables);
            double eint = extensive("interaction-energy", k, w, tables);
            return extensive("virial-residual", k, w, tables) / (2 * Math.abs(u)
                    + 2 * Math.abs(ev) + Math.abs(eint));
        }
        if (PROFILE.contains(c)) {
            return profileValue(c, profile);
        }
        if (MOMENTUM.contains(c)) {
            double peak = 0;
            for (double v : momentum.y()) {
                peak = Math.max(peak, v);
            }
            return c.equals("momentum-peak") ? peak : fwhm(momentum.x(), momentum.y());
        }
        if (TOF_MOMENTUM.contains(c)) {
            double peak = 0;
            for (double v : tof.y()) {
                peak = Math.max(peak, v);
            }
            return c.equals("tof-momentum-peak") ? peak : fwhm(tof.x(), tof.y());
        }
        throw new IllegalStateException(c);
    }

    /**
     * {@code n*} of the tube sum (strings paper, main text after Fig. 2): the largest n whose
     * binding energy per atom {@code E_b,n/n = c²(n²-1)/12} (ħ = 2m = 1) the summed
     * {@code ⟨E_b⟩} reaches. The members' {@code n-star} (the model's {@code string-binding})
     * cannot be averaged: it is taken again of the atom-weighted {@code ⟨E_b⟩}, with the
     * model's rule (relative tolerance 1e-12 at the threshold); a test checks that a
     * one-member sum gives the member's value.
     */
    static double nStar(double binding, double c) {
        if (!(binding > 0) || c == 0) {
            return 1;
        }
        double reached = binding * (1 + 1e-12);
        int n = 1;
        while (c * c * ((n + 1) * (double) (n + 1) - 1) / 12 <= reached) {
            n++;
        }
        return n;
    }

    private static double extensive(String c, int k, double[] w, List<Table> tables) {
        double s = 0;
        for (int m = 0; m < tables.size(); m++) {
            s += w[m] * value(tables.get(m), k, c);
        }
        return s;
    }

    private static double value(Table t, int k, String c) {
        return t.rows()[k][t.header().indexOf(c)];
    }

    /**
     * Moments and peaks of a summed profile on its uniform cells (width {@code Δx}), as
     * {@code trap-totals} and {@code density-profile} take them of one tube: centre of mass
     * {@code ∫x n/∫n}, rms width, the peak and the density at the cell nearest {@code x = 0}.
     */
    static double profileValue(String c, Curve p) {
        double[] x = p.x();
        double[] n = p.y();
        double n0 = 0;
        double n1 = 0;
        double n2 = 0;
        double peak = 0;
        int centre = 0;
        for (int i = 0; i < n.length; i++) {
            n0 += n[i];
            n1 += x[i] * n[i];
            n2 += x[i] * x[i] * n[i];
            peak = Math.max(peak, n[i]);
            if (Math.abs(x[i]) < Math.abs(x[centre])) {
                centre = i;
            }
        }
        double mean = n1 / n0;
        return switch (c) {
            case "centre-of-mass" -> mean;
            case "rms-width" -> Math.sqrt(Math.max(0, n2 / n0 - mean * mean));
            case "peak-density" -> peak;
            case "central-density" -> n[centre];
            default -> throw new IllegalStateException(c);
        };
    }

    /**
     * {@code Σ w_m y_m(x)} of curves on one grid (the members' position cells are the
     * descriptor's, the same for all).
     */
    static Curve sameGridSum(double[] w, List<Curve> curves) {
        double[] x = curves.get(0).x();
        double[] y = new double[x.length];
        for (int m = 0; m < curves.size(); m++) {
            Curve c = curves.get(m);
            if (c.x().length != x.length) {
                throw new IllegalArgumentException("the members' position grids differ: "
                        + x.length + " and " + c.x().length + " cells");
            }
            for (int i = 0; i < x.length; i++) {
                if (c.x()[i] != x[i]) {
                    throw new IllegalArgumentException("the members' position grids differ at"
                            + " cell " + i + ": " + x[i] + " and " + c.x()[i]);
                }
                y[i] += w[m] * c.y()[i];
            }
        }
        return new Curve(x, y);
    }

    /**
     * {@code Σ w_m y_m(p)} of curves on grids of their own (each member's momentum window is
     * its own rapidity window widened by its strings): on one grid when they share it, else on
     * the uniform grid from the lowest to the highest end with as many points as the finest
     * member, each member linear in between its points and zero outside its window.
     */
    static Curve commonGridSum(double[] w, List<Curve> curves) {
        boolean same = true;
        for (Curve c : curves) {
            same &= java.util.Arrays.equals(c.x(), curves.get(0).x());
        }
        if (same) {
            return sameGridSum(w, curves);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int points = 0;
        for (Curve c : curves) {
            lo = Math.min(lo, c.x()[0]);
            hi = Math.max(hi, c.x()[c.x().length - 1]);
            points = Math.max(points, c.x().length);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = lo + (hi - lo) * i / (points - 1);
        }
        for (int m = 0; m < curves.size(); m++) {
            Curve c = curves.get(m);
            for (int i = 0; i < points; i++) {
                y[i] += w[m] * linear(c, x[i]);
            }
        }
        return new Curve(x, y);
    }

    /** The curve at {@code x}, linear between its points, zero outside them. */
    static double linear(Curve c, double x) {
        double[] xs = c.x();
        if (x < xs[0] || x > xs[xs.length - 1]) {
            return 0;
        }
        int j = java.util.Arrays.binarySearch(xs, x);
        if (j >= 0) {
            return c.y()[j];
        }
        int r = -j - 1;
        int l = r - 1;
        double t = (x - xs[l]) / (xs[r] - xs[l]);
        return (1 - t) * c.y()[l] + t * c.y()[r];
    }

    /** Full width at half maximum ({@link HalfMaximum#fullWidth}). */
    static double fwhm(double[] x, double[] y) {
        return HalfMaximum.fullWidth(x, y);
    }
}
