package org.rapidity.framework.observables;

import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.TwoPointMoments;

/**
 * Rapidity moments of the two-point function (gBBGKY paper Fig. 6c,e,f) for
 * {@code (α, β) = (0,0), (0,1), (0,2), (1,1), (1,2), (2,2)}:
 * <ul>
 *   <li>columns {@code g2-ab}: {@code ∫_{|z|<W} dz ∫dθ₁dθ₂ θ₁^α θ₂^β g2(z; θ₁, θ₂)} over the
 *       window {@code W} (parameter {@code window}; default the whole grid of the
 *       {@link TwoPointMoments} view), symmetric in {@code α ↔ β}; units
 *       {@code velocity^{α+β}/length};</li>
 *   <li>with parameter {@code at} (separations {@code z}), columns {@code g2-ab@z}: the moment
 *       density {@code G_{αβ}(z)} in the bin that holds {@code |z|} ({@code G_{αβ}(-z) =
 *       G_{βα}(z)}); units {@code velocity^{α+β}/length²}.</li>
 * </ul>
 * Note that over a whole ring of fixed particle number the integrals obey sum rules: the
 * {@code 00}, {@code 01}, {@code 02} integrals vanish and {@code 11} changes by minus twice the
 * kinetic energy change (momentum conservation); a window {@code W} shorter than the ring shows
 * the correlations themselves.
 */
public final class G2Moments extends Described implements ObservableProvider {

    private static final int[][] PAIRS = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};

    /** The provider. */
    public G2Moments() {
        super("g2-moments",
                "∫dz∫dθ1dθ2 θ1^α θ2^β g2(z) over |z| < window, and G_αβ(z) at given z, for"
                        + " α,β ≤ 2 (gBBGKY paper Fig. 6c,e,f)",
                ParameterSpec.real("window", "half-width W of the separation window (0: the"
                        + " whole grid of the solver)", "length").atLeast(0).withDefault(0.0),
                ParameterSpec.reals("at", "separations z at which G_αβ(z) is reported",
                        "length"));
    }

    @Override
    public Observable create(Parameters p) {
        double window = p.real("window");
        double[] at = p.has("at") ? p.reals("at") : new double[0];
        return new Moments(window, at);
    }

    private static String label(int[] pair) {
        return "g2-" + pair[0] + pair[1];
    }

    /** The columns: the integrals {@code g2-αβ}, then {@code g2-αβ@z} at each {@code z}. */
    private static List<String> columnNames(double[] at) {
        List<String> columns = new ArrayList<>();
        for (int[] pair : PAIRS) {
            columns.add(label(pair));
        }
        for (double z : at) {
            for (int[] pair : PAIRS) {
                columns.add(label(pair) + "@" + Parameters.format(z));
            }
        }
        return columns;
    }

    private static final class Moments extends ParameterisedObservable {
        private final double window;
        private final double[] at;

        Moments(double window, double[] at) {
            super("g2-moments", columnNames(at),
                    "velocity^(α+β)/length (integrals), velocity^(α+β)/length² (at z)");
            this.window = window;
            this.at = at.clone();
        }

        @Override
        public Class<?> requires() {
            return TwoPointMoments.class;
        }

        @Override
        public double[] evaluate(Snapshot snapshot) {
            TwoPointMoments view = snapshot.view(TwoPointMoments.class).orElseThrow(() ->
                    new InvalidInputException("observables", "g2-moments needs a"
                            + " TwoPointMoments view in the snapshot"));
            double[] z = view.separations();
            double[] w = view.widths();
            double top = 0;
            for (double x : w) {
                top += x;
            }
            double[][][] g = new double[3][3][];
            double[] out = new double[columns().size()];
            int c = 0;
            for (int[] pair : PAIRS) {
                int a = pair[0];
                int b = pair[1];
                double[] ab = moments(view, g, a, b);
                double[] ba = moments(view, g, b, a);
                double s = 0;
                double lower = 0;
                for (int k = 0; k < w.length; k++) {
                    double upper = lower + w[k];
                    double overlap = window > 0 ? Math.max(0, Math.min(upper, window) - lower)
                            : w[k];
                    s += overlap * (ab[k] + ba[k]);
                    lower = upper;
                }
                out[c++] = s;
            }
            for (double at1 : at) {
                double d = Math.abs(at1);
                if (d > top) {
                    throw new InvalidInputException("observables", "g2-moments: separation "
                            + Parameters.format(at1) + " is beyond the solver's largest, "
                            + Parameters.format(top));
                }
                int k = 0;
                double lower = 0;
                while (k < w.length - 1 && d >= lower + w[k]) {
                    lower += w[k];
                    k++;
                }
                for (int[] pair : PAIRS) {
                    int a = at1 >= 0 ? pair[0] : pair[1];
                    int b = at1 >= 0 ? pair[1] : pair[0];
                    out[c++] = moments(view, g, a, b)[k];
                }
            }
            return out;
        }

        private static double[] moments(TwoPointMoments view, double[][][] cache, int a, int b) {
            if (cache[a][b] == null) {
                cache[a][b] = view.moments(a, b);
            }
            return cache[a][b];
        }
    }
}
