package org.rapidity.solvers.ghd;

import org.rapidity.framework.param.InvalidInputException;

/** Boundary conditions of the GHD solver in position space. */
enum Boundary {
    /**
     * Open: the state beyond the ends of the box is that of the end cells (zero-gradient, or
     * transmissive): characteristics that start outside carry the end cells' fillings in, those
     * that leave are lost. Right for a partitioning protocol while its light cone stays inside
     * the box, and for a trapped cloud that vanishes at the ends.
     */
    OPEN("open"),
    /** Periodic: the box is a ring. */
    PERIODIC("periodic");

    private final String label;

    Boundary(String label) {
        this.label = label;
    }

    /** Name in descriptors. */
    String label() {
        return label;
    }

    static Boundary parse(String field, String label) {
        for (Boundary b : values()) {
            if (b.label.equals(label)) {
                return b;
            }
        }
        throw new InvalidInputException(field, "unknown boundary '" + label
                + "'; allowed: open, periodic");
    }
}
