package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.drives.HarmonicTrap;
import org.rapidity.framework.drives.LinearRamp;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;
import org.rapidity.models.liebliniger.Atom;
import org.rapidity.models.liebliniger.HellmannFeynman;
import org.rapidity.models.liebliniger.LiebLiniger;
import org.rapidity.models.liebliniger.LiebLinigerProvider;
import org.rapidity.models.liebliniger.RepulsiveLiebLiniger;
import org.rapidity.models.liebliniger.Virial;

/**
 * GHD of the Lieb-Liniger gas: the partitioning protocol against its self-similar solution, a
 * thermal cloud in a harmonic trap (stationary, virial theorem, dipole at the trap frequency),
 * coupling ramps against the adiabatic map and Hellmann-Feynman, the crossing of {@code c = 0}
 * into Bethe strings, checkpoints and refusals. The measured numbers are printed;
 * {@link FullLiebLinigerGhdTest} (tag {@code validation}, {@code -Pvalidation}) adds a finer level
 * (the tables of docs/validation.md).
 */
class LiebLinigerGhdTest {

    /**
     * Whether to add the finest refinement level (the tables of docs/validation.md): false in
     * the fast suite, true in {@link FullLiebLinigerGhdTest} (tag {@code validation}).
     */
    boolean full() {
        return false;
    }

    /**
     * The ghd solver with its settings, and the drives named by the keys {@code trap_curvature},
     * {@code trap_frequency} ({@code harmonic-trap}), {@code ramp_rate}, {@code ramp_to}
     * ({@code linear-ramp}), built for the problem's model as the runner builds them.
     */
    static Ghd solver(Object... keyValues) {
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, Object> trap = new LinkedHashMap<>();
        Map<String, Object> ramp = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            String key = (String) keyValues[i];
            Object value = keyValues[i + 1];
            switch (key) {
                case "trap_curvature" -> trap.put("curvature", value);
                case "trap_frequency" -> trap.put("frequency", value);
                case "ramp_rate" -> ramp.put("rate", value);
                case "ramp_to" -> ramp.put("to", value);
                default -> raw.put(key, value);
            }
        }
        return new Ghd(new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), raw)),
                trap, ramp);
    }

    /** The solver and the raw parameters of its drives. */
    record Ghd(GhdSolver solver, Map<String, Object> trap, Map<String, Object> ramp) {
        Problem driven(Problem p) {
            List<Drive> drives = new ArrayList<>();
            IntegrableModel model = p.space().model();
            if (!trap.isEmpty()) {
                HarmonicTrap.Provider tp = new HarmonicTrap.Provider();
                drives.add(tp.create(model, Parameters.validate("drives.0", tp.parameters(),
                        trap)));
            }
            if (!ramp.isEmpty()) {
                LinearRamp.Provider rp = new LinearRamp.Provider();
                drives.add(rp.create(model, Parameters.validate("drives." + drives.size(),
                        rp.parameters(), ramp)));
            }
            return new Problem(p.initialState(), p.perturbations(), drives, null,
                    p.outputTimes());
        }

        void check(Problem p) {
            solver.check(driven(p));
        }

        void run(Problem p, RunContext context) {
            solver.run(driven(p), context);
        }

        void run(Problem p, double[][] fill, RunContext context) {
            solver.run(driven(p), fill, context);
        }
    }

    /** The repulsive gas that keeps {@code strings} Bethe strings after a ramp through zero. */
    static RepulsiveLiebLiniger keeping(double c, int strings) {
        LiebLinigerProvider lp = new LiebLinigerProvider();
        return (RepulsiveLiebLiniger) lp.create(Parameters.validate("model", lp.parameters(),
                Map.of("c", c, "strings", strings)));
    }

    static TbaState thermal(ModeSpace space, double beta, double mu) {
        return Gge.solve(space, Gge.thermalDrivingTerm(space, beta, mu, 0)).state();
    }

    static double[] linspace(double a, double b, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = a + (b - a) * i / (n - 1.0);
        }
        return t;
    }

    int[] levels() {
        return full() ? new int[] {1, 2, 4} : new int[] {1, 2};
    }

    // ------------------------------------------------------------------ partitioning protocol

    /**
     * {∫|n - n_ss| dx / t at t/2 and t, ΔN, ΔE} for two thermal halves ({@code c = 1},
     * {@code β = 1}, {@code μ = ±1}) against the self-similar solution on a 480-node grid.
     */
    static double[] bipartition(int nx, int nt, double t) {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1.0);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
        double[] left = thermal(space, 1, 1).filling();
        double[] right = thermal(space, 1, -1).filling();
        double xMax = 14;
        double[][] fill = new double[nx][];
        QuadratureGrid xg = QuadratureGrid.uniform(-xMax, xMax, nx);
        for (int i = 0; i < nx; i++) {
            fill[i] = (xg.node(i) < 0 ? left : right).clone();
        }
        ProfileRun run = new ProfileRun(0, t / 2, t);
        solver("x_min", -xMax, "x_max", xMax, "x_points", nx).run(new Problem(
                thermal(space, 1, 1), List.of(), null, run.times), fill, run);
        ModeSpace fine = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 480));
        double[] fl = thermal(fine, 1, 1).filling();
        double[] fr = thermal(fine, 1, -1).filling();
        double[] out = new double[4];
        for (int o = 1; o <= 2; o++) {
            Profile p = run.profiles.get(o);
            double time = run.at.get(o);
            double l1 = 0;
            for (int i = 0; i < nx; i++) {
                double exact = RiemannSolution.onRay(fine, fl, fr, p.position(i) / time)
                        .particleDensity();
                l1 += p.weight(i) * Math.abs(p.state(i).particleDensity() - exact);
            }
            out[o - 1] = l1 / time;
        }
        Profile p0 = run.profiles.get(0);
        Profile p2 = run.profiles.get(2);
        out[2] = p2.particleNumber() - p0.particleNumber();
        out[3] = p2.internalEnergy() - p0.internalEnergy();
        return out;
    }

    /**
     * The partitioning protocol tends to the self-similar solution {@code n(x/t, θ)} (both
     * output times measure the same ξ-profile) under refinement: first order, since the
     * solution's filling jumps in θ on every ray; the particle number and the energy (no force
     * acts), lost at the jump by the limited interpolation, converge likewise.
     */
    @Test
    void bipartitionConvergesToTheSelfSimilarSolution() {
        double[] previous = null;
        for (int k : levels()) {
            double[] e = bipartition(28 * k, 24 * k, 1.5);
            System.out.printf(Locale.ROOT, "LL bipartition nx=%d nθ=%d: ∫|n - n_ss|/t at t=0.75"
                    + " %.3e, t=1.5 %.3e; ΔN %.2e, ΔE %.2e%n", 28 * k, 24 * k, e[0], e[1], e[2],
                    e[3]);
            if (previous != null) {
                assertTrue(e[1] < previous[1] / 1.5, "error " + e[1] + " after " + previous[1]);
                assertTrue(Math.abs(e[2]) < Math.abs(previous[2]) / 1.5, "ΔN " + e[2]
                        + " after " + previous[2]);
                assertTrue(Math.abs(e[3]) < Math.abs(previous[3]) / 1.5, "ΔE " + e[3]
                        + " after " + previous[3]);
            }
            previous = e;
        }
    }

    // ------------------------------------------------------------------ trap

    /** A thermal cloud ({@code c = 2}, {@code β = 1/2}, {@code μ = 1}) in {@code V = x²/4}. */
    static ProfileRun trapped(int k, double[] times, double offset) {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(2.0);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 30 * k));
        ProfileRun run = new ProfileRun(times);
        solver("x_min", -10, "x_max", 10, "x_points", 40 * k, "trap_curvature", 0.5,
                "lda_offset", offset).run(new Problem(thermal(space, 0.5, 1.0), List.of(), null,
                        times), run);
        return run;
    }

    /**
     * The LDA thermal state is stationary in its trap: over one trap period the fillings move by
     * a discretisation error that falls under refinement, and atoms and energy are conserved.
     */
    @Test
    void thermalCloudIsStationaryInItsTrap() {
        double previousDev = Double.NaN;
        for (int k : levels()) {
            double[] times = {0, Math.PI, 2 * Math.PI};
            ProfileRun run = trapped(k, times, 0);
            Profile a = run.profiles.get(0);
            Profile b = run.profiles.get(2);
            double dev = 0;
            double[][] f0 = a.fillings();
            double[][] f1 = b.fillings();
            for (int i = 0; i < f0.length; i++) {
                for (int j = 0; j < f0[i].length; j++) {
                    dev = Math.max(dev, Math.abs(f1[i][j] - f0[i][j]));
                }
            }
            double dn = b.particleNumber() / a.particleNumber() - 1;
            double de = (b.internalEnergy() + b.potentialEnergy())
                    / (a.internalEnergy() + a.potentialEnergy()) - 1;
            System.out.printf(Locale.ROOT, "trap nx=%d nθ=%d: over one period max|Δn| %.2e,"
                    + " ΔN/N %.2e, ΔE/E %.2e (N = %.4f)%n", 40 * k, 30 * k, dev, dn, de,
                    a.particleNumber());
            assertTrue(Math.abs(dn) < 1e-3 && Math.abs(de) < 3e-2, dn + ", " + de);
            if (!Double.isNaN(previousDev)) {
                assertTrue(dev < previousDev / 3, "Δn " + dev + " after " + previousDev);
                assertTrue(Math.abs(de) < 0.1 * 3e-2, "ΔE/E " + de);
            }
            previousDev = dev;
        }
    }

    /**
     * The LDA profile at a given atom number has that atom number, and obeys the virial theorem
     * {@code 2U - 2E_V - E_int = 0} of the strings paper's (S15), with the interaction energy
     * {@code E_int = c∫⟨ψ†²ψ²⟩} from Hellmann-Feynman (S11): an independent check of the profile
     * (the box holds the cloud down to {@code e^{-βV} ~ 10⁻⁸}); so the virial contact
     * {@code 2c(U - E_V)} (main text (2)) is the Hellmann-Feynman {@code c²G2 = c E_int}.
     */
    @Test
    void ldaProfileObeysTheVirialTheorem() {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(2.0);
        for (int k : levels()) {
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-7, 7, 30 * k));
            ProfileRun run = new ProfileRun(0);
            solver("x_min", -13, "x_max", 13, "x_points", 52 * k, "trap_curvature", 0.5,
                    "atoms", 3.0).run(new Problem(thermal(space, 0.5, 1.0), List.of(), null,
                            run.times), run);
            Profile p = run.profiles.get(0);
            double[] v = new Virial().evaluate(Snapshot.of(0, p));
            System.out.printf(Locale.ROOT, "LDA nx=%d nθ=%d: N = %.12f, E_int %.6f, virial (S15)"
                    + " residual 2U - 2E_V - E_int = %.2e (relative %.2e)%n", 52 * k, 30 * k,
                    p.particleNumber(), v[0], v[1], v[2]);
            assertEquals(3.0, p.particleNumber(), 1e-10);
            assertTrue(Math.abs(v[2]) < 1e-6, "virial residual " + v[2]);
            // the contact as the experiment infers it, main text (2): 2c(U - E_V) = c E_int
            assertEquals(2.0 * v[0], v[3], 1e-5 * Math.abs(2.0 * v[0]), "virial contact");
        }
    }

    /**
     * Displaced by {@code x_0 = 1}, the cloud's centre of mass oscillates at the trap frequency
     * {@code ω = √(k/m) = √(2k) = 1} (Kohn's theorem, exact in Euler GHD of a Galilean-invariant
     * gas: {@code ∂_t⟨x⟩ = 2⟨λ⟩} and {@code ∂_t⟨λ⟩ = -k⟨x⟩}); fitted over two periods.
     */
    @Test
    void dipoleOscillatesAtTheTrapFrequency() {
        double previous = Double.NaN;
        for (int k : levels()) {
            ProfileRun run = trapped(k, linspace(0, 4 * Math.PI, 33), 1.0);
            double[] x = new double[run.profiles.size()];
            for (int j = 0; j < x.length; j++) {
                Profile p = run.profiles.get(j);
                x[j] = p.densityMoment(1) / p.particleNumber();
            }
            double omega = DipoleFit.frequency(run.times, x, 1.0);
            System.out.printf(Locale.ROOT, "dipole nx=%d nθ=%d: ω = %.7f (trap: 1), ⟨x⟩(0) ="
                    + " %.6f%n", 40 * k, 30 * k, omega, x[0]);
            assertEquals(1.0, omega, 1e-3);
            if (!Double.isNaN(previous)) {
                assertTrue(Math.abs(omega - 1) < Math.abs(previous - 1), omega + " after "
                        + previous);
            }
            previous = omega;
        }
    }

    /**
     * {@code ⟨x²⟩(t)} of the cloud ({@code β = 1/2}, {@code μ = 1}) prepared by the LDA in the
     * tighter trap {@code ω₀ = 1.1} and released at {@code t = 0} into {@code ω = 1}
     * ({@code V = x²/4}), on {@code 40k} cells × {@code 30k} nodes; outputs over two periods.
     */
    static double breathingFrequency(double c, int k) {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(c);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 30 * k));
        QuadratureGrid xg = QuadratureGrid.uniform(-10, 10, 40 * k);
        double[] tight = new double[xg.size()];
        for (int i = 0; i < tight.length; i++) {
            tight[i] = 0.5 * 0.5 * 1.21 * xg.node(i) * xg.node(i);
        }
        TbaState centre = thermal(space, 0.5, 1.0);
        double[][] fill = LocalDensityApproximation.fillings(centre, tight, xg.weights(),
                Double.NaN, "solver.atoms");
        ProfileRun run = new ProfileRun(linspace(0, 4 * Math.PI, 49));
        solver("x_min", -10, "x_max", 10, "x_points", 40 * k, "trap_curvature", 0.5).run(
                new Problem(centre, List.of(), null, run.times), fill, run);
        double[] x2 = new double[run.profiles.size()];
        for (int j = 0; j < x2.length; j++) {
            Profile p = run.profiles.get(j);
            x2[j] = p.densityMoment(2) / p.particleNumber();
        }
        double omega = DipoleFit.frequency(run.times, x2, 2.0);
        System.out.printf(Locale.ROOT, "breathing c=%.0f nx=%d nθ=%d: ω_B = %.5f, ⟨x²⟩ %.4f →"
                + " %.4f, N = %.4f%n", c, 40 * k, 30 * k, omega, x2[0], x2[6],
                run.profiles.get(0).particleNumber());
        return omega;
    }

    /**
     * The breathing mode after a small quench of the trap. Free fermions ({@code c = 10⁴}, the
     * Tonks-Girardeau limit, where every quasiparticle oscillates at ω) breathe at exactly
     * {@code 2ω}: the fitted frequency tends to 2 under refinement. At finite {@code c} the gas
     * is between the quasicondensate's {@code √3 ω} and {@code 2ω}, and approaches the Tonks
     * value as {@code c} grows (Menotti-Stringari's crossover, here for a thermal cloud).
     */
    @Test
    void breathingModeTendsToTwiceTheTrapFrequencyInTheTonksLimit() {
        double previous = Double.NaN;
        int finest = 0;
        for (int k : levels()) {
            double omega = breathingFrequency(1e4, k);
            if (!Double.isNaN(previous)) {
                // down to the time-stepping floor of the finest grids (measured 3e-5)
                assertTrue(Math.abs(omega - 2) < Math.max(Math.abs(previous - 2) / 3, 1e-4),
                        omega + " after " + previous);
            }
            previous = omega;
            finest = k;
        }
        assertEquals(2.0, previous, 3e-3);
        double tonks = previous;
        previous = Math.sqrt(3);
        for (double c : new double[] {2, 8, 32}) {
            double omega = breathingFrequency(c, finest);
            assertTrue(omega > previous && omega < tonks, "ω_B " + omega + " at c = " + c);
            previous = omega;
        }
    }

    // ------------------------------------------------------------------ ramps

    /**
     * A homogeneous ramp {@code c: 2 → 1} (the force of {@code ∂_t c} alone): the energy changes
     * by {@code ∫dt ∂_t c ⟨∂_cH⟩} (Hellmann-Feynman, (S11), Simpson over 9 outputs), the atom
     * number is kept, and the fillings agree with the adiabatic counting-function map of the
     * model (an independent construction of the same physics); all differences fall under
     * refinement of the rapidity spacing and, with it, of the time step (the CFL bound of the
     * two-cell box would not shrink: measured relative energy difference 1.45e-3, 2.22e-4,
     * 3.67e-5 at 40, 80, 160 nodes).
     */
    @Test
    void rampAgreesWithHellmannFeynmanAndTheAdiabaticMap() {
        double previousDev = Double.NaN;
        double previousEnergy = Double.NaN;
        for (int nt : full() ? new int[] {40, 80, 160} : new int[] {40, 80}) {
            RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(2.0);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-8, 8, nt));
            TbaState s0 = thermal(space, 0.25, 1.0);
            double[][] fill = {s0.filling(), s0.filling()};
            ProfileRun run = new ProfileRun(linspace(0, 2, 9));
            solver("x_min", -1, "x_max", 1, "x_points", 2, "boundary", "periodic",
                    "ramp_rate", -0.5, "ramp_to", 1.0, "cfl", 40.0 / nt).run(new Problem(s0, List.of(), null,
                            run.times), fill, run);
            double[] g = new double[run.times.length];
            for (int j = 0; j < g.length; j++) {
                g[j] = HellmannFeynman.couplingDerivativeOfEnergy(run.profiles.get(j).state(0));
            }
            double h = run.times[1] - run.times[0];
            double integral = g[0] + g[g.length - 1];
            for (int j = 1; j < g.length - 1; j++) {
                integral += (j % 2 == 1 ? 4 : 2) * g[j];
            }
            integral *= -0.5 * h / 3;
            TbaState end = run.profiles.get(g.length - 1).state(0);
            RepulsiveLiebLiniger m1 = new RepulsiveLiebLiniger(1.0);
            ModeSpace s1 = ModeSpace.of(m1, space.grid(0));
            double[] adiabatic = m1.fillingFromZeroCoupling(s1, m.fillingAtZeroCoupling(space,
                    s0.filling()));
            double dev = 0;
            for (int k = 0; k < adiabatic.length; k++) {
                dev = Math.max(dev, Math.abs(adiabatic[k] - end.filling()[k]));
            }
            double de = end.energyDensity() - s0.energyDensity();
            double energy = Math.abs(de / integral - 1);
            double dn = end.particleDensity() / s0.particleDensity() - 1;
            System.out.printf(Locale.ROOT, "ramp c 2→1 nθ=%d: Δe %.8f vs ∫ċ⟨∂cH⟩dt %.8f (rel."
                    + " %.2e); ΔN/N %.2e; max|n - n_adiabatic| %.2e%n", nt, de, integral, energy,
                    dn, dev);
            assertTrue(Math.abs(dn) < 2e-4, "ΔN/N " + dn);
            if (!Double.isNaN(previousDev)) {
                assertTrue(dev < previousDev / 3, "filling " + dev + " after " + previousDev);
                assertTrue(energy < previousEnergy / 2, "energy " + energy + " after "
                        + previousEnergy);
            }
            previousDev = dev;
            previousEnergy = energy;
        }
        assertTrue(previousEnergy < 1e-3, "energy " + previousEnergy);
    }

    /**
     * The force of {@code ∂_t c} on Bethe strings: a homogeneous ramp {@code c: -1 → -2} of the
     * (S10) string gas (8 strings) changes the energy by {@code ∫dt ∂_t c ⟨∂_cH⟩}
     * (Hellmann-Feynman with the string kernels, Simpson over 9 outputs), and keeps the atoms;
     * both up to a discretisation error that falls under refinement (measured: relative energy
     * difference 5.9e-3, 9.8e-4, 1.6e-4 at 24, 48, 96 nodes per string).
     */
    @Test
    void stringRampAgreesWithHellmannFeynman() {
        double previous = Double.NaN;
        double previousDn = Double.NaN;
        for (int nt : full() ? new int[] {24, 48, 96} : new int[] {24, 48}) {
            org.rapidity.models.liebliniger.AttractiveLiebLiniger m =
                    new org.rapidity.models.liebliniger.AttractiveLiebLiniger(-1.0, 8);
            ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
            RepulsiveLiebLiniger r = new RepulsiveLiebLiniger(1.0);
            ModeSpace rs = ModeSpace.of(r, space.grid(0));
            double[] bose = new double[nt];
            for (int k = 0; k < nt; k++) {
                double l = rs.theta(k);
                bose[k] = Math.exp(-0.5 * (l * l + 0.5)); // the ideal Bose gas at c → 0⁺
            }
            double[] f0 = m.fillingFromZeroCoupling(space, r.mapThroughZero(rs, bose, space));
            TbaState s0 = TbaState.fromFilling(space, f0);
            double[][] fill = {f0, f0};
            ProfileRun run = new ProfileRun(linspace(0, 1, 9));
            solver("x_min", -1, "x_max", 1, "x_points", 2, "boundary", "periodic", "ramp_rate",
                    -1.0, "ramp_to", -2.0, "cfl", 0.5).run(new Problem(s0, List.of(), null,
                            run.times), fill, run);
            double[] g = new double[9];
            for (int j = 0; j < 9; j++) {
                g[j] = HellmannFeynman.couplingDerivativeOfEnergy(run.profiles.get(j).state(0));
            }
            double integral = g[0] + g[8];
            for (int j = 1; j < 8; j++) {
                integral += (j % 2 == 1 ? 4 : 2) * g[j];
            }
            integral *= -1.0 / 8 / 3;
            TbaState end = run.profiles.get(8).state(0);
            double de = end.energyDensity() - s0.energyDensity();
            double rel = Math.abs(de / integral - 1);
            double dn = end.particleDensity() / s0.particleDensity() - 1;
            System.out.printf(Locale.ROOT, "string ramp c -1→-2 nθ=%d: Δe %.8f vs ∫ċ⟨∂cH⟩dt"
                    + " %.8f (rel. %.2e); ΔN/N %.2e%n", nt, de, integral, rel, dn);
            if (!Double.isNaN(previous)) {
                assertTrue(rel < previous / 3, "energy " + rel + " after " + previous);
            }
            assertTrue(Math.abs(dn) < 1e-2, "ΔN/N " + dn);
            if (!Double.isNaN(previousDn)) {
                assertTrue(Math.abs(dn) < Math.abs(previousDn) / 3, "ΔN/N " + dn + " after "
                        + previousDn);
            }
            previousDn = dn;
            previous = rel;
        }
        assertTrue(previous < 2e-3, "energy " + previous);
    }

    /**
     * A homogeneous ramp {@code c: 2 → -2} through zero into Bethe strings (20 kept): the atom
     * number changes across the crossing ({@code c = 1 → -1}, the gap) and over the whole ramp
     * by a discretisation error that falls under refinement of the rapidity grid.
     */
    @Test
    void crossingIntoStringsConservesAtoms() {
        double previousGap = Double.NaN;
        double previousAll = Double.NaN;
        for (int nt : full() ? new int[] {24, 48, 96} : new int[] {24, 48}) {
            ProfileRun run = crossing(nt, null, Integer.MAX_VALUE);
            double[] n = new double[run.profiles.size()];
            for (int j = 0; j < n.length; j++) {
                n[j] = run.profiles.get(j).state(0).particleDensity();
            }
            LiebLiniger before = (LiebLiniger) run.profiles.get(2).model();
            LiebLiniger after = (LiebLiniger) run.profiles.get(4).model();
            assertEquals(1.0, before.coupling(), 1e-12);
            assertEquals(-1.0, after.coupling(), 1e-12);
            assertEquals(20, after.speciesCount());
            double gap = n[4] / n[2] - 1;
            double all = n[n.length - 1] / n[0] - 1;
            System.out.printf(Locale.ROOT, "crossing c 2→-2, nθ=%d, 20 strings: ΔN/N across the"
                    + " gap (c = 1 → -1) %.2e, over the whole ramp %.2e%n", nt, gap, all);
            if (!Double.isNaN(previousGap)) {
                assertTrue(Math.abs(gap) < Math.abs(previousGap) / 4, gap + " after "
                        + previousGap);
                assertTrue(Math.abs(all) < Math.abs(previousAll) / 3, all + " after "
                        + previousAll);
            }
            previousGap = gap;
            previousAll = all;
        }
        assertTrue(Math.abs(previousGap) < 2e-3 && Math.abs(previousAll) < 3e-3,
                previousGap + ", " + previousAll);
    }

    static ProfileRun crossing(int nt, Checkpoint resume, int stopAfter) {
        return crossing(nt, new ProfileRun(new double[] {0, 0.5, 1, 1.5, 3, 3.5, 4}, resume,
                stopAfter));
    }

    /**
     * Runs into {@code run} the homogeneous ramp {@code c: 2 → -2} at rate −1 with the crossing
     * gap 1 (so {@code t_+ = 1}, {@code t_0 = 2}, {@code t_- = 3}) on {@code nt} rapidities.
     */
    static ProfileRun crossing(int nt, ProfileRun run) {
        RepulsiveLiebLiniger m = keeping(2.0, 20);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, nt));
        TbaState s0 = thermal(space, 0.5, -0.5);
        double[][] fill = {s0.filling(), s0.filling()};
        solver("x_min", -1, "x_max", 1, "x_points", 2, "boundary", "periodic", "ramp_rate",
                -1.0, "ramp_to", -2.0, "crossing_gap", 1.0).run(new Problem(s0,
                        List.of(), null, run.times), fill, run);
        return run;
    }

    // ------------------------------------------------------------------ checkpoints

    /** A run interrupted after an output resumes from its checkpoint to the same numbers. */
    @Test
    void resumeIsExact() {
        double[] times = linspace(0, 2, 5);
        ProfileRun whole = trapped(1, times, 1.0);
        ProfileRun first = new ProfileRun(times, null, 2);
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(2.0);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 30));
        Ghd s = solver("x_min", -10, "x_max", 10, "x_points", 40, "trap_curvature", 0.5,
                "lda_offset", 1.0);
        Problem problem = new Problem(thermal(space, 0.5, 1.0), List.of(), null, times);
        assertThrows(ProfileRun.Interrupted.class, () -> s.run(problem, first));
        Checkpoint c = first.checkpoints.get(first.checkpoints.size() - 1);
        ProfileRun rest = new ProfileRun(times, c, Integer.MAX_VALUE);
        s.run(problem, rest);
        assertEquals(times.length - 2, rest.profiles.size());
        double[][] a = whole.profiles.get(times.length - 1).fillings();
        double[][] b = rest.profiles.get(rest.profiles.size() - 1).fillings();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0.0);
        }
        // across the crossing of c = 0, from every phase: GhdCrossingEventsTest
    }

    // ------------------------------------------------------------------ refusals

    /** Bad solver settings stop before anything runs, naming the field. */
    @Test
    void badSettingsAreRefusedWithTheField() {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(2.0);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 20));
        Problem p = new Problem(thermal(space, 0.5, 1.0), List.of(), null, new double[] {0, 1});
        assertField("drives.0.frequency", () -> solver("x_min", -5, "x_max", 5, "x_points", 10,
                "trap_frequency", "27.6 Hz").check(p));
        assertField("solver.boundary", () -> solver("x_min", -5, "x_max", 5, "x_points", 10,
                "trap_curvature", 1, "boundary", "periodic").check(p));
        assertField("solver.atoms", () -> solver("x_min", -5, "x_max", 5, "x_points", 10,
                "atoms", 3).check(p));
        Problem longer = new Problem(p.initialState(), List.of(), null, new double[] {0, 10});
        assertField("solver.crossing_gap", () -> solver("x_min", -5, "x_max", 5, "x_points",
                10, "ramp_rate", -1, "ramp_to", -0.1, "crossing_gap", 0.5).check(longer));
        assertField("drives.0.to", () -> solver("x_min", -5, "x_max", 5, "x_points", 10,
                "ramp_rate", -1, "ramp_to", 3).check(p));
        assertField("drives", () -> solver("x_min", -5, "x_max", 5, "x_points", 10,
                "ramp_rate", 1, "ramp_to", 3).check(new Problem(thermal(ModeSpace.of(
                        new RepulsiveLiebLiniger(-1 * -1.0).acrossZero(-1, 2),
                        QuadratureGrid.uniform(-6, 6, 20)), 0.5, -1), List.of(), null,
                        new double[] {0, 10})));
        assertField("solver.x_max", () -> solver("x_min", 5, "x_max", -5, "x_points", 10)
                .check(p));
        ModeSpace rods = ModeSpace.of(new HardRods(1, Parameters.empty()),
                QuadratureGrid.uniform(-6, 6, 20));
        Problem hp = new Problem(thermal(rods, 1, 0), List.of(), null, new double[] {0, 1});
        assertField("drives.0.parameter", () -> solver("x_min", -5, "x_max", 5, "x_points",
                10, "ramp_rate", -1).check(hp));
        // a model with laboratory units accepts the trap in Hz
        RepulsiveLiebLiniger cs = new RepulsiveLiebLiniger(2.0, Parameters.empty(), Atom.CS133);
        solver("x_min", -5, "x_max", 5, "x_points", 10, "trap_frequency", "27.6 Hz").check(
                new Problem(
                thermal(ModeSpace.of(cs, QuadratureGrid.uniform(-6, 6, 20)), 0.5, 1), List.of(),
                null, new double[] {0, 1}));
    }

    static void assertField(String field, Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
    }
}
