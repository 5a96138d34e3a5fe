package org.rapidity.models.multitube;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a two-dimensional square lattice of one-dimensional tubes along {@code x}
 * (gBBGKY paper §VI, Fig. 8): tube {@code (i, j)} sits at {@code (y, z) = (i a_l, j a_l)}; each
 * tube's transverse ground state is a harmonic-oscillator Gaussian of length {@code l⊥}. The
 * inter-tube coupling of the reference tube {@code (0, 0)} is summed over the tubes
 * {@code (i, j) ≠ (0, 0)} with {@code |i|, |j| <= range} (the paper: 2, i.e. 24 tubes).
 *
 * @param spacing lattice spacing {@code a_l} (m)
 * @param transverseLength transverse oscillator length {@code l⊥ = (ħ/mω⊥)^{1/2}} (m)
 * @param range largest {@code |i|}, {@code |j|} of the tubes summed
 */
public record TubeLattice(double spacing, double transverseLength, int range) {

    /** The paper's lattice: {@code a_l = 370 nm}, {@code l⊥ = 57 nm}, {@code |i|, |j| <= 2}. */
    public static TubeLattice paper() {
        return new TubeLattice(370e-9, 57e-9, 2);
    }

    /** Validates the geometry. */
    public TubeLattice {
        if (!(spacing > 0) || !(transverseLength > 0) || range < 1) {
            throw new IllegalArgumentException("need a_l > 0, l⊥ > 0, range >= 1");
        }
    }

    /** The tubes {@code (i, j) ≠ (0, 0)}, {@code |i|, |j| <= range}, as {@code {i, j}}. */
    public List<int[]> coupledTubes() {
        List<int[]> out = new ArrayList<>();
        for (int i = -range; i <= range; i++) {
            for (int j = -range; j <= range; j++) {
                if (i != 0 || j != 0) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }
}
