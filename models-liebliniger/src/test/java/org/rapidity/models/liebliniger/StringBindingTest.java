package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * {@link StringBinding}: the binding energy per atom of an n-string and the strings paper's
 * {@code n*}, against the model's string energies, the paper's quoted 190 Hz of a 4-string at
 * {@code c̃ = -1 μm⁻¹}, and states made of one string length.
 */
class StringBindingTest {

    private static Observable create(double... references) {
        StringBinding p = new StringBinding();
        return p.create(Parameters.validate("observables.0", p.parameters(),
                Map.of("references", java.util.Arrays.stream(references).boxed().toList())));
    }

    @Test
    void bindingPerAtomIsTheStringEnergyAtRestOverItsLength() {
        for (double c : new double[] {-0.3, -1, -2.7}) {
            AttractiveLiebLiniger m = new AttractiveLiebLiniger(c, 12);
            for (int n = 1; n <= 12; n++) {
                // E_n(λ = 0) = -E_b,n: the string at rest holds minus its binding energy
                assertEquals(-m.energy(n - 1, 0) / n, StringBinding.perAtom(n, c),
                        1e-13 * c * c * n * n);
            }
        }
        assertEquals(0, StringBinding.perAtom(1, -2), 0);
    }

    @Test
    void fourStringAtMinusOnePerMicrometreBindsOneHundredNinetyHertz() {
        // main text: at c~ = -1 per um an n = 4 string has a binding energy of h x 190 Hz (133Cs)
        AtomicUnits u = new AtomicUnits(Atom.CS133, -1);
        double c = u.couplingFromInverseMicrometres(-1);
        double hz = u.energyToHertz(4 * StringBinding.perAtom(4, c));
        assertEquals(190, hz, 2, "E_b,4 in Hz: " + hz);
    }

    @Test
    void nStarIsTheLargestStringWhoseBindingPerAtomIsReached() {
        double c = -1.3;
        for (int n = 1; n <= 20; n++) {
            double at = StringBinding.perAtom(n, c);
            double next = StringBinding.perAtom(n + 1, c);
            assertEquals(n, StringBinding.nStar(at, c), "exactly at E_b," + n + "/" + n);
            assertEquals(n, StringBinding.nStar(0.5 * (at + next), c), "between");
            assertEquals(n, StringBinding.nStar(next * (1 - 1e-9), c), "just below the next");
        }
        assertEquals(1, StringBinding.nStar(0, c), 0);
        assertEquals(1, StringBinding.nStar(0.4, 0), 0, "no strings at c = 0");
        // PHYSICS.md: the quoted plateaus give <E_b> = 110 - 35 = 75 Hz at c~ = -1, below
        // E_b,5/5 = 76 Hz, so n* = 4 there
        AtomicUnits u = new AtomicUnits(Atom.CS133, -1);
        double cm = u.couplingFromInverseMicrometres(-1);
        assertEquals(76.0, u.energyToHertz(StringBinding.perAtom(5, cm)), 0.5);
        assertEquals(4, StringBinding.nStar(u.energyFromHertz(75), cm), 0);
    }

    @Test
    void aGasOfOneStringLengthHasThatLengthAsNStar() {
        double c = -0.9;
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(c, 8, Parameters.empty(),
                Atom.CS133);
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.uniform(-5, 5, 40));
        Observable o = create(6, 10);
        assertEquals(List.of(StringBinding.column(6), StringBinding.column(10), "n-star"),
                o.columns());
        for (int only = 1; only <= 8; only++) {
            double[] rho = new double[sp.size()];
            int off = sp.offset(only - 1);
            for (int k = 0; k < sp.grid(only - 1).size(); k++) {
                double l = sp.theta(off + k);
                rho[off + k] = 0.05 * Math.exp(-l * l);
            }
            double[] v = o.evaluate(Snapshot.of(0, TbaState.fromDensity(sp, rho)));
            assertEquals(only, v[2], 0, "all atoms in " + only + "-strings");
            AtomicUnits u = m.atomicUnits().orElseThrow();
            assertEquals(u.energyToHertz(m.bindingEnergy(6) / 6), v[0], 1e-12 * v[0]);
            assertEquals(u.energyToHertz(m.bindingEnergy(10) / 10), v[1], 1e-12 * v[1]);
        }
    }

    @Test
    void referencesMustBeStringLengths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> create(2.5));
        assertEquals("observables.0.references", e.field());
    }
}
