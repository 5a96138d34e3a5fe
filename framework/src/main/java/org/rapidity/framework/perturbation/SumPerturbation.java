package org.rapidity.framework.perturbation;

import java.util.List;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Perturbation;

/**
 * The sum of several perturbations acting together, {@code V = Σ_p V_p}: its transform is the sum
 * of the transforms, so the momentum-transfer integrals of the sum include the mixed products.
 */
public final class SumPerturbation implements Perturbation {

    private final List<Perturbation> parts;

    private SumPerturbation(List<Perturbation> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The one perturbation itself, or their sum. */
    public static Perturbation of(List<Perturbation> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no perturbation to sum");
        }
        return parts.size() == 1 ? parts.get(0) : new SumPerturbation(parts);
    }

    @Override
    public String name() {
        return "sum";
    }

    @Override
    public Parameters parameters() {
        return Parameters.empty();
    }

    /** The largest strength (for reports only). */
    @Override
    public double strength() {
        return parts.stream().mapToDouble(Perturbation::strength).max().orElse(0);
    }

    /** The largest range (sets the length scale of quadratures). */
    @Override
    public double range() {
        return parts.stream().mapToDouble(Perturbation::range).max().orElse(1);
    }

    @Override
    public double potential(double x) {
        return parts.stream().mapToDouble(p -> p.potential(x)).sum();
    }

    @Override
    public double potentialDerivative(double x) {
        return parts.stream().mapToDouble(p -> p.potentialDerivative(x)).sum();
    }

    @Override
    public double fourierTransform(double k) {
        return parts.stream().mapToDouble(p -> p.fourierTransform(k)).sum();
    }
}
