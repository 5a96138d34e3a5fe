package org.rapidity.framework.observables;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of an observable of a homogeneous state that also knows its value on an inhomogeneous
 * {@link Profile} (usually the integral {@code ∫dx} over the cloud): it requires a
 * {@link TbaState} and reads a profile instead when the snapshot has one (the GHD solver's).
 */
public abstract class StateOrProfileObservable extends ViewObservable<TbaState> {

    /** See {@link ViewObservable#ViewObservable}; the view read is the state or the profile. */
    protected StateOrProfileObservable(String name, String description, List<String> columns,
            String unit) {
        super(name, description, TbaState.class, columns, unit);
    }

    @Override
    public final List<Class<?>> views() {
        return List.of(TbaState.class, Profile.class);
    }

    @Override
    public final double[] evaluate(Snapshot snapshot) {
        Optional<Profile> profile = snapshot.view(Profile.class);
        if (profile.isPresent()) {
            return values(profile.get());
        }
        return values(snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                "observables", name() + " needs a TBA state or a profile in the snapshot")));
    }

    /** The values of the columns on a profile. */
    protected abstract double[] values(Profile profile);
}
