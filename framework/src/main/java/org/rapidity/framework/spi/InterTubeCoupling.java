package org.rapidity.framework.spi;

import java.util.List;

/**
 * Optional capability of an {@link IntegrableModel} that describes one tube of a lattice of
 * identical, identically prepared one-dimensional gases coupled by a potential between atoms of
 * different tubes (gBBGKY paper §VI; the dipolar tubes of its Fig. 8). A kinetic solver adds, for
 * each potential listed, the inter-tube collision integral of the reference tube: only cross
 * terms survive between distinct tubes, with {@code |V̂|²} summed over the tubes (supplement §3).
 */
public interface InterTubeCoupling {

    /**
     * The potentials {@code V^t(x)} between an atom of the reference tube at {@code 0} and an atom
     * of tube {@code t} at {@code x}, one per coupled tube, each with
     * {@link Perturbation#interTube()} true, in the model's units.
     */
    List<Perturbation> interTubePotentials();
}
