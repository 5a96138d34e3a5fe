package org.rapidity.solvers.hierarchy;

import org.jtransforms.fft.DoubleFFT_1D;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Perturbation;

/**
 * The periodic grid of separations {@code z = x1 - x2} of a homogeneous two-point function,
 * {@code -L <= z < L} with an even number {@code Nz} of nodes {@code z_m = m Δz}, {@code Δz =
 * 2L/Nz}, stored in FFT order ({@code m = 0 … Nz/2} for {@code z >= 0}, then the negative
 * separations); the mirror of node {@code m} ({@code z → -z}) is {@code (Nz - m) mod Nz}, and the
 * node {@code z = ±L} is its own mirror.
 *
 * <h2>The potential on the grid</h2>
 * {@code V} and {@code V'} are the band-limited interpolants of the periodised potential
 * {@code Σ_j V(z + 2jL)}, built from the exact transform {@code V̂(k)} at the grid wavenumbers
 * {@code k_n = πn/L}, {@code |n| < Nz/2}:
 * <pre>
 *   V_m = (1/2L) Σ_n V̂(k_n) e^{i k_n z_m},      V'_m = (1/2L) Σ_n i k_n V̂(k_n) e^{i k_n z_m}.
 * </pre>
 * They are an exact spectral-derivative pair, which the energy balance of the hierarchy needs
 * (the interaction energy uses {@code V}, the force {@code V'}, and the transport the spectral
 * {@code ∂_z}); they differ from the bare {@code V(z_m)}, {@code V'(z_m)} by the images
 * {@code V(2L - |z|)} (relative {@code 1e-3} at the edges for the power law and {@code L = 10ξ})
 * and by the transform beyond the Nyquist wavenumber.
 *
 * <h2>Fourier transforms</h2>
 * Real sequences are transformed in place by JTransforms ({@code realForward}: {@code X_n = Σ_m
 * x_m e^{-2πi mn/Nz}}, packed as {@code [Re X_0, Re X_{Nz/2}, Re X_1, Im X_1, …]}), so that
 * {@code x_m = (1/Nz) Σ_n X_n e^{i k_n z_m}}. The Nyquist component has no sign of {@code k}:
 * derivatives set it to zero. Thread-safe (one FFT plan per thread).
 */
final class SeparationGrid {

    private final int nz;
    private final double halfLength;
    private final double dz;
    private final double[] potential;
    private final double[] force;
    private final double[] forceSpectrum;
    private final ThreadLocal<DoubleFFT_1D> fft;

    /**
     * @param halfLength {@code L}: separations cover {@code [-L, L)}
     * @param points {@code Nz}, even, at least 8
     * @param perturbation the potential (for {@code V̂})
     */
    SeparationGrid(double halfLength, int points, Perturbation perturbation) {
        if (points < 8 || points % 2 != 0) {
            throw new InvalidInputException("solver.z_points", "need an even number of"
                    + " separations, at least 8 (the FFT grid has a node at z = 0 and at ±z_max);"
                    + " got " + points);
        }
        if (!(halfLength > 0) || !Double.isFinite(halfLength)) {
            throw new InvalidInputException("solver.z_max", "must be finite and > 0, got "
                    + halfLength);
        }
        this.nz = points;
        this.halfLength = halfLength;
        this.dz = 2 * halfLength / points;
        this.fft = ThreadLocal.withInitial(() -> new DoubleFFT_1D(nz));
        double[] vSpec = new double[nz];
        for (int n = 0; n <= nz / 2; n++) {
            double vk = n < nz / 2 ? perturbation.fourierTransform(wavenumber(n)) : 0;
            // X_n = V̂(k_n)/Δz (real and even: V is even)
            if (n == 0) {
                vSpec[0] = vk / dz;
            } else if (n < nz / 2) {
                vSpec[2 * n] = vk / dz;
            }
        }
        double[] fSpec = vSpec.clone();
        multiplyByIk(fSpec);
        this.forceSpectrum = fSpec.clone();
        this.potential = vSpec;
        this.force = fSpec;
        inverse(potential);
        inverse(force);
    }

    /** Number of nodes {@code Nz}. */
    int size() {
        return nz;
    }

    /** {@code L}. */
    double halfLength() {
        return halfLength;
    }

    /** {@code Δz}. */
    double spacing() {
        return dz;
    }

    /** Separation of node {@code m} (FFT order), in {@code [-L, L]}; {@code +L} for the Nyquist node. */
    double separation(int m) {
        return (m <= nz / 2 ? m : m - nz) * dz;
    }

    /** Node of {@code -z_m}. */
    int mirror(int m) {
        return m == 0 ? 0 : nz - m;
    }

    /** {@code k_n = 2πn/(2L)} for {@code 0 <= n <= Nz/2}. */
    double wavenumber(int n) {
        return Math.PI * n / halfLength;
    }

    /** The largest wavenumber {@code π/Δz}. */
    double maxWavenumber() {
        return Math.PI / dz;
    }

    /** {@code V(z_m)} on the grid (band-limited periodisation; see the class documentation). */
    double potential(int m) {
        return potential[m];
    }

    /** {@code V'(z_m)} on the grid, the spectral derivative of {@link #potential(int)}. */
    double force(int m) {
        return force[m];
    }

    /** Packed spectrum of {@code V'} (copy). */
    double[] forceSpectrum() {
        return forceSpectrum.clone();
    }

    /** In-place forward transform of one real sequence of length {@code Nz}. */
    void forward(double[] a) {
        fft.get().realForward(a);
    }

    /** In-place forward transform of the sequence at {@code a[offset … offset+Nz)}. */
    void forward(double[] a, int offset) {
        fft.get().realForward(a, offset);
    }

    /** In-place inverse transform (scaled: the inverse of {@link #forward}). */
    void inverse(double[] a) {
        fft.get().realInverse(a, true);
    }

    /** In-place inverse transform of {@code a[offset … offset+Nz)}. */
    void inverse(double[] a, int offset) {
        fft.get().realInverse(a, offset, true);
    }

    /** Multiplies a packed spectrum by {@code i k_n} (the derivative; Nyquist set to zero). */
    void multiplyByIk(double[] a) {
        multiplyByIk(a, 0, 1);
    }

    /** {@code a ← factor · i k a} on the packed spectrum at {@code offset}. */
    void multiplyByIk(double[] a, int offset, double factor) {
        a[offset] = 0;
        a[offset + 1] = 0;
        for (int n = 1; n < nz / 2; n++) {
            double k = factor * wavenumber(n);
            int p = offset + 2 * n;
            double re = a[p];
            a[p] = -k * a[p + 1];
            a[p + 1] = k * re;
        }
    }

    /** {@code a ← factor · (ik)² a = -factor k² a} on the packed spectrum at {@code offset}. */
    void multiplyByMinusKSquared(double[] a, int offset, double factor) {
        a[offset] = 0;
        double kn = wavenumber(nz / 2);
        a[offset + 1] *= -factor * kn * kn;
        for (int n = 1; n < nz / 2; n++) {
            double k = wavenumber(n);
            int p = offset + 2 * n;
            a[p] *= -factor * k * k;
            a[p + 1] *= -factor * k * k;
        }
    }
}
