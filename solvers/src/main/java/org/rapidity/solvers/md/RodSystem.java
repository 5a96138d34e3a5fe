package org.rapidity.solvers.md;

import org.rapidity.framework.spi.MicroscopicDynamics;

/**
 * One sample of the molecular dynamics: {@code N} particles of unit mass on a ring of length
 * {@code L} with an integrable contact flow (the model's {@link MicroscopicDynamics.Flow}) and a
 * smooth long-range pair potential ({@link PairTable}), advanced by the symmetric splitting
 * <pre>
 *   kick(h/2) · exact integrable flow(h) · kick(h/2),     kick(τ): v_i += τ F_i(x),
 * </pre>
 * i.e. velocity Verlet whose drift is the exact hard-rod dynamics (no small steps for the
 * collisions).
 *
 * <h2>The collision correction (second order)</h2>
 * Plain splitting is only first order in the energy: at a collision within a step the two rods
 * exchange their velocities, so the velocity that rod {@code i} carried into the step leaves it
 * on rod {@code i+1}, but the half kicks gave it {@code F_i h/2} at the start and
 * {@code F_{i+1} h/2} at the end, whereas it felt {@code F_i} for the time {@code s} before the
 * collision and {@code F_{i+1}} for {@code h - s} after. (Seen through the contraction map, the
 * quasiparticle's force jumps by {@code F_{i+1} - F_i} at the collision.) The error
 * {@code (F_i - F_{i+1})(s - h/2)} per collision is {@code O(h)}, and collisions happen at a
 * rate independent of {@code h}. With the correction on, at each collision the velocity that
 * moved from rod {@code i} to rod {@code i+1} receives
 * <pre>
 *   Δ = (F_i(s) - F_{i+1}(s)) (s - h/2)
 * </pre>
 * and the other one {@code -Δ} (momentum is conserved), with the forces on the two rods
 * evaluated at the collision. The impulse of every velocity then equals
 * {@code ∫dt F(t)} up to {@code O(h²)} per collision, which makes the scheme second order
 * (measured: energy error ∝ {@code h²}). It is time-reversible: run backwards, the same collision
 * happens at {@code h - s} with the rods' roles exchanged and undoes {@code Δ}. In the rare
 * grazing collision where {@code Δ} would stop the rods from separating
 * ({@code v_{i+1} - v_i + 2Δ <= 0}), the correction is skipped (counted in
 * {@link #skippedCorrections()}).
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class RodSystem implements MicroscopicDynamics.ContactListener {

    private final int n;
    private final double length;
    private final PairTable table;
    private final MicroscopicDynamics.Flow flow;
    private final boolean correct;
    private final double range;
    private final double half;

    /** Positions (unwrapped cyclic order), velocities and the forces at the positions. */
    final double[] x;
    final double[] v;
    final double[] f;

    private double step;
    private long collisions;
    private long skipped;

    /**
     * @param particles {@code N}
     * @param length {@code L}
     * @param table the long-range pair potential
     * @param flow the model's exact contact flow for {@code N} particles on this ring
     * @param correct whether to apply the collision correction
     */
    RodSystem(int particles, double length, PairTable table, MicroscopicDynamics.Flow flow,
            boolean correct) {
        this.n = particles;
        this.length = length;
        this.table = table;
        this.flow = flow;
        this.correct = correct && !table.isZero();
        this.range = table.range();
        this.half = length / 2;
        this.x = new double[n];
        this.v = new double[n];
        this.f = new double[n];
    }

    /** Loads a configuration and computes the forces on it. */
    void load(double[] positions, int positionOffset, double[] velocities, int velocityOffset) {
        System.arraycopy(positions, positionOffset, x, 0, n);
        System.arraycopy(velocities, velocityOffset, v, 0, n);
        computeForces();
    }

    /** Stores the configuration. */
    void store(double[] positions, int positionOffset, double[] velocities, int velocityOffset) {
        System.arraycopy(x, 0, positions, positionOffset, n);
        System.arraycopy(v, 0, velocities, velocityOffset, n);
    }

    /**
     * One step {@code kick(h/2) · flow(h) · kick(h/2)}; the forces must be those of the current
     * positions (as after {@link #load} or a previous step).
     */
    void step(double h) {
        double k = 0.5 * h;
        for (int i = 0; i < n; i++) {
            v[i] += k * f[i];
        }
        step = h;
        collisions += flow.advance(x, v, h, correct ? this : null);
        computeForces();
        for (int i = 0; i < n; i++) {
            v[i] += k * f[i];
        }
    }

    /** {@code steps} steps of length {@code h}. */
    void advance(double h, int steps) {
        for (int s = 0; s < steps; s++) {
            step(h);
        }
    }

    /** Moves the whole configuration by a multiple of {@code L} so that {@code x[0] ∈ [0, L)}. */
    void recentre() {
        double shift = Math.floor(x[0] / length) * length;
        if (shift != 0) {
            for (int i = 0; i < n; i++) {
                x[i] -= shift;
            }
        }
    }

    /** Collisions since construction. */
    long collisions() {
        return collisions;
    }

    /** Collision corrections skipped because the rods would not have separated. */
    long skippedCorrections() {
        return skipped;
    }

    /** Forward distance from particle {@code i} to {@code i + k} (index taken mod N). */
    private double ahead(int i, int k) {
        int j = i + k;
        return j < n ? x[j] - x[i] : x[j - n] + length - x[i];
    }

    /** {@code F_i = -∂/∂x_i Σ_{pairs} U}, all pairs closer than the table's range. */
    void computeForces() {
        java.util.Arrays.fill(f, 0);
        if (table.isZero()) {
            return;
        }
        // the table lookup of PairTable.derivative, without its range checks
        final double[] c = table.forceCoefficients();
        final double inv = table.inverseSpacing();
        final int last = table.intervals() - 1;
        final double[] xs = x;
        final double[] fs = f;
        final double lim = range;
        for (int i = 0; i < n; i++) {
            final double xi = xs[i];
            double fi = 0;
            int j = i + 1;
            // neighbours ahead without wrapping, then across the end of the array
            for (; j < n; j++) {
                double d = xs[j] - xi;
                if (d >= lim) {
                    break;
                }
                double s = d * inv;
                double u = PairTable.quartic(c, s, Math.min((int) s, last));
                fi += u;
                fs[j] -= u;
            }
            if (j == n) {
                double shifted = length - xi;
                for (int m = 0; m < i; m++) {
                    double d = xs[m] + shifted;
                    if (d >= lim) {
                        break;
                    }
                    double s = d * inv;
                    double u = PairTable.quartic(c, s, Math.min((int) s, last));
                    fi += u;
                    fs[m] -= u;
                }
            }
            fs[i] += fi;
        }
    }

    /** Kinetic energy {@code Σ v²/2}. */
    double kineticEnergy() {
        double s = 0;
        for (double u : v) {
            s += u * u;
        }
        return 0.5 * s;
    }

    /** Momentum {@code Σ v}. */
    double momentum() {
        double s = 0;
        for (double u : v) {
            s += u;
        }
        return s;
    }

    /** Interaction energy {@code Σ_{i<j} U(r_ij)}, each pair once. */
    double potentialEnergy() {
        if (table.isZero()) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < n; k++) {
                double d = ahead(i, k);
                if (d > half || d >= range) {
                    break;
                }
                if (d == half && (i + k) % n < i) {
                    continue; // a pair exactly half a ring apart is counted from its lower index
                }
                s += table.value(d);
            }
        }
        return s;
    }

    @Override
    public void onContact(MicroscopicDynamics.Contact c) {
        int i = c.left();
        int j = c.right();
        double s = c.time();
        double delta = (forceAt(c, i) - forceAt(c, j)) * (s - 0.5 * step);
        if (c.velocity(j) - c.velocity(i) + 2 * delta > 0) {
            c.addVelocity(j, delta);
            c.addVelocity(i, -delta);
        } else {
            skipped++;
        }
    }

    /** The force on particle {@code i} at the time of a contact. */
    private double forceAt(MicroscopicDynamics.Contact c, int i) {
        double xi = c.position(i);
        double fi = 0;
        for (int k = 1; k < n; k++) {
            int j = i + k;
            double d = j < n ? c.position(j) - xi : c.position(j - n) + length - xi;
            if (d >= range) {
                break;
            }
            fi += table.derivative(d);
        }
        for (int k = 1; k < n; k++) {
            int j = i - k;
            double d = j >= 0 ? xi - c.position(j) : xi - c.position(j + n) + length;
            if (d >= range) {
                break;
            }
            fi -= table.derivative(d);
        }
        return fi;
    }
}
