package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.EnsembleProvider;

/**
 * {@code tube-lattice}: the tubes of the strings paper's 2D lattice for one data set of Table S1
 * (Supplementary note 1, {@link TubePopulations}) in {@code bins} equal-width atom-number bins;
 * each bin is one member run of its mean atom number ({@code solver.atoms}) with the number of
 * its tubes as weight, so that {@code Σ weight·N} is the atom number of the populated tubes.
 */
public final class TubeLatticeEnsemble extends Described implements EnsembleProvider {

    /** The provider. */
    public TubeLatticeEnsemble() {
        super("tube-lattice",
                "the tubes of the strings paper's lattice (Supplementary note 1, Table S1) in"
                        + " atom-number bins: one member run per bin (solver.atoms = the bin's"
                        + " mean), weighted by its number of tubes",
                ParameterSpec.text("data_set", "Table S1 data set (N_BEC, traps, T_co, T_1D)")
                        .oneOf(TubeLoading.TABLE_S1.stream().map(TubeLoading::name)
                                .toArray(String[]::new)).required(),
                ParameterSpec.integer("bins", "equal-width atom-number bins (empty ones are"
                        + " dropped); at most the number of populated tubes").atLeast(1)
                        .required());
    }

    @Override
    public Ensemble create(Parameters p) {
        TubeLoading loading = TubeLoading.named(p.text("data_set"));
        TubePopulations tubes = TubePopulations.of(loading);
        int bins = p.integer("bins");
        if (bins > tubes.tubes().size()) {
            throw new InvalidInputException(p.field("bins"), "data set '" + loading.name()
                    + "' has " + tubes.tubes().size() + " populated tubes; give at most that"
                    + " many bins, got " + bins);
        }
        List<TubePopulations.Bin> found = tubes.bins(bins);
        List<Member> members = new ArrayList<>();
        for (int b = 0; b < found.size(); b++) {
            TubePopulations.Bin bin = found.get(b);
            String label = String.format(Locale.ROOT, "bin %d of %d: N = %.4f in %d tubes", b + 1,
                    found.size(), bin.atoms(), bin.tubes());
            members.add(new Member(label, bin.tubes(), Map.of("solver.atoms", bin.atoms())));
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("tubes", (double) tubes.tubes().size());
        totals.put("atoms", tubes.totalAtoms());
        totals.put("atoms_bec", loading.atomsBec());
        totals.put("temperature_1d_nK", loading.finalNanoKelvin());
        totals.put("trap_Hz", loading.finalHertz());
        totals.put("crossover_c_tilde_per_um", tubes.coupling());
        String text = String.format(Locale.ROOT, "Table S1 data set %s: %d populated tubes"
                + " holding %.6g atoms (N_BEC = %.6g), in %d atom-number bins of width %.4g;"
                + " final trap %.4g Hz, T_1D = %.4g nK", loading.name(), tubes.tubes().size(),
                tubes.totalAtoms(), loading.atomsBec(), found.size(), found.get(0).upperAtoms()
                        - found.get(0).lowerAtoms(), loading.finalHertz(),
                loading.finalNanoKelvin());
        return new Ensemble(members, totals, text);
    }
}
