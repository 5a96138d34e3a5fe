package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;

/**
 * Provides the {@code liebliniger} model: the repulsive gas for {@code c > 0}, Bethe strings for
 * {@code c < 0}. The coupling is given either dimensionless ({@code c}) or in laboratory units
 * ({@code c_tilde} in μm⁻¹ with an {@code atom}); naming an atom also makes states accept
 * laboratory units and reports give both.
 */
public final class LiebLinigerProvider implements ModelProvider {

    /** String species kept for {@code c < 0} when {@code strings} is not given. */
    public static final int DEFAULT_STRINGS = 10;
    /** Bethe strings kept when a ramp takes the repulsive gas through c = 0 (no strings given). */
    public static final int STRINGS_AFTER_RAMP = 25;

    @Override
    public String name() {
        return "liebliniger";
    }

    @Override
    public String description() {
        return "Lieb-Liniger Bose gas H = -Σ∂² + cΣ_{i≠j}δ (ħ = 2m = 1): repulsive for c > 0,"
                + " Bethe strings n = 1…strings for c < 0 (strings paper, note 7)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("c", "coupling c (exclusive with c_tilde): > 0 repulsive,"
                        + " < 0 attractive; in μm⁻¹ when an atom is named", "1/length"),
                ParameterSpec.real("c_tilde", "coupling c̃ in laboratory units (needs atom;"
                        + " exclusive with c)", "1/μm"),
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
            throw new InvalidInputException(p.field("c_tilde"), "give either c (dimensionless)"
                    + " or c_tilde (μm⁻¹, with atom), not both");
        } else if (p.has("c_tilde")) {
            if (atom == null) {
                throw new InvalidInputException(p.field("atom"), "c_tilde is in μm⁻¹ and needs"
                        + " an atom for laboratory units; allowed: " + Atom.labels());
            }
            c = new AtomicUnits(atom, 0).couplingFromInverseMicrometres(p.real("c_tilde"));
        } else if (p.has("c")) {
            c = p.real("c");
        } else {
            throw new InvalidInputException(p.field("c"), "required: give c (dimensionless) or"
                    + " c_tilde (μm⁻¹, with atom)");
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
