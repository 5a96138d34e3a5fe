package org.rapidity.models.hardrods;

import org.rapidity.framework.spi.MicroscopicDynamics;

/**
 * The exact flow of {@code N} hard rods of length {@code a} and unit mass on a ring of length
 * {@code L}: free motion, and at contact the two rods exchange their velocities (an elastic
 * collision of equal masses). Event driven: the next collision of every pair of neighbours is
 * kept in a tournament tree, so each collision costs {@code O(log N)}; every rod carries its own
 * clock, so a collision moves only the two rods involved. No time step: the positions after
 * {@link #advance} are exact up to rounding, whatever the duration.
 *
 * <p>Not thread-safe (it holds scratch space); use one flow per thread.
 */
final class HardRodFlow implements MicroscopicDynamics.Flow, MicroscopicDynamics.Contact {

    private final int n;
    private final double length;
    private final double a;
    /** Time (since the start of the advance) at which {@code x[i]} was last brought up to date. */
    private final double[] clock;
    /** Time of the next collision of the pair {@code (p, p+1)}, or +∞. */
    private final double[] next;
    /** Tournament tree over {@link #next}: {@code tree[1]} is the pair colliding first. */
    private final int[] tree;
    private final int leaves;

    private double[] x;
    private double[] v;
    private double now;
    private int left;
    private int right;

    HardRodFlow(int particles, double ringLength, double a) {
        if (particles < 1) {
            throw new IllegalArgumentException("need at least one rod, got " + particles);
        }
        if (!(ringLength > particles * a)) {
            throw new IllegalArgumentException("ring length " + ringLength + " cannot hold "
                    + particles + " rods of length " + a);
        }
        this.n = particles;
        this.length = ringLength;
        this.a = a;
        this.clock = new double[n];
        this.next = new double[n];
        int m = 1;
        while (m < n) {
            m <<= 1;
        }
        this.leaves = m;
        this.tree = new int[2 * m];
    }

    @Override
    public long advance(double[] x, double[] v, double duration,
            MicroscopicDynamics.ContactListener listener) {
        if (x.length != n || v.length != n) {
            throw new IllegalArgumentException("flow for " + n + " rods got arrays of "
                    + x.length + " and " + v.length);
        }
        if (!(duration >= 0)) {
            throw new IllegalArgumentException("duration must be >= 0, got " + duration);
        }
        this.x = x;
        this.v = v;
        java.util.Arrays.fill(clock, 0);
        for (int p = 0; p < n; p++) {
            next[p] = collisionTime(p);
        }
        for (int k = 0; k < leaves; k++) {
            tree[leaves + k] = Math.min(k, n - 1);
        }
        for (int k = leaves - 1; k >= 1; k--) {
            tree[k] = earlier(tree[2 * k], tree[2 * k + 1]);
        }
        long collisions = 0;
        while (true) {
            int p = tree[1];
            double t = next[p];
            if (!(t <= duration)) {
                break;
            }
            int i = p;
            int j = p + 1 == n ? 0 : p + 1;
            moveTo(i, t);
            moveTo(j, t);
            double vi = v[i];
            v[i] = v[j];
            v[j] = vi;
            collisions++;
            if (listener != null) {
                now = t;
                left = i;
                right = j;
                listener.onContact(this);
                if (v[i] > v[j]) {
                    throw new IllegalStateException("a contact listener left rods " + i + " and "
                            + j + " approaching (" + v[i] + " > " + v[j] + ")");
                }
            }
            reschedule(p);
            reschedule(p == 0 ? n - 1 : p - 1);
            reschedule(p + 1 == n ? 0 : p + 1);
        }
        for (int i = 0; i < n; i++) {
            x[i] += v[i] * (duration - clock[i]);
        }
        this.x = null;
        this.v = null;
        return collisions;
    }

    private int earlier(int p, int q) {
        return next[q] < next[p] ? q : p;
    }

    private void reschedule(int p) {
        next[p] = collisionTime(p);
        int k = (leaves + p) >> 1;
        while (k >= 1) {
            tree[k] = earlier(tree[2 * k], tree[2 * k + 1]);
            k >>= 1;
        }
    }

    private void moveTo(int i, double t) {
        x[i] += v[i] * (t - clock[i]);
        clock[i] = t;
    }

    /** Time at which rod {@code p} touches the rod ahead of it at the current velocities. */
    private double collisionTime(int p) {
        int j = p + 1 == n ? 0 : p + 1;
        double w = v[p] - v[j];
        if (!(w > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double offset = j == 0 ? length : 0;
        double t = Math.max(clock[p], clock[j]);
        double gap = x[j] + offset + v[j] * (t - clock[j]) - x[p] - v[p] * (t - clock[p]) - a;
        return t + Math.max(gap, 0) / w;
    }

    @Override
    public double time() {
        return now;
    }

    @Override
    public int left() {
        return left;
    }

    @Override
    public int right() {
        return right;
    }

    @Override
    public double position(int particle) {
        return x[particle] + v[particle] * (now - clock[particle]);
    }

    @Override
    public double velocity(int particle) {
        return v[particle];
    }

    @Override
    public void addVelocity(int particle, double dv) {
        if (particle != left && particle != right) {
            throw new IllegalArgumentException("only the colliding rods " + left + " and "
                    + right + " may be kicked at a contact, not " + particle);
        }
        v[particle] += dv;
    }
}
