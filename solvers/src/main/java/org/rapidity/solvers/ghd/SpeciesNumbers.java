package org.rapidity.solvers.ghd;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The number of quasiparticles of each species, {@code N_a = ∫dx ∫dθ ρ_a(x, θ)}, kept by the
 * time steps of the Bethe-string gas after the crossing of {@code c = 0}. Euler GHD with a force
 * is the continuity equation of every species, {@code ∂_tρ_a + ∂_x(v^eff_a ρ_a) + ∂_θ(F^eff_a
 * ρ_a) = 0} (Doyon–Yoshimura for a potential, Bastianello–De Luca–Doyon–De Nardis, PRL 123,
 * 130602 (2019), for {@code ∂_t c}), so in a trap each {@code N_a} is a constant of the motion.
 *
 * <p>The semi-Lagrangian step carries fillings, which is not conservative, and for the strings it
 * is biased (docs/experiment.md, "Atoms after the crossing"): the filling of an {@code n}-string
 * is a peak of width {@code ~ √(T/n)} in {@code θ}, a node or two on the examples' grids; each
 * step moves it by a fraction of a node ({@code F^eff = -V'} for every string), and the cubic
 * interpolation, limited to its stencil's range, clips the negative lobes at the foot of the peak
 * (a gain) more than its top (a loss). Measured on a 24-string tube: +2% of the atoms per unit of
 * time with {@code c} held, strings 9–24 +6.8%; independent of {@code Δx} and {@code Δt},
 * eleven times less on twice the rapidities. A homogeneous state shifted back and forth by four
 * nodes gains likewise (+0.4 to +1.2%), where the continuum is Galilean invariant.
 *
 * <p>The fix is a conservative remap per species (a mass fixer of semi-Lagrangian transport,
 * e.g. Priestley, Mon. Wea. Rev. 121, 621 (1993)): the fillings each step produces are scaled
 * per species by {@code N_a^ref / N_a}, {@code N_a} measured on the dressed state at the start of
 * the step (one dressing per step, as before: the scaling of step {@code k} corrects the drift up
 * to step {@code k - 1}, so the numbers stay within one step's drift of the reference). The
 * correction is counted, and {@link #checkOutput} refuses a run whose steps would have changed
 * the atom number by more than the tolerance between two outputs, naming {@code
 * solver.conservation} (the check the atom number made before; atoms that leave the box or the
 * rapidity window are thus not hidden).
 */
final class SpeciesNumbers {

    /** {@code N_a} at the start of the phase, per species. */
    private final double[] reference;
    /**
     * Atoms {@code Σ_steps Σ_a h_a (N_a^ref - N_a)} the scaling restored since the last output:
     * the change of the atom number the steps would have made (the quantity the atom number's
     * check between outputs measured before).
     */
    private double restored;

    SpeciesNumbers(double[] reference) {
        this.reference = reference.clone();
    }

    /**
     * The numbers of {@code states} to keep from now on, where they are constants of the motion
     * (a trap or a ring) and the step interpolates fillings ({@code filling} scheme); else null.
     */
    static SpeciesNumbers kept(GhdSolver.Settings s, boolean fillingScheme, TbaState[] states) {
        boolean closed = s.trapped() || s.boundary() == Boundary.PERIODIC;
        return closed && fillingScheme ? new SpeciesNumbers(count(states, s.positions())) : null;
    }

    /** {@code N_a^ref} (for checkpoints). */
    double[] reference() {
        return reference.clone();
    }

    /** {@code N_a = Σ_i Δx_i Σ_{k ∈ a} w_k ρ_k(x_i)} of the states on the cells. */
    static double[] count(TbaState[] states, QuadratureGrid xg) {
        ModeSpace space = states[0].space();
        double[] n = new double[space.speciesCount()];
        for (int i = 0; i < states.length; i++) {
            double[] rho = states[i].density();
            double wx = xg.weight(i);
            for (int k = 0; k < rho.length; k++) {
                n[space.species(k)] += wx * space.weight(k) * rho[k];
            }
        }
        return n;
    }

    /**
     * The fillings {@code next} of a step scaled per species by {@code N_a^ref / N_a(now)} (a
     * filling stays at most 1), {@code now} the dressed states at the start of the step.
     */
    double[][] correct(double[][] next, TbaState[] now, QuadratureGrid xg) {
        double[] n = count(now, xg);
        ModeSpace space = now[0].space();
        double[] h = space.particleNumber();
        double[] scale = new double[n.length];
        for (int a = 0; a < n.length; a++) {
            scale[a] = n[a] > 0 ? reference[a] / n[a] : 1;
            restored += (reference[a] - n[a]) * h[space.offset(a)];
        }
        double[][] out = new double[next.length][];
        for (int i = 0; i < next.length; i++) {
            double[] o = next[i].clone();
            for (int k = 0; k < o.length; k++) {
                o[k] = Math.min(1, o[k] * scale[space.species(k)]);
            }
            out[i] = o;
        }
        return out;
    }

    /**
     * At an output of {@code atoms} atoms: refuses a run whose steps restored more than
     * {@code tolerance} of them since the last output ({@code checked}: where the atom number is
     * checked between outputs, i.e. not at the first output after the crossing), and starts
     * counting again (nothing where {@code numbers} is null).
     */
    static void checkOutput(SpeciesNumbers numbers, double atoms, double tolerance, double t,
            boolean checked) {
        if (numbers == null) {
            return;
        }
        double moved = numbers.restored;
        numbers.restored = 0;
        if (checked && Math.abs(moved) > tolerance * atoms) {
            throw new InvalidInputException("solver.conservation", "the steps after the"
                    + " crossing of c = 0 would have changed the atoms by " + (-moved) + " of "
                    + atoms + " between outputs (at t = " + t + "; restored string by"
                    + " string), beyond the tolerance " + tolerance + "; refine the rapidity"
                    + " grid (grid.points), reduce cfl or widen the box");
        }
    }
}
