package org.rapidity.framework.states;

import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of the providers of states that vary in position and have no homogeneous form (a
 * bipartition, a profile of thermal parameters, a table of fillings): they build only
 * {@link #createInhomogeneous}; {@link #create} refuses, naming the field.
 */
abstract class ProfileStateProvider implements InitialStateProvider {

    @Override
    public final boolean isInhomogeneous() {
        return true;
    }

    @Override
    public final TbaState create(ModeSpace space, Parameters parameters) {
        throw PositionDependent.notHomogeneous(parameters, name());
    }
}
