package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code string-binding}: the reference curves and the string length {@code n*} of the strings
 * paper's Fig. 2 inset. The binding energy per atom of an n-string,
 * <pre>
 *   E_b,n / n = c²(n² - 1)/12        (ħ = 2m = 1;  ħ²c̃²(n² - 1)/(24m) in laboratory units),
 * </pre>
 * from {@code E_b,n = c²n(n²-1)/12} ({@link AttractiveLiebLiniger#bindingEnergy}), for the
 * listed {@code references} (the paper draws n = 6 and 10), in Hz; and
 * <pre>
 *   n* = the largest integer n with ⟨E_b⟩ ≥ E_b,n/n  =  ⌊√(1 + 12⟨E_b⟩/c²)⌋
 * </pre>
 * (main text, after Fig. 2: to account for the measured {@code ⟨E_b⟩} the gas must hold strings
 * of {@code n*} atoms or more), with {@code ⟨E_b⟩} the binding energy per atom of
 * {@link ReleaseEnergies}. {@code n* = 1} in the repulsive gas (no binding energy).
 */
public final class StringBinding extends Described implements ObservableProvider {

    /** The provider. */
    public StringBinding() {
        super("string-binding",
                "binding energy per atom of n-strings E_b,n/n = ħ²c̃²(n²-1)/(24m) for the listed"
                        + " n (Hz; the strings paper's Fig. 2 reference curves) and n*, the largest"
                        + " n with ⟨E_b⟩ ≥ E_b,n/n (Lieb-Liniger)",
                // required, which keeps it out of the default observables of other runs
                ParameterSpec.reals("references", "string lengths n whose binding energy per"
                        + " atom E_b,n/n is reported, e.g. [6, 10]", "").required());
    }

    @Override
    public Observable create(Parameters parameters) {
        double[] given = parameters.reals("references");
        int[] n = new int[given.length];
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < given.length; i++) {
            if (given[i] != Math.rint(given[i]) || given[i] < 1 || given[i] > 1000) {
                throw new InvalidInputException(parameters.field("references"), "string"
                        + " lengths are integers from 1 to 1000, got " + given[i]);
            }
            n[i] = (int) given[i];
            cols.add(column(n[i]));
        }
        cols.add("n-star");
        List<String> columns = List.copyOf(cols);
        return new LiebLinigerGasObservable() {
            @Override
            public String name() {
                return StringBinding.this.name();
            }

            @Override
            public List<String> columns() {
                return columns;
            }

            @Override
            public String unit() {
                return "Hz (E/h) for the binding energies per atom; n* dimensionless";
            }

            @Override
            public double[] evaluate(Snapshot snapshot) {
                Optional<Profile> p = snapshot.view(Profile.class);
                ModeSpace space;
                double[] rho;
                if (p.isPresent()) {
                    space = p.get().space();
                    rho = p.get().integratedDensity();
                } else {
                    TbaState s = snapshot.view(TbaState.class).orElseThrow(
                            () -> new InvalidInputException("observables", "string-binding needs"
                                    + " a TBA state or a profile in the snapshot"));
                    space = s.space();
                    rho = s.density();
                }
                double[] out = new double[n.length + 1];
                if (!(space.model() instanceof LiebLiniger model)) {
                    java.util.Arrays.fill(out, Double.NaN);
                    return out;
                }
                double c = model.coupling();
                Optional<AtomicUnits> u = model.atomicUnits();
                for (int i = 0; i < n.length; i++) {
                    out[i] = u.isPresent() ? u.get().energyToHertz(perAtom(n[i], c)) : Double.NaN;
                }
                double binding = StringPopulations.values(space, rho, 1)[2];
                out[n.length] = nStar(binding, c);
                return out;
            }
        };
    }

    /** The column of {@code E_b,n/n} in Hz. */
    public static String column(int n) {
        return "string-binding-per-atom-" + n + "_Hz";
    }

    /** {@code E_b,n/n = c²(n² - 1)/12}, the binding energy per atom of an n-string (ħ = 2m = 1). */
    public static double perAtom(int n, double c) {
        return c * c * (n * (double) n - 1) / 12;
    }

    /**
     * {@code n*}: the largest integer n with {@code bindingPerAtom ≥ E_b,n/n}, i.e.
     * {@code ⌊√(1 + 12⟨E_b⟩/c²)⌋} (at least 1; 1 at {@code c = 0} or without binding energy), the
     * threshold counted as reached within a relative 1e-12.
     *
     * @param bindingPerAtom {@code ⟨E_b⟩}, energy units ({@code ħ = 2m = 1})
     * @param c the coupling
     */
    public static double nStar(double bindingPerAtom, double c) {
        if (!(bindingPerAtom > 0) || c == 0) {
            return 1;
        }
        int n = (int) Math.floor(Math.sqrt(1 + 12 * bindingPerAtom / (c * c)));
        // a gas of n-strings only sits exactly on the threshold: count it as reached within
        // the rounding of the sums that gave ⟨E_b⟩ (relative 1e-12)
        double reached = bindingPerAtom * (1 + 1e-12);
        while (perAtom(n + 1, c) <= reached) {
            n++;
        }
        while (n > 1 && perAtom(n, c) > reached) {
            n--;
        }
        return n;
    }
}
