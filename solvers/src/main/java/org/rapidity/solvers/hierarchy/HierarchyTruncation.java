package org.rapidity.solvers.hierarchy;

import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Truncation;
import org.rapidity.framework.spi.TruncationProvider;

/**
 * The truncations of the gBBGKY hierarchy that the {@code hierarchy} solver evolves:
 * <ul>
 *   <li>{@code mean-field}: one-point functions only ({@code g2 = 0}): the Vlasov equation, in a
 *       homogeneous state no evolution at all;</li>
 *   <li>{@code two-point}: {@code ρ} and {@code g2}, eqs. (47)-(48) with {@code g3 = 0} (the
 *       {@code H g3} term dropped); for hard rods at {@code a = 0} this is the standard BBGKY
 *       truncation (53)-(54);</li>
 *   <li>{@code kubo}: {@code ρ} and {@code g2} with {@code H g3} closed by the Kubo diffusion
 *       term (50), as the paper solved it for Fig. 6 ((111)-(112));</li>
 *   <li>{@code three-point}: {@code ρ}, {@code g2} and {@code g3}, eqs. (47)-(49) with the
 *       {@code M} tensor, {@code g4 = 0}.</li>
 * </ul>
 */
public final class HierarchyTruncation implements Truncation {

    private final String name;
    private final int order;
    private final Closure closure;
    private final Parameters parameters;

    private HierarchyTruncation(String name, int order, Closure closure, Parameters parameters) {
        this.name = name;
        this.order = order;
        this.closure = closure;
        this.parameters = parameters;
    }

    /** The truncation the solver uses when the problem names none: {@code kubo}. */
    static HierarchyTruncation kubo() {
        return new HierarchyTruncation("kubo", 2, Closure.KUBO_DIFFUSION, Parameters.empty());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Closure closure() {
        return closure;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Base of the providers below: each states its name, description, order and closure once,
     * and creates the truncation from them.
     */
    abstract static class Provider extends Described implements TruncationProvider {
        private final int order;
        private final Closure closure;

        Provider(String name, String description, int order, Closure closure) {
            super(name, description);
            this.order = order;
            this.closure = closure;
        }

        @Override
        public final Truncation create(Parameters parameters) {
            return new HierarchyTruncation(name(), order, closure, parameters);
        }
    }

    /** Provides {@code mean-field}. */
    public static final class MeanField extends Provider {

        /** The provider. */
        public MeanField() {
            super("mean-field",
                    "one-point functions only, g2 = 0 (Vlasov; a homogeneous state does not"
                            + " evolve)", 1, Closure.NONE);
        }
    }

    /** Provides {@code two-point}. */
    public static final class TwoPoint extends Provider {

        /** The provider. */
        public TwoPoint() {
            super("two-point",
                    "rho and g2 with g3 = 0 (gBBGKY (47)-(48) without the H g3 term; standard"
                            + " BBGKY (53)-(54) for free particles)", 2, Closure.NONE);
        }
    }

    /** Provides {@code kubo}. */
    public static final class Kubo extends Provider {

        /** The provider. */
        public Kubo() {
            super("kubo",
                    "rho and g2 with H g3 closed by the Kubo diffusion matrix (gBBGKY (50),"
                            + " (111)-(112), as solved for Fig. 6)", 2, Closure.KUBO_DIFFUSION);
        }
    }

    /** Provides {@code three-point}. */
    public static final class ThreePoint extends Provider {

        /** The provider. */
        public ThreePoint() {
            super("three-point",
                    "rho, g2 and g3 with the M tensor, g4 = 0 (gBBGKY (47)-(49))", 3,
                    Closure.NONE);
        }
    }
}
