package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.Deprecation;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.param.Quantity;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;

/**
 * Provides the {@code liebliniger} model: the repulsive gas for {@code c > 0}, Bethe strings for
 * {@code c < 0}. The coupling {@code c} is a number in the model's units or a value with a unit
 * ({@code "-2 1/um"}, with an {@code atom}; {@code c_tilde} is its deprecated alias); naming an
 * atom also makes states accept laboratory units and reports give both.
 */
public final class LiebLinigerProvider extends Described implements ModelProvider {

    /** String species kept for {@code c < 0} when {@code strings} is not given. */
    public static final int DEFAULT_STRINGS = 10;
    /** Bethe strings kept when a ramp takes the repulsive gas through c = 0 (no strings given). */
    public static final int STRINGS_AFTER_RAMP = 25;

    /** The provider. */
    public LiebLinigerProvider() {
        super("liebliniger",
                "Lieb-Liniger Bose gas H = -Σ∂² + cΣ_{i≠j}δ (ħ = 2m = 1): repulsive for c > 0,"
                        + " Bethe strings n = 1…strings for c < 0 (strings paper, note 7)",
                ParameterSpec.quantity("c", "coupling c: > 0 repulsive, < 0 attractive; a"
                        + " number in the model's units (μm⁻¹ when an atom is named) or with a"
                        + " unit, e.g. \"-2 1/um\" (needs atom; allowed units: "
                        + Quantity.allowedUnits(Quantity.Dimension.INVERSE_LENGTH) + ")",
                        "1/length"),
                ParameterSpec.real("c_tilde", "deprecated alias: c̃ in μm⁻¹ (needs atom); write"
                        + " \"c\": \"<c̃> 1/um\"", "1/μm"),
                ParameterSpec.text("atom", "atomic species for laboratory units (length unit"
                        + " 1 μm, energies as E/h in Hz, temperatures in nK)")
                        .oneOf(Atom.CS133.label(), Atom.DY162.label()),
                ParameterSpec.integer("strings", "number of Bethe-string species n = 1…strings:"
                        + " of the attractive gas (c < 0; " + DEFAULT_STRINGS + " when not given),"
                        + " or kept when a ramp takes the repulsive gas through c = 0 ("
                        + STRINGS_AFTER_RAMP + " when not given)").atLeast(1).atMost(200));
    }

    @Override
    public IntegrableModel create(Parameters p) {
        Atom atom = p.has("atom") ? Atom.parse(p.field("atom"), p.text("atom")) : null;
        double c;
        if (p.has("c") && p.has("c_tilde")) {
            throw new InvalidInputException(p.field("c_tilde"), "give c only (a number, or with"
                    + " a unit such as \"-2 1/um\"); c_tilde is its deprecated alias");
        } else if (p.has("c_tilde")) {
            Deprecation.alias(p.field("c_tilde"), "\"c\": \"" + Parameters.format(
                    p.real("c_tilde")) + " 1/um\"");
            if (atom == null) {
                throw new InvalidInputException(p.field("atom"), "c_tilde is in μm⁻¹ and needs"
                        + " an atom for laboratory units; allowed: " + Atom.labels());
            }
            c = new AtomicUnits(atom, 0).couplingFromInverseMicrometres(p.real("c_tilde"));
        } else if (p.has("c")) {
            c = p.quantity("c", Quantity.Dimension.INVERSE_LENGTH,
                    atom == null ? null : new AtomicUnits(atom, 0));
        } else {
            throw new InvalidInputException(p.field("c"), "required: give c (a number in the"
                    + " model's units, or with a unit such as \"-2 1/um\" with an atom)");
        }
        String cField = p.field(p.has("c") ? "c" : "c_tilde");
        if (c == 0) {
            throw new InvalidInputException(cField, "c = 0 (free bosons) has no Bethe-ansatz"
                    + " quasiparticles here: use c > 0 (repulsive) or c < 0 (Bethe strings);"
                    + " the ramp through c = 0 is the string-ramp state");
        }
        if (c > 0) {
            return new RepulsiveLiebLiniger(c, p, atom);
        }
        int strings = p.has("strings") ? p.integer("strings") : DEFAULT_STRINGS;
        return new AttractiveLiebLiniger(c, strings, p, atom);
    }
}
