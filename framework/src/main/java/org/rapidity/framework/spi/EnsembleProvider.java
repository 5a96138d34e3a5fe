package org.rapidity.framework.spi;

import java.util.List;
import java.util.Map;
import org.rapidity.framework.param.Parameters;

/**
 * Service that turns one run into an ensemble of independent member runs with weights (the
 * descriptor's {@code ensemble} section), e.g. the tubes of a 2D lattice binned by atom number
 * (the strings paper's Supplementary note 1). Each member is the descriptor with a few fields set
 * ({@link Member#settings()}, dotted descriptor paths as for {@code --set}); the runner runs the
 * members as work units and sums their results with the weights, as an image integrates over
 * the tubes it sees.
 */
public interface EnsembleProvider extends Named {

    /**
     * The members for validated parameters.
     *
     * @throws org.rapidity.framework.param.InvalidInputException naming the field of the
     *     {@code ensemble} section that is wrong (e.g. more bins than tubes)
     */
    Ensemble create(Parameters parameters);

    /**
     * One member: what it is ({@code label}, for messages and tables), how many identical copies
     * it stands for ({@code weight}, e.g. tubes in an atom-number bin) and the descriptor fields
     * that make it ({@code settings}: path to value, e.g. {@code solver.atoms} to 12.5).
     */
    record Member(String label, double weight, Map<String, Object> settings) {

        /** Defensive copy; the weight must be positive. */
        public Member {
            if (!(weight > 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("member weight " + weight);
            }
            settings = Map.copyOf(settings);
        }
    }

    /**
     * The members of an ensemble, with the quantities the ensemble stands for, reported beside
     * the sums: {@code totals} (name to value, e.g. {@code tubes}, {@code atoms}) and a line of
     * text that describes where the members came from.
     */
    record Ensemble(List<Member> members, Map<String, Double> totals, String description) {

        /** Defensive copies; at least one member. */
        public Ensemble {
            members = List.copyOf(members);
            totals = Map.copyOf(totals);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("an ensemble needs members");
            }
        }
    }
}
