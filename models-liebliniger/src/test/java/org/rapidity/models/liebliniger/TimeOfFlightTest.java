package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;

/**
 * The {@code time-of-flight} observable's declarations and refusals (its physics is checked on a
 * GHD cloud in the solvers' {@code GhdExpansionTest}).
 */
class TimeOfFlightTest {

    private static Observable create(Map<String, Object> raw) {
        TimeOfFlight p = new TimeOfFlight();
        return p.create(Parameters.validate("observables.0", p.parameters(), raw));
    }

    @Test
    void needsAnAtomAndIsNotADefaultObservable() {
        Observable o = create(Map.of());
        assertTrue(o.appliesTo(new RepulsiveLiebLiniger(2.0, Parameters.empty(), Atom.CS133)));
        assertFalse(o.appliesTo(new RepulsiveLiebLiniger(2.0)));
        assertTrue(o.whyNot(new RepulsiveLiebLiniger(2.0)).orElseThrow().contains("model.atom"));
        assertFalse(new TimeOfFlight().byDefault());
        assertEquals(List.of("release-energy-1d-tof", "release-energy-3d-tof",
                "release-energy-1d-tof_Hz", "release-energy-3d-tof_Hz",
                "release-energy-1d-tof-minus-s3_Hz", "release-energy-3d-tof-minus-s3_Hz",
                "tof-momentum-fwhm", "tof-momentum-peak", "tof-atoms-drift",
                "tof-energy-drift", "binding-energy-tof", "binding-energy-tof_Hz",
                "n-star-tof"), o.columns());
    }

    @Test
    void scansNeedTwoDistinctTimes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> create(Map.of("t_1d_ms", List.of(8.0))));
        assertTrue(e.getMessage().contains("observables.0.t_1d_ms"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> create(Map.of("t_3d_ms", List.of(20.0, 20.0))));
        assertTrue(e.getMessage().contains("observables.0.t_3d_ms"), e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> create(Map.of("t_3d_fixed_ms", -1.0)));
        assertTrue(e.getMessage().contains("observables.0.t_3d_fixed_ms"), e.getMessage());
    }

    /**
     * The measured {@code n*} (main text after Fig. 2) is taken of {@code 𝓔_3D − 𝓔_1D}: at
     * {@code c = -2} the thresholds {@code E_b,n/n = c²(n²-1)/12} are 1, 8/3, 5, 8, 35/3 for
     * n = 2..6; just below and at a threshold; 1 without binding and on the repulsive side,
     * where the fits differ only by the finite expansion.
     */
    @Test
    void measuredNStarIsTakenOfTheFittedDifference() {
        assertEquals(5, TimeOfFlight.nStarMeasured(9.0, -2.0));
        assertEquals(6, TimeOfFlight.nStarMeasured(35.0 / 3, -2.0));
        assertEquals(5, TimeOfFlight.nStarMeasured(35.0 / 3 * (1 - 1e-6), -2.0));
        assertEquals(1, TimeOfFlight.nStarMeasured(0.99, -2.0));
        assertEquals(1, TimeOfFlight.nStarMeasured(-0.5, -2.0));
        assertEquals(1, TimeOfFlight.nStarMeasured(50.0, 2.0), "no strings for c > 0");
    }
}
