package org.rapidity.framework.observables;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/** Helpers of the observables that read an inhomogeneous {@link Profile}. */
final class ProfileObservables {

    private ProfileObservables() {
    }

    /** The profile view of a snapshot, or an error naming the observable. */
    static Profile profile(Snapshot snapshot, String observable) {
        return snapshot.view(Profile.class).orElseThrow(() -> new InvalidInputException(
                "observables", observable + " needs an inhomogeneous profile in the snapshot"
                        + " (a hydrodynamic solver such as ghd)"));
    }

    /** The homogeneous-state view of a snapshot, or an error naming the observable. */
    static TbaState state(Snapshot snapshot, String observable) {
        return snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                "observables", observable + " needs a TBA state or a profile in the snapshot"));
    }
}
