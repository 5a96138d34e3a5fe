package org.rapidity.framework.tba;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * An inhomogeneous state in the local-density picture of generalised hydrodynamics: on a grid of
 * positions {@code x_i} (a quadrature rule in space, usually cells of width {@code Δx}), one
 * homogeneous {@link TbaState} per position, all on the same {@link ModeSpace}, and the external
 * potential {@code V(x_i)} that couples to the particle number (charge 0). It is the snapshot
 * view of the GHD solver; observables of a trapped gas read it and integrate over {@code x}.
 *
 * <p>Units are those of the model: positions in its length unit, {@code V} in its energy unit.
 * Integrals over the cloud are quadratures with the weights of the position grid, e.g. the atom
 * number {@code N = Σ_i Δx_i n(x_i)}. Immutable.
 */
public final class Profile {

    private final QuadratureGrid positions;
    private final List<TbaState> states;
    private final double[] potential;

    private Profile(QuadratureGrid positions, List<TbaState> states, double[] potential) {
        if (states.size() != positions.size() || potential.length != positions.size()) {
            throw new IllegalArgumentException("need one state and one potential value per"
                    + " position: " + positions.size() + " positions, " + states.size()
                    + " states, " + potential.length + " potential values");
        }
        ModeSpace space = states.get(0).space();
        for (TbaState s : states) {
            if (s.space() != space) {
                throw new IllegalArgumentException("all local states of a profile must share"
                        + " one mode space");
            }
        }
        this.positions = positions;
        this.states = Collections.unmodifiableList(new ArrayList<>(states));
        this.potential = potential.clone();
    }

    /**
     * A profile of given local states.
     *
     * @param positions the position grid (nodes and weights, model length unit)
     * @param states one state per node, all on one mode space
     * @param potential {@code V(x_i)} (model energy unit)
     */
    public static Profile of(QuadratureGrid positions, List<TbaState> states,
            double[] potential) {
        return new Profile(positions, states, potential);
    }

    /**
     * The profile of given local fillings {@code n(x_i, θ)}: one dressing per position, the
     * positions in parallel.
     */
    public static Profile ofFillings(QuadratureGrid positions, ModeSpace space,
            double[][] fillings, double[] potential) {
        TbaState[] s = new TbaState[positions.size()];
        IntStream.range(0, s.length).parallel().forEach(i -> s[i] = TbaState.fromFilling(space,
                fillings[i]));
        return new Profile(positions, List.of(s), potential);
    }

    /** The position grid. */
    public QuadratureGrid positions() {
        return positions;
    }

    /** Number of positions. */
    public int size() {
        return states.size();
    }

    /** Position {@code x_i}. */
    public double position(int i) {
        return positions.node(i);
    }

    /** Quadrature weight (cell width) of position {@code i}. */
    public double weight(int i) {
        return positions.weight(i);
    }

    /** The local state at position {@code i}. */
    public TbaState state(int i) {
        return states.get(i);
    }

    /** All local states, by position. */
    public List<TbaState> states() {
        return states;
    }

    /** The mode space shared by all positions. */
    public ModeSpace space() {
        return states.get(0).space();
    }

    /** The model. */
    public IntegrableModel model() {
        return space().model();
    }

    /** {@code V(x_i)} (copy). */
    public double[] potential() {
        return potential.clone();
    }

    /** {@code Σ_i w_i f(state_i)}: the integral of a local quantity over the cloud. */
    public double integrate(ToDoubleFunction<TbaState> local) {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += weight(i) * local.applyAsDouble(states.get(i));
        }
        return s;
    }

    /** Particle density profile {@code n(x_i)}. */
    public double[] densityProfile() {
        double[] n = new double[size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = states.get(i).particleDensity();
        }
        return n;
    }

    /** Atom (particle) number {@code N = ∫dx n(x)} (an n-string counts n particles). */
    public double particleNumber() {
        return integrate(TbaState::particleDensity);
    }

    /** Internal energy {@code U = ∫dx Σ_a ∫dθ E_a ρ_a} (the strings paper's U, note 2). */
    public double internalEnergy() {
        return integrate(TbaState::energyDensity);
    }

    /** Potential energy {@code E_V = ∫dx V(x) n(x)} (the strings paper's E_V, note 2). */
    public double potentialEnergy() {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += weight(i) * potential[i] * states.get(i).particleDensity();
        }
        return s;
    }

    /** {@code ∫dx x^k n(x)}: moments of the density profile. */
    public double densityMoment(int k) {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += weight(i) * Math.pow(position(i), k) * states.get(i).particleDensity();
        }
        return s;
    }

    /**
     * The rapidity distribution integrated over the cloud, {@code ρ̄_a(θ) = ∫dx ρ_a(x, θ)}, a
     * mode vector (number of quasiparticles per unit rapidity, not a density per length).
     */
    public double[] integratedDensity() {
        double[] out = new double[space().size()];
        for (int i = 0; i < size(); i++) {
            double[] rho = states.get(i).density();
            double w = weight(i);
            for (int k = 0; k < out.length; k++) {
                out[k] += w * rho[k];
            }
        }
        return out;
    }

    /** Fillings {@code n(x_i, θ_k)}, {@code [i][k]} (copies). */
    public double[][] fillings() {
        double[][] f = new double[size()][];
        for (int i = 0; i < f.length; i++) {
            f[i] = states.get(i).filling();
        }
        return f;
    }
}
