package org.rapidity.framework.spi;

import java.util.List;

/**
 * A snapshot view of ensemble solvers (molecular dynamics): jackknife replicas of the snapshot,
 * each the ensemble with one block of samples left out. For every observable the runner writes,
 * beside its value on the whole ensemble, the jackknife standard error
 * {@code sqrt((m-1)/m Σ_r (O_r - Ō)²)} over the {@code m} replicas, in a column
 * {@code <column>_err}.
 */
public interface Replicas {

    /** The leave-one-block-out snapshots (at least 2). */
    List<Snapshot> replicas();
}
