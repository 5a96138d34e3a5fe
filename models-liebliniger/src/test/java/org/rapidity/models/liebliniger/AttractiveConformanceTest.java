package org.rapidity.models.liebliniger;

import java.util.List;
import org.rapidity.framework.conformance.ModelConformanceKit;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The gas of Bethe strings ({@code c = -1}, three species) passes the framework's conformance
 * kit: derivatives, kernel symmetry, its dressing on occupied modes against the generic one,
 * {@code C = -δρ/δw}, {@code A = δ(v^eff ρ)/δρ}, no particle diffusion (Galilean), and the
 * coupling derivatives. Its free limit is {@code c → -∞}, where every kernel {@code a_j}
 * vanishes like {@code 1/|c|}.
 */
class AttractiveConformanceTest extends ModelConformanceKit {

    @Override
    protected IntegrableModel model() {
        return new AttractiveLiebLiniger(-1.0, 3);
    }

    @Override
    protected IntegrableModel freeModel() {
        return new AttractiveLiebLiniger(-1e12, 3);
    }

    /**
     * Driving terms that populate every string, {@code w_n = β(E_n + E_b,n - μn - u p_n)}: the
     * binding energy, which grows like {@code c²n³}, is compensated by a chemical potential of
     * each species (a generalised Gibbs ensemble), so the free limit {@code c → -∞} keeps all
     * species occupied.
     */
    @Override
    protected List<double[]> sampleDrivingTerms(ModeSpace space) {
        AttractiveLiebLiniger m = (AttractiveLiebLiniger) space.model();
        double[][] w = new double[2][space.size()];
        for (int i = 0; i < space.size(); i++) {
            int n = space.species(i) + 1;
            double kinetic = space.model().energy(space.species(i), space.theta(i))
                    + m.bindingEnergy(n);
            w[0][i] = kinetic + 0.5 * n;
            w[1][i] = 0.5 * (kinetic + 0.2 * n - 0.3 * n * space.theta(i));
        }
        return List.of(w[0], w[1]);
    }
}
