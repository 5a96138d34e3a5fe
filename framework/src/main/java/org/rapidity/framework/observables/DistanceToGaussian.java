package org.rapidity.framework.observables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.SeriesSummary;
import org.rapidity.framework.tba.TbaState;

/**
 * Distance to the best-fit Gaussian, gBBGKY paper eq. (83): {@code DT = ∫dθ (ρ(θ) - ρ̃(θ))²}
 * with {@code ρ̃ = A exp(-(θ-μ)²/(2σ²))} the least-squares Gaussian (Levenberg–Marquardt with the
 * quadrature weights, started from the moments of ρ). Units: density² × rapidity.
 *
 * <p>As a series, the thermalisation time of eq. (84) is fitted: {@code log DT(t) ≈ -t/t_therm +
 * c} by least squares over the outputs in {@code [fit_from, fit_to]} (default: the second half of
 * the run, {@code t >= t_end/2}), where the paper sees the exponential regime after the first
 * phase. The window is reported with the time. Since DT is quadratic in the deviation, a single
 * mode decaying at rate γ gives {@code t_therm = 1/(2γ)}, half the {@code 1/γ_gap} of the
 * linearised operator (85) when the slowest mode dominates; the paper's point is that a finite
 * window sees faster channels.
 */
public final class DistanceToGaussian extends StateObservable implements SeriesSummary {

    private final Double fitFrom;
    private final Double fitTo;

    /** The provider's instance (default window). */
    public DistanceToGaussian() {
        this(null, null);
    }

    private DistanceToGaussian(Double fitFrom, Double fitTo) {
        super("distance-to-gaussian",
                "DT = ∫dθ (ρ - ρ̃)² to the least-squares Gaussian ρ̃ (gBBGKY paper (83)); fits"
                        + " t_therm from log DT (84) over the second half of a run",
                "density² × rapidity",
                // a Gaussian in rapidity is the thermal shape only in a Galilean continuum
                ModelTrait.GALILEAN_CONTINUUM);
        this.fitFrom = fitFrom;
        this.fitTo = fitTo;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.real("fit_from", "start of the window fitted for t_therm (84);"
                        + " default: half the end time", "time").atLeast(0),
                ParameterSpec.real("fit_to", "end of the window fitted for t_therm (84);"
                        + " default: the end time", "time").above(0));
    }

    @Override
    public Observable create(Parameters parameters) {
        Double from = parameters.optionalReal("fit_from").orElse(null);
        Double to = parameters.optionalReal("fit_to").orElse(null);
        if (from != null && to != null && !(to > from)) {
            throw new InvalidInputException(parameters.field("fit_to"), "must exceed fit_from ("
                    + Parameters.format(from) + "), got " + Parameters.format(to));
        }
        return new DistanceToGaussian(from, to);
    }

    @Override
    double value(TbaState state) {
        return distance(state.space().thetas(), state.space().weights(), state.density());
    }

    /** DT of a density sampled at nodes with quadrature weights. */
    public static double distance(double[] theta, double[] weight, double[] rho) {
        double[] g = fit(theta, weight, rho);
        double sum = 0;
        for (int i = 0; i < rho.length; i++) {
            double model = g[0] * Math.exp(-0.5 * Math.pow((theta[i] - g[1]) / g[2], 2));
            sum += weight[i] * Math.pow(rho[i] - model, 2);
        }
        return sum;
    }

    /** {A, μ, σ} of the least-squares Gaussian. */
    static double[] fit(double[] theta, double[] weight, double[] rho) {
        double z = 0;
        double m1 = 0;
        for (int i = 0; i < rho.length; i++) {
            z += weight[i] * rho[i];
            m1 += weight[i] * rho[i] * theta[i];
        }
        m1 /= z;
        double m2 = 0;
        for (int i = 0; i < rho.length; i++) {
            m2 += weight[i] * rho[i] * (theta[i] - m1) * (theta[i] - m1);
        }
        double sigma0 = Math.sqrt(m2 / z);
        double[] sqrtW = new double[rho.length];
        double[] target = new double[rho.length];
        for (int i = 0; i < rho.length; i++) {
            sqrtW[i] = Math.sqrt(weight[i]);
            target[i] = sqrtW[i] * rho[i];
        }
        // parameters: A, μ, log σ
        MultivariateJacobianFunction model = point -> {
            double a = point.getEntry(0);
            double mu = point.getEntry(1);
            double sigma = Math.exp(point.getEntry(2));
            RealVector value = new ArrayRealVector(rho.length);
            double[][] jac = new double[rho.length][3];
            for (int i = 0; i < rho.length; i++) {
                double u = (theta[i] - mu) / sigma;
                double e = Math.exp(-0.5 * u * u);
                value.setEntry(i, sqrtW[i] * a * e);
                jac[i][0] = sqrtW[i] * e;
                jac[i][1] = sqrtW[i] * a * e * u / sigma;
                jac[i][2] = sqrtW[i] * a * e * u * u;
            }
            return new Pair<>(value, new Array2DRowRealMatrix(jac, false));
        };
        LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-14).withParameterRelativeTolerance(1e-12)
                .optimize(new LeastSquaresBuilder().model(model)
                        .target(target)
                        .start(new double[] {z / (Math.sqrt(2 * Math.PI) * sigma0), m1,
                            Math.log(sigma0)})
                        .maxEvaluations(10000).maxIterations(10000).build());
        RealVector p = opt.getPoint();
        return new double[] {p.getEntry(0), p.getEntry(1), Math.exp(p.getEntry(2))};
    }

    @Override
    public Map<String, Double> summarize(double[] times, double[][] values) {
        double end = times[times.length - 1];
        double from = fitFrom != null ? fitFrom : end / 2;
        double to = fitTo != null ? fitTo : end;
        List<double[]> points = new ArrayList<>();
        for (int t = 0; t < times.length; t++) {
            if (times[t] >= from && times[t] <= to && values[0][t] > 0) {
                points.add(new double[] {times[t], Math.log(values[0][t])});
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double slope = Double.NaN;
        if (points.size() >= 3) {
            double mt = 0;
            double my = 0;
            for (double[] p : points) {
                mt += p[0];
                my += p[1];
            }
            mt /= points.size();
            my /= points.size();
            double stt = 0;
            double sty = 0;
            for (double[] p : points) {
                stt += (p[0] - mt) * (p[0] - mt);
                sty += (p[0] - mt) * (p[1] - my);
            }
            slope = sty / stt;
        }
        out.put("thermalisation_time", slope < 0 ? -1 / slope : Double.NaN);
        out.put("thermalisation_fit_from", from);
        out.put("thermalisation_fit_to", to);
        return out;
    }
}
