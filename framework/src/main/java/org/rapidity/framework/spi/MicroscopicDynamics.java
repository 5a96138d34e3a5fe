package org.rapidity.framework.spi;

import java.util.SplittableRandom;

/**
 * Optional capability of an {@link IntegrableModel} whose microscopic dynamics is a classical
 * gas of particles on a ring, so that a molecular-dynamics solver can simulate it exactly: the
 * model knows its integrable (contact) flow and how to sample positions from its generalised
 * Gibbs ensemble; the solver adds the long-range forces. A solver asks for it with
 * {@code model instanceof MicroscopicDynamics} and refuses models without it.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Particles of unit mass whose rapidity is their velocity ({@code p = θ},
 *       {@code E = θ²/2}, the hard-rod convention of the gBBGKY paper §V).</li>
 *   <li>A configuration of {@code N} particles on a ring of length {@code L} is held in two
 *       arrays: positions {@code x[i]} and velocities {@code v[i]}. Particles keep their cyclic
 *       order, and positions are <em>unwrapped</em>: {@code x[0] <= x[1] <= … <= x[N-1] <= x[0] + L}
 *       with {@code x[i+1] - x[i] >= a} and {@code x[0] + L - x[N-1] >= a}, where {@code a} is
 *       {@link #contactLength()}. The distance from particle {@code i} to a particle ahead of it
 *       is therefore a plain difference (plus {@code L} once the index wraps).</li>
 *   <li>Lengths and times in the model's units ({@link IntegrableModel#units()}).</li>
 * </ul>
 */
public interface MicroscopicDynamics {

    /**
     * Contact length {@code a >= 0}: two particles never come closer than {@code a} (hard rods:
     * the rod length; {@code 0}: point particles exchanging velocities at contact, which is
     * free motion up to relabelling).
     */
    double contactLength();

    /**
     * Samples the positions of {@code x.length} particles on a ring of length {@code ringLength}
     * from the model's generalised Gibbs ensemble (positions are independent of velocities
     * there), in the unwrapped cyclic order described above. Hard rods: the free lengths
     * between neighbours are uniform on the simplex (positions uniform in the contracted length
     * {@code L - N a}) and the whole configuration is rotated uniformly.
     *
     * @param x filled with the positions
     * @param ringLength {@code L}, larger than {@code N a}
     * @param random the only source of randomness (so that a seed reproduces the sample)
     */
    void samplePositions(double[] x, double ringLength, SplittableRandom random);

    /**
     * Expected number, per unit length, of ordered pairs {@code (i, j)} whose forward distance
     * {@code x_j - x_i} (from {@code i} ahead to {@code j}, taken in {@code (0, L)}) lies in
     * {@code [d0, d1)}, in the ensemble {@link #samplePositions} draws from:
     * {@code (1/L) Σ_{i≠j} P(d0 <= x_j - x_i < d1)}. Its integral over {@code (0, L)} is
     * {@code N (N-1)/L}. Molecular dynamics subtracts it to estimate the two-point function
     * {@code g2} beyond the ensemble's own (contact-range) correlations.
     */
    double pairCount(int particles, double ringLength, double d0, double d1);

    /**
     * A flow for {@code particles} particles on a ring of length {@code ringLength}. A flow holds
     * scratch space: use one per thread.
     */
    Flow flow(int particles, double ringLength);

    /** The exact integrable flow of one configuration. */
    interface Flow {

        /**
         * Advances the configuration exactly by {@code duration} under the integrable dynamics
         * alone (hard rods: free motion with elastic collisions that exchange the velocities of
         * the two rods in contact), telling {@code listener} about every collision, in time
         * order, just after it happened.
         *
         * @param x positions (unwrapped cyclic order, see the class documentation), updated
         * @param v velocities, updated
         * @param duration time to advance, {@code >= 0}
         * @param listener told about each collision (may be {@code null})
         * @return the number of collisions
         */
        long advance(double[] x, double[] v, double duration, ContactListener listener);
    }

    /** Receives the collisions of a {@link Flow#advance}. */
    interface ContactListener {

        /**
         * Called just after a collision. The listener may change the velocities of the two
         * particles of the collision (an impulse of a splitting scheme), provided they separate
         * afterwards ({@code v[right] > v[left]}); the flow then continues with the changed
         * velocities.
         */
        void onContact(Contact contact);
    }

    /** One collision, seen from inside {@link Flow#advance}. */
    interface Contact {

        /** Time of the collision since the start of the advance. */
        double time();

        /** Index of the particle behind (it was the faster one). */
        int left();

        /** Index of the particle ahead ({@code left + 1}, or {@code 0} when {@code left = N-1}). */
        int right();

        /** Position of any particle at the time of the collision (unwrapped, as in {@code x}). */
        double position(int particle);

        /** Velocity of any particle just after the collision. */
        double velocity(int particle);

        /**
         * Adds {@code dv} to the velocity of {@link #left()} or {@link #right()} (other particles
         * are refused).
         */
        void addVelocity(int particle, double dv);
    }
}
