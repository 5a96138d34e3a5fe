package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * The atom numbers of the tubes of the strings paper's 2D lattice (Supplementary note 1, Table
 * S1): just before the tubes decouple the 3D gas is in equilibrium at {@code T_co}; tube
 * {@code (i, j)} at {@code (x, y) = (i d, j d)}, {@code d = 532.2 nm}, is a Lieb-Liniger thermal
 * gas in the loading trap {@code ω_1} (along the tubes) at local chemical potential
 * {@code μ_∥ = μ - V⊥(x, y)}, {@code V⊥ = ½m(ω_2²x² + ω_3²y²)}; the global μ is fixed so that the
 * populated tubes (those with at least one atom) hold {@code N_BEC} atoms. Each tube's atom number
 * is then frozen; {@link #finalCentralPotential} re-thermalises a tube at {@code T_1D} in the final
 * trap {@code ω_z}.
 *
 * <p>The coupling during the crossover is the final 1D one (note 1): {@code c̃ = -2/a_1D} with
 * Olshanii's {@code a_1D = -(a⊥²/a_3D)(1 - C a_3D/a⊥)}, {@code C = 1.0326},
 * {@code a⊥ = (ħ/mω⊥)^{1/2}} (M. Olshanii, PRL 81, 938 (1998)), {@code a_3D = 209 a_0} (main text,
 * 20.8 G).
 */
public final class TubePopulations {

    /** Lattice spacing {@code d} in μm (main text). */
    public static final double LATTICE_SPACING_UM = 0.5322;
    /** {@code a_3D = 209(4) a_0} at 20.8 G, in μm. */
    public static final double A3D_UM = 209 * 0.529177210903e-4;
    private static final double OLSHANII_C = 1.0326;

    /** One tube: lattice site, frozen atom number and its crossover chemical potential μ_∥. */
    public record Tube(int i, int j, double atoms, double localPotential) { }

    private final TubeLoading loading;
    private final AtomicUnits units;
    private final double coupling;
    private final double chemicalPotential;
    private final List<Tube> tubes;
    private final TrappedTube crossover;

    private TubePopulations(TubeLoading loading, AtomicUnits units, double coupling,
            double mu, List<Tube> tubes, TrappedTube crossover) {
        this.loading = loading;
        this.units = units;
        this.coupling = coupling;
        this.chemicalPotential = mu;
        this.tubes = List.copyOf(tubes);
        this.crossover = crossover;
    }

    /** {@code c̃ = -2/a_1D} in μm⁻¹ for transverse frequency ω⊥ (kHz), Olshanii's formula. */
    public static double couplingPerMicrometre(double omegaPerpKiloHertz) {
        double m = Atom.CS133.mass();
        double aPerp = Math.sqrt(LaboratoryUnits.HBAR / (m * 2 * Math.PI * omegaPerpKiloHertz
                * 1e3)) / AtomicUnits.MICROMETRE;
        return 2 * A3D_UM / (aPerp * aPerp * (1 - OLSHANII_C * A3D_UM / aPerp));
    }

    /** Trap frequency {@code ω/2π} in Hz in the model's inverse time unit. */
    static double omega(AtomicUnits units, double hertz) {
        return 2 * Math.PI * hertz * units.timeUnit();
    }

    /** Populates the lattice for one data set. */
    public static TubePopulations of(TubeLoading loading) {
        return of(loading, 96, 256, 8);
    }

    /** As {@link #of(TubeLoading)} at explicit resolutions of the tube's equation of state. */
    public static TubePopulations of(TubeLoading loading, int points, int zNodes, int stepsPerT) {
        double c = couplingPerMicrometre(loading.omegaPerpKiloHertz());
        AtomicUnits units = new AtomicUnits(Atom.CS133, c);
        double t = units.temperatureFromNanoKelvin(loading.crossoverNanoKelvin());
        TrappedTube tube = new TrappedTube(c, t, omega(units, loading.loadingHertz()[0]), points,
                zNodes, stepsPerT);
        double wx = omega(units, loading.loadingHertz()[1]);
        double wy = omega(units, loading.loadingHertz()[2]);
        double d = LATTICE_SPACING_UM;
        double target = loading.atomsBec();
        // bracket μ, then bisect on the atoms held by the populated tubes
        double lo = -25 * t;
        double hi = t;
        while (populate(tube, hi, wx, wy, d).total < target) {
            lo = hi;
            hi = 2 * hi + t;
        }
        for (int it = 0; it < 60 && hi - lo > 1e-12 * (Math.abs(hi) + t); it++) {
            double mid = 0.5 * (lo + hi);
            if (populate(tube, mid, wx, wy, d).total < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double mu = 0.5 * (lo + hi);
        return new TubePopulations(loading, units, c, mu, populate(tube, mu, wx, wy, d).tubes,
                tube);
    }

    private record Fill(List<Tube> tubes, double total) { }

    private static Fill populate(TrappedTube tube, double mu, double wx, double wy, double d) {
        List<Tube> out = new ArrayList<>();
        double total = 0;
        // V⊥ = ½m(ω_x²x² + ω_y²y²) = (ω_x²x² + ω_y²y²)/4 (ħ = 2m = 1); the tube has no atom
        // once μ - V⊥ is below the table floor, which bounds the sites to visit
        int imax = (int) Math.ceil(2 * Math.sqrt(Math.max(mu + 25 * tube.temperature(), 0))
                / (wx * d)) + 1;
        for (int i = -imax; i <= imax; i++) {
            double vx = wx * wx * i * d * i * d / 4;
            int jmax = (int) Math.ceil(2 * Math.sqrt(Math.max(mu + 25 * tube.temperature()
                    - vx, 0)) / (wy * d)) + 1;
            for (int j = -jmax; j <= jmax; j++) {
                double local = mu - vx - wy * wy * j * d * j * d / 4;
                double n = tube.tabulatedAtomNumber(local);
                if (n >= 1) {
                    out.add(new Tube(i, j, n, local));
                    total += n;
                }
            }
        }
        return new Fill(out, total);
    }

    /** One atom-number bin of the ensemble: its tubes' count, their mean atom number. */
    public record Bin(double lowerAtoms, double upperAtoms, int tubes, double atoms) { }

    /**
     * The populated tubes in {@code count} equal-width bins of atom number (empty bins dropped):
     * each bin is one ensemble member of {@code atoms} atoms (the bin's mean) with weight
     * {@code tubes}, so that {@code Σ tubes·atoms = Σ N} exactly.
     */
    public List<Bin> bins(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + count);
        }
        double lo = tubes.stream().mapToDouble(Tube::atoms).min().orElseThrow();
        double hi = tubes.stream().mapToDouble(Tube::atoms).max().orElseThrow();
        double width = (hi - lo) / count;
        int[] n = new int[count];
        double[] sum = new double[count];
        for (Tube t : tubes) {
            int b = width > 0 ? Math.min(count - 1, (int) ((t.atoms() - lo) / width)) : 0;
            n[b]++;
            sum[b] += t.atoms();
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            if (n[b] > 0) {
                out.add(new Bin(lo + b * width, lo + (b + 1) * width, n[b], sum[b] / n[b]));
            }
        }
        return out;
    }

    /** The data set. */
    public TubeLoading loading() {
        return loading;
    }

    /** Laboratory units (133Cs at this data set's c̃). */
    public AtomicUnits units() {
        return units;
    }

    /** The dimensionless coupling c (= c̃ in μm⁻¹). */
    public double coupling() {
        return coupling;
    }

    /** The global chemical potential μ at the crossover (energy units). */
    public double chemicalPotential() {
        return chemicalPotential;
    }

    /** The populated tubes (at least one atom). */
    public List<Tube> tubes() {
        return tubes;
    }

    /** Σ N over populated tubes. */
    public double totalAtoms() {
        return tubes.stream().mapToDouble(Tube::atoms).sum();
    }

    /** Mean atom number per populated tube {@code N̄}. */
    public double meanAtoms() {
        return totalAtoms() / tubes.size();
    }

    /**
     * Atom-weighted mean atom number {@code ΣN²/ΣN}: the tube size that a randomly chosen atom
     * sees (images weight tubes by their atoms).
     */
    public double atomWeightedMeanAtoms() {
        return tubes.stream().mapToDouble(t -> t.atoms() * t.atoms()).sum() / totalAtoms();
    }

    /** Atom number of the central tube (0, 0). */
    public double centralAtoms() {
        return tubes.stream().filter(t -> t.i() == 0 && t.j() == 0).findFirst()
                .orElseThrow().atoms();
    }

    /** The crossover equation of state (T_co, ω_1). */
    public TrappedTube crossoverTube() {
        return crossover;
    }

    /** The final trapped tube at {@code T_1D} in {@code ω_z}, in which atom numbers are frozen. */
    public TrappedTube finalTube() {
        return new TrappedTube(coupling, units.temperatureFromNanoKelvin(loading.finalNanoKelvin()),
                omega(units, loading.finalHertz()));
    }

    /**
     * The central chemical potential of a tube of {@code atoms} atoms re-thermalised at
     * {@code T_1D} in {@code ω_z} (its atom number is conserved).
     */
    public double finalCentralPotential(TrappedTube finalTube, double atoms) {
        return finalTube.centralPotentialFor(atoms);
    }
}
