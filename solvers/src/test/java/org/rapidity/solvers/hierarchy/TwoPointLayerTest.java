package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.perturbation.MomentumTransferIntegrals;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The equations of the two-point layer against closed forms and an independent implementation:
 * the early-time diffusion in rapidity, the Kubo term's sign and normalisation, and the free
 * limit (the standard BBGKY hierarchy).
 */
class TwoPointLayerTest {

    /**
     * From {@code g(0) = 0}: {@code ∂_t g = V'(z)[(Dρ) c^T - c (Dρ)^T]} and then
     * {@code ∂_t²ρ = C₀₀ (∫dz V'²) ∂_θ²ρ}: a diffusion in rapidity whose coefficient is the
     * contact correlation {@code C₀₀} (for hard rods {@code ρ̄(1 - aρ̄)²}) times {@code ∫V'²}. It
     * tests (47), the contact forcing of (48) and their discretisation: exact on the grid with
     * the grid's {@code V'}, and to the grid's accuracy against the continuum
     * {@code ∫V'² = K0/2π}.
     */
    @Test
    void startsAsDiffusionInRapidityWithTheContactCorrelations() {
        ModeSpace space = Runs.rods(1, 7, 48);
        TbaState s = Runs.lumps(space, 2.5);
        PowerLawPerturbation v = Runs.powerLaw(3, 20);
        SeparationGrid grid = new SeparationGrid(200, 128, v);
        TwoPointEquations eq = new TwoPointEquations(space, grid, true);
        NormalModes basis = new NormalModes(s);
        int n = space.size();
        double[] rho = s.density();
        double[] g = new double[grid.size() * n * n];
        double[] dRho = new double[n];
        double[] dG = new double[g.length];
        eq.rate(basis, rho, g, dRho, dG);
        assertEquals(0, max(dRho), 0, "nothing moves while g = 0");
        double[] second = new double[n];
        eq.rate(basis, rho, dG, second, new double[g.length]);
        double sumForce = 0;
        for (int m = 0; m < grid.size(); m++) {
            sumForce += grid.spacing() * grid.force(m) * grid.force(m);
        }
        double rhoBar = s.quasiparticleDensity();
        double c00 = rhoBar * Math.pow(1 - rhoBar, 2);
        double[] d2 = NormalModes.mult(eq.rapidityDerivative(),
                NormalModes.mult(eq.rapidityDerivative(), rho));
        double scale = max(d2) * c00 * sumForce;
        for (int i = 0; i < n; i++) {
            assertEquals(c00 * sumForce * d2[i], second[i], 1e-11 * scale, "θ = " + space.theta(i));
        }
        // the grid's V' is band-limited at π/Δz: the tail ∫dk k²V̂² beyond it is ~ (kξ)^-5
        double continuum = MomentumTransferIntegrals.of(v).k0() / (2 * Math.PI);
        assertEquals(continuum, sumForce, 1e-4 * continuum, "∫V'² on the grid");
        // the kinetic energy starts to grow as ½ ρ̄ C₀₀ ∫V'² t²
        double kinetic = 0;
        for (int i = 0; i < n; i++) {
            kinetic += space.weight(i) * space.energy()[i] * second[i];
        }
        assertEquals(rhoBar * c00 * sumForce, kinetic, 1e-10 * rhoBar * c00 * sumForce);
    }

    /**
     * The Kubo term is linearised Navier-Stokes GHD on each leg: for {@code G(z) = f(z) C} it
     * changes the spatial variance of the momentum-momentum correlation
     * {@code m(z) = ∫∫θ1θ2 g(z)} at the rate {@code d/dt ∫z² m = 2 (∫f) ∫∫θ 𝔇C θ}, positive (the
     * profile widens) with the De Nardis-Bernard-Doyon {@code 𝔇} and the factor ½ of (112).
     */
    @Test
    void kuboTermWidensCorrelationsAtTheNavierStokesRate() {
        ModeSpace space = Runs.rods(1, 7, 40);
        TbaState s = Runs.lumps(space, 2.5);
        int n = space.size();
        SeparationGrid grid = new SeparationGrid(100, 128, Runs.powerLaw(0, 10));
        NormalModes basis = new NormalModes(s);
        DMatrixRMaj c = s.susceptibility();
        double width = 8;
        double[] g = new double[grid.size() * n * n];
        double integralF = 0;
        for (int m = 0; m < grid.size(); m++) {
            double z = grid.separation(m);
            double f = Math.exp(-z * z / (2 * width * width));
            integralF += grid.spacing() * f;
            DMatrixRMaj gm = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    gm.set(i, j, f * c.get(i, j) / space.weight(j));
                }
            }
            System.arraycopy(basis.congruent(gm).data, 0, g, m * n * n, n * n);
        }
        double[] rho = s.density();
        double[] withKubo = new double[g.length];
        double[] without = new double[g.length];
        new TwoPointEquations(space, grid, true).rate(basis, rho, g, new double[n], withKubo);
        new TwoPointEquations(space, grid, false).rate(basis, rho, g, new double[n], without);
        // u = S^{-T}(w θ): m(z) = u·G̃(z)·u
        double[] wt = new double[n];
        for (int i = 0; i < n; i++) {
            wt[i] = space.weight(i) * space.theta(i);
        }
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                u[j] += basis.sInverse().get(i, j) * wt[i];
            }
        }
        double rate = 0;
        for (int m = 0; m < grid.size(); m++) {
            double z = grid.separation(m);
            double acc = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int k = m * n * n + i * n + j;
                    acc += u[i] * (withKubo[k] - without[k]) * u[j];
                }
            }
            rate += grid.spacing() * z * z * acc;
        }
        DMatrixRMaj dc = new DMatrixRMaj(n, n);
        org.ejml.dense.row.CommonOps_DDRM.mult(s.diffusionMatrix(), c, dc);
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                expected += wt[i] * dc.get(i, j) * space.theta(j);
            }
        }
        expected *= 2 * integralF;
        assertTrue(expected > 0, "the Onsager form θ·𝔇C·θ is positive");
        assertEquals(expected, rate, 1e-8 * expected);
    }

    /**
     * For hard rods at {@code a = 0} (free particles) the hierarchy's coefficients reduce to the
     * free ones ({@code A = diag θ}, {@code C^γ = δδ}, {@code 𝔇 = 0}) and the solver's run
     * coincides with an independent implementation of the standard BBGKY equations (53)-(54)
     * (density basis, direct sums, classical RK4 at a step ten times smaller).
     */
    @Test
    void freeLimitIsTheStandardBbgkyHierarchy() {
        ModeSpace space = Runs.rods(0, 7, 40);
        TbaState s0 = Runs.lumps(space, 1.0);
        PowerLawPerturbation v = Runs.powerLaw(3, 10);
        SeparationGrid grid = new SeparationGrid(50, 32, v);
        TwoPointCoefficients co = new TwoPointEquations(space, grid, true)
                .coefficients(s0.density());
        int n = space.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(i == j ? space.theta(i) : 0, co.flux.get(i, j), 1e-15);
                assertEquals(0, co.diffusion.get(i, j), 1e-15);
                assertEquals(i == j ? 1 : 0, co.q.get(i, j), 1e-15);
            }
        }
        double end = 8;
        StandardBbgky reference = new StandardBbgky(space, grid, s0.density());
        for (int k = 0; k < 160; k++) {
            reference.step(end / 160);
        }
        double[] times = {0, end};
        Runs.Recorder rec = new Runs.Recorder(times);
        Runs.solver(Map.of("z_max", 50.0, "z_points", 32, "time_step", 0.5, "absorbing_layer",
                0.0, "edge_tolerance", 1.0)).run(new Problem(s0, List.of(v),
                        Runs.truncation("two-point"), times), rec);
        double[] rho = rec.state(1).density();
        double[] start = s0.density();
        double change = 0;
        double diff = 0;
        for (int i = 0; i < n; i++) {
            change = Math.max(change, Math.abs(reference.rho[i] - start[i]));
            diff = Math.max(diff, Math.abs(reference.rho[i] - rho[i]));
        }
        assertTrue(change > 1e-3, "the density evolves: " + change);
        assertEquals(0, diff / change, 1e-6, "ρ of the two code paths");
        // g2 too: the hierarchy's G in the density basis against the reference
        double gmax = 0;
        for (double x : reference.g) {
            gmax = Math.max(gmax, Math.abs(x));
        }
        assertTrue(gmax > 0);
        // g2 has structure on short scales that moves fast (|θ1 - θ2| up to 14): a finer step
        TwoPointRun run = new TwoPointRun(space, v, grid, false, 0.125, 0);
        run.start(start);
        run.advance(0, end, t -> { });
        double[] gg = run.correlations();
        double gdiff = 0;
        for (int k = 0; k < gg.length; k++) {
            gdiff = Math.max(gdiff, Math.abs(gg[k] - reference.g[k]));
        }
        assertEquals(0, gdiff / gmax, 1e-6, "g2 of the two code paths");
    }

    static double max(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }
}
