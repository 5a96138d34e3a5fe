package org.rapidity.models.liebliniger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rapidity.framework.observables.HalfMaximum;
import org.rapidity.framework.observables.ParameterisedObservable;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.FieldOutput;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code momentum-distribution}: the momentum distribution of the atoms after a long 1D
 * expansion, the strings paper's (S12),
 * <pre>
 *   P(p) = Σ_n ∫dλ (1/|c|) C_n((p - λ)/|c|) ρ_n(λ),     ∫dp P = Σ_n n ∫dλ ρ_n,
 * </pre>
 * with the string momentum functions {@code C_n} of (S13) ({@link StringMomentum},
 * {@code C_1 = δ}: in the repulsive gas {@code P} is the rapidity distribution), for a
 * homogeneous state (per length) or a trapped cloud (with {@code ρ̄_n = ∫dx ρ_n}: atoms per unit
 * momentum). Columns: its full width at half maximum (1/length; in 1/μm for a model with an atom)
 * and its maximum; the distribution itself is written as a field on {@code points} momenta.
 *
 * <p>Each {@code C_n} is tabulated once (per {@code n}, {@code 4001} points on
 * {@code |x| ≤ 10 + 12σ_n}, {@code σ_n² = (n²-1)/12}, cached) and interpolated (cubic); beyond the
 * table its tail {@code n(n²-1)/(12π x⁴)} is used. The 1-string part is interpolated from the
 * rapidity nodes. Strings holding less than {@code 10⁻⁹} of the atoms are skipped.
 */
public final class MomentumDistribution extends Described implements ObservableProvider {

    private static final int TABLE = 4001;
    private static final Map<Integer, double[]> TABLES = new ConcurrentHashMap<>();

    /** The provider. */
    public MomentumDistribution() {
        super("momentum-distribution",
                "momentum distribution after 1D expansion P(p) = Σ_n ∫dλ C_n((p-λ)/|c|) ρ_n/|c|"
                        + " (strings paper (S12)), its FWHM and maximum; P(p) as a field",
                ParameterSpec.integer("points", "momenta on which P(p) is evaluated")
                        .atLeast(16).atMost(100_000).withDefault(400));
    }

    @Override
    public Observable create(Parameters parameters) {
        return new Distribution(name(), parameters.integer("points"));
    }

    /** A distribution on momenta {@code p} and its values. */
    record Curve(double[] p, double[] values) {
    }

    private static final class Distribution extends ParameterisedObservable
            implements LiebLinigerGasObservable, FieldOutput {
        private final int points;

        Distribution(String name, int points) {
            super(name, List.of("momentum-fwhm", "momentum-peak"),
                    "1/length; atoms (or density) per unit momentum");
            this.points = points;
        }

        private Curve curve(Snapshot snapshot) {
            Optional<Profile> p = snapshot.view(Profile.class);
            if (p.isPresent()) {
                return distribution(p.get().space(), p.get().integratedDensity(), points);
            }
            TbaState s = snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                    "observables", name() + " needs a TBA state or a profile in the snapshot"));
            return distribution(s.space(), s.density(), points);
        }

        @Override
        public double[] evaluate(Snapshot snapshot) {
            Curve c = curve(snapshot);
            double peak = 0;
            for (double v : c.values()) {
                peak = Math.max(peak, v);
            }
            return new double[] {fwhm(c.p(), c.values()), peak};
        }

        @Override
        public List<Field> fields(Snapshot snapshot) {
            Curve c = curve(snapshot);
            return List.of(Field.profile("momentum-distribution", "momentum distribution after"
                    + " 1D expansion P(p)", "p", c.p(), "P(p)", c.values()));
        }
    }

    /**
     * (S12) on {@code points} equally spaced momenta covering the rapidity window widened by the
     * populated strings' {@code C_n}.
     */
    static Curve distribution(ModeSpace space, double[] rho, int points) {
        IntegrableModel m = space.model();
        if (!(m instanceof LiebLiniger)) {
            throw new InvalidInputException("observables", "the momentum distribution (S12) is"
                    + " defined for the Lieb-Liniger gas");
        }
        double absC = Math.abs(((LiebLiniger) m).coupling());
        int species = space.speciesCount();
        double atoms = space.integrate(rho, space.particleNumber());
        double[] count = new double[species];
        for (int i = 0; i < rho.length; i++) {
            count[space.species(i)] += space.weight(i) * rho[i];
        }
        double lo = space.grid(0).min();
        double hi = space.grid(0).max();
        for (int a = 1; a < species; a++) {
            int n = a + 1;
            if ((n * count[a]) > 1e-9 * atoms) {
                double w = absC * 4 * Math.sqrt((n * (double) n - 1) / 12);
                lo = Math.min(lo, space.grid(a).min() - w);
                hi = Math.max(hi, space.grid(a).max() + w);
            }
        }
        double[] p = new double[points];
        for (int k = 0; k < points; k++) {
            p[k] = lo + (hi - lo) * k / (points - 1.0);
        }
        double[] out = new double[points];
        double[] t1 = space.grid(0).nodes();
        for (int k = 0; k < points; k++) {
            out[k] = AdiabaticRamp.interpolate(t1, rho, 0, p[k]);
        }
        for (int a = 1; a < species; a++) {
            int n = a + 1;
            if (!(n * count[a] > 1e-9 * atoms)) {
                continue;
            }
            double[] table = table(n);
            double half = halfWidth(n);
            int off = space.offset(a);
            for (int j = 0; j < space.grid(a).size(); j++) {
                double wr = space.weight(off + j) * rho[off + j];
                if (wr == 0) {
                    continue;
                }
                double l = space.theta(off + j);
                for (int k = 0; k < points; k++) {
                    out[k] += wr / absC * lookup(n, table, half, (p[k] - l) / absC);
                }
            }
        }
        return new Curve(p, out);
    }

    /** Half-width {@code 10 + 12σ_n} of the {@code C_n} table, {@code σ_n² = (n²-1)/12}. */
    static double halfWidth(int n) {
        return 10 + 12 * Math.sqrt((n * (double) n - 1) / 12);
    }

    /** {@code C_n} on {@code TABLE} points of {@code [-X, X]}, cached. */
    static double[] table(int n) {
        return TABLES.computeIfAbsent(n, k -> {
            double half = halfWidth(k);
            double[] xs = new double[TABLE];
            for (int i = 0; i < TABLE; i++) {
                xs[i] = -half + 2 * half * i / (TABLE - 1.0);
            }
            return StringMomentum.table(k, xs);
        });
    }

    /** {@code C_n(x)} from the table (cubic), or its {@code x⁻⁴} tail beyond. */
    static double lookup(int n, double[] table, double half, double x) {
        if (Math.abs(x) >= half) {
            double x2 = x * x;
            return n * (n * (double) n - 1) / (12 * Math.PI * x2 * x2);
        }
        double h = 2 * half / (TABLE - 1.0);
        double s = (x + half) / h;
        int i = (int) Math.floor(s);
        double t = s - i;
        double[] w = {-t * (t - 1) * (t - 2) / 6, (t + 1) * (t - 1) * (t - 2) / 2,
            -(t + 1) * t * (t - 2) / 2, (t + 1) * t * (t - 1) / 6};
        double v = 0;
        for (int q = 0; q < 4; q++) {
            int k = Math.max(0, Math.min(TABLE - 1, i - 1 + q));
            v += w[q] * table[k];
        }
        return v;
    }

    /** Full width at half maximum ({@link HalfMaximum#fullWidth}). */
    static double fwhm(double[] x, double[] y) {
        return HalfMaximum.fullWidth(x, y);
    }
}
