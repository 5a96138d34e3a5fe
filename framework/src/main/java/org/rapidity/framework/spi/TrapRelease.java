package org.rapidity.framework.spi;

import java.util.List;
import org.rapidity.framework.tba.Profile;

/**
 * A snapshot view of a trapped cloud that can be released: the cloud of the snapshot evolved with
 * its external potential switched off at the snapshot's time and the model's couplings held at
 * their values then, i.e. a 1D time-of-flight expansion (the strings paper's 1D expansion stage,
 * Supplementary note 2). Offered by solvers that can evolve a cloud ({@code ghd}); the expansion
 * runs only when an observable asks for it.
 */
public interface TrapRelease {

    /**
     * The released cloud at the given times after the release.
     *
     * @param times times since the release, strictly increasing and {@code >= 0} (model time
     *     unit)
     * @return one profile per time, with no external potential ({@code V = 0}); positions in the
     *     model's length unit, on a box wide enough to hold the expanded cloud
     */
    List<Profile> expand(double[] times);
}
