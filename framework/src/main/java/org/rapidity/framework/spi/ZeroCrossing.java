package org.rapidity.framework.spi;

import org.rapidity.framework.evolution.ZeroCrossingEvents;
import org.rapidity.framework.tba.ModeSpace;

/**
 * Optional capability of a {@link CouplingDependent} model whose coupling can be ramped through
 * zero, where its quasiparticle content changes (Lieb-Liniger: one species for {@code c > 0},
 * Bethe strings for {@code c < 0}). A hydrodynamic solver ramping {@code c} cannot dress states
 * at couplings the rapidity grid does not resolve (the kernels become δ-like as {@code c → 0}),
 * so it crosses a small interval {@code (-g, g)} with the operations below, which work on
 * fillings of one homogeneous state (one position):
 * <ol>
 *   <li>{@link #fillingAtZeroCoupling}: the slow (adiabatic) ramp from this model's coupling to
 *       {@code c → 0} on this side. At the Euler scale a homogeneous state keeps its quantum
 *       numbers, i.e. its filling as a function of the counting function {@code Z(θ)} (the GHD
 *       force of {@code ∂_t c} integrated over the ramp);</li>
 *   <li>{@link #mapThroughZero}: the fillings at {@code c → 0} on the other side (the strings
 *       paper's (S10) for Lieb-Liniger);</li>
 *   <li>{@link #fillingFromZeroCoupling}: the adiabatic ramp from {@code c → 0} to the coupling
 *       of a model on the other side ({@link #acrossZero}).</li>
 * </ol>
 * Fillings are mode vectors on the given spaces; "at zero coupling" fillings live on the modes of
 * the model on that side of zero (same species, same nodes). The crossing is the model's own
 * event: {@link #crossingEvents} gives the times of these operations along a ramp, as events of
 * the evolution driver, to any solver that ramps the model's coupling.
 */
public interface ZeroCrossing {

    /**
     * The fillings at {@code c → 0} on this model's side reached by an adiabatic ramp from this
     * model's coupling (quantum numbers kept).
     *
     * @param space modes of this model
     * @param filling the state's filling on {@code space}
     */
    double[] fillingAtZeroCoupling(ModeSpace space, double[] filling);

    /**
     * The inverse of {@link #fillingAtZeroCoupling}: the fillings at this model's coupling
     * reached by an adiabatic ramp from {@code c → 0} on its side.
     */
    double[] fillingFromZeroCoupling(ModeSpace space, double[] zeroCouplingFilling);

    /**
     * {@link #fillingFromZeroCoupling} onto other nodes: the fillings on {@code target} (this
     * model's modes, the same species and number of nodes per species as {@code zeroSide}, the
     * nodes of each species placed anywhere) reached by the adiabatic ramp from {@code c → 0},
     * where the state is {@code zeroCouplingFilling} on {@code zeroSide} (whose species share
     * their nodes: the dressing there is local in {@code θ}). A solver that gives each species
     * its own rapidity grid away from zero enters it here. By default only for the same nodes.
     *
     * @throws IllegalArgumentException if the model cannot change the nodes
     */
    default double[] fillingFromZeroCoupling(ModeSpace zeroSide, double[] zeroCouplingFilling,
            ModeSpace target) {
        if (!zeroSide.grids().equals(target.grids())) {
            throw new IllegalArgumentException("model " + target.model().name() + " maps from"
                    + " c → 0 onto the same nodes only");
        }
        return fillingFromZeroCoupling(target, zeroCouplingFilling);
    }

    /**
     * The root densities {@code ρ_a(θ) = ϑ_a ρ^t_a} at {@code c → 0} on this model's side of the
     * fillings {@code zeroCouplingFilling} there, where the dressing is local in {@code θ}. Free
     * streaming at {@code c → 0} carries these densities (atoms per length and rapidity) along the
     * bare characteristics; unlike the fillings they are linear in the atom number.
     *
     * @param space modes of this model, or of a model from {@link #acrossZero} for that side
     */
    double[] zeroCouplingDensity(ModeSpace space, double[] zeroCouplingFilling);

    /**
     * The inverse of {@link #zeroCouplingDensity}: the fillings at {@code c → 0} with root
     * densities {@code density} (each filling clipped to {@code [0, 1]}).
     */
    double[] zeroCouplingFillingOf(ModeSpace space, double[] density);

    /**
     * The model on the other side of {@code c = 0}, at coupling {@code c} (of the opposite sign)
     * with {@code species} quasiparticle species (e.g. the number of Bethe strings kept).
     *
     * @throws org.rapidity.framework.param.InvalidInputException if the crossing in this
     *     direction is not known
     */
    IntegrableModel acrossZero(double c, int species);

    /**
     * How many quasiparticle species the model keeps on the other side of {@code c = 0} when a
     * ramp takes it there (a model parameter, e.g. the Bethe strings kept).
     */
    int speciesAcrossZero();

    /**
     * The fillings at {@code c → 0} on the other side from those at {@code c → 0} on this side.
     *
     * @param thisSide modes of this model
     * @param zeroCouplingFilling fillings at {@code c → 0} on this side
     * @param otherSide modes of a model from {@link #acrossZero}
     */
    double[] mapThroughZero(ModeSpace thisSide, double[] zeroCouplingFilling,
            ModeSpace otherSide);

    /**
     * The crossing of {@code c = 0} by {@code ramp} as three time events of the evolution
     * driver, at {@code t(c = gap)}, {@code t(0)} and {@code t(c = -gap)} of the ramp from this
     * model's coupling (in closed form for a linear ramp, by root finding for other shapes).
     *
     * @param gap the half-width {@code g > 0} of the interval crossed by the maps above
     * @param horizon the end of the run, model time unit
     */
    default ZeroCrossingEvents crossingEvents(ParameterDrive ramp, double gap, double horizon) {
        return ZeroCrossingEvents.of(ramp, ((CouplingDependent) this).coupling(), gap, horizon);
    }
}
