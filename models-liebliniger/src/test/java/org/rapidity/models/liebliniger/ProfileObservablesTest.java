package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The strings paper's observables of a trapped cloud are the integrals over {@code x} of the
 * homogeneous ones (a uniform profile gives the homogeneous values times the length, or the same
 * values for the per-atom and fraction columns), and the momentum distribution (S12) holds every
 * atom.
 */
class ProfileObservablesTest {

    static final double LENGTH = 4;

    static TbaState stringState() {
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(-0.8, 6, Parameters.empty(),
                Atom.CS133);
        ModeSpace space = ModeSpace.of(m, QuadratureGrid.uniform(-6, 6, 48));
        return TbaState.fromFilling(space, StringRampStateProvider.fillings(space, 0.5, -0.4));
    }

    static Profile uniform(TbaState s) {
        QuadratureGrid x = QuadratureGrid.uniform(-LENGTH / 2, LENGTH / 2, 8);
        List<TbaState> states = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            states.add(s);
        }
        return Profile.of(x, states, new double[x.size()]);
    }

    static double[] both(Observable o, TbaState s) {
        return o.evaluate(Snapshot.of(0, s));
    }

    @Test
    void perAtomColumnsOfAUniformCloudAreTheHomogeneousOnes() {
        TbaState s = stringState();
        Profile p = uniform(s);
        Observable pops = new StringPopulations().create(Parameters.validate("o",
                new StringPopulations().parameters(), Map.of("max", 3)));
        assertArrayEquals(both(pops, s), pops.evaluate(Snapshot.of(0, p)), 1e-13);
        ReleaseEnergies rel = new ReleaseEnergies();
        double[] hom = both(rel, s);
        assertArrayEquals(hom, rel.evaluate(Snapshot.of(0, p)), 1e-12);
        // 𝓔_3D - 𝓔_1D is the binding energy per atom; in Hz with the atom's units
        assertEquals(hom[2], hom[1] - hom[0], 1e-14);
        assertEquals(new AtomicUnits(Atom.CS133, -0.8).energyToHertz(hom[2]), hom[5], 1e-9);
    }

    @Test
    void pairCorrelationIntegratesOverTheCloud() {
        TbaState s = stringState();
        Profile p = uniform(s);
        PairCorrelation pc = new PairCorrelation();
        double[] hom = both(pc, s);
        double[] cloud = pc.evaluate(Snapshot.of(0, p));
        assertEquals(LENGTH * hom[0], cloud[0], 1e-12 * Math.abs(cloud[0]));
        assertEquals(hom[1], cloud[1], 1e-12 * Math.abs(hom[1]));
        assertEquals(LENGTH * hom[2], cloud[2], 1e-12 * Math.abs(cloud[2]));
        double[] v = new Virial().evaluate(Snapshot.of(0, p));
        assertEquals(-0.8 * LENGTH * hom[0], v[0], 1e-12 * Math.abs(v[0]));
    }

    /**
     * (S12) holds every atom, {@code ∫dp P = Σ_n n∫ρ_n} (each {@code C_n} carries n), up to the
     * tails of the {@code C_n} beyond the momentum window; in the repulsive gas it is the
     * rapidity distribution itself.
     */
    @Test
    void momentumDistributionHoldsEveryAtom() {
        TbaState s = stringState();
        Observable o = new MomentumDistribution().create(Parameters.validate("o",
                new MomentumDistribution().parameters(), Map.of("points", 2000)));
        List<FieldOutput.Field> f = ((FieldOutput) o).fields(Snapshot.of(0, uniform(s)));
        double[] p = f.get(0).x();
        double[] v = f.get(0).values()[0];
        double integral = 0;
        for (int k = 0; k < p.length - 1; k++) {
            integral += 0.5 * (p[k + 1] - p[k]) * (v[k] + v[k + 1]);
        }
        double atoms = LENGTH * s.particleDensity();
        assertEquals(atoms, integral, 2e-3 * atoms);
        double[] cols = o.evaluate(Snapshot.of(0, s));
        assertTrue(cols[0] > 0 && cols[1] > 0, "FWHM and peak");
        // the repulsive gas: P = ρ at the rapidity nodes
        RepulsiveLiebLiniger r = new RepulsiveLiebLiniger(1.0);
        ModeSpace rs = ModeSpace.of(r, QuadratureGrid.uniform(-6, 6, 48));
        TbaState y = YangYang.solve(rs, 1, 0.5).state();
        MomentumDistribution.Curve c = MomentumDistribution.distribution(rs, y.density(), 97);
        double[] rho = y.density();
        // nodes of a 48-point midpoint grid on [-6, 6] fall on every second of 97 momenta
        for (int k = 0; k < 48; k++) {
            assertEquals(rs.theta(k), c.p()[2 * k + 1], 1e-12);
            assertEquals(rho[k], c.values()[2 * k + 1], 1e-12);
        }
    }
}
