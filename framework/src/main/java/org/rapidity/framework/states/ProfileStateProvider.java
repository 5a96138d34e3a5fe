package org.rapidity.framework.states;

import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of the providers of states that vary in position and have no homogeneous form (a
 * bipartition, a profile of thermal parameters, a table of fillings): they build only
 * {@link #createInhomogeneous}; {@link #create} refuses, naming the field.
 */
abstract class ProfileStateProvider extends Described implements InitialStateProvider {

    /**
     * @param name the state's name
     * @param description one line saying what the state is
     * @param parameters its parameters
     */
    ProfileStateProvider(String name, String description, ParameterSpec... parameters) {
        super(name, description, parameters);
    }

    @Override
    public final boolean isInhomogeneous() {
        return true;
    }

    @Override
    public final TbaState create(ModeSpace space, Parameters parameters) {
        throw PositionDependent.notHomogeneous(parameters, name());
    }
}
