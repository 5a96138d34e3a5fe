package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * An observable of the Lieb-Liniger gas that reads either a homogeneous state ({@link TbaState})
 * or a cloud in a trap ({@link Profile}, integrated over positions), and is refused for other
 * models.
 */
interface LiebLinigerGasObservable extends Observable {

    @Override
    default Class<?> requires() {
        return TbaState.class;
    }

    @Override
    default List<Class<?>> views() {
        return List.of(TbaState.class, Profile.class);
    }

    @Override
    default boolean appliesTo(IntegrableModel model) {
        return model instanceof LiebLiniger;
    }
}
