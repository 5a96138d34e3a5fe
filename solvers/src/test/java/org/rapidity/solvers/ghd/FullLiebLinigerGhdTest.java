package org.rapidity.solvers.ghd;

import org.junit.jupiter.api.Tag;

/**
 * The tests of {@link LiebLinigerGhdTest} with the finest refinement level added (the convergence tables of
 * docs/validation.md): a long validation run, selected by {@code -Pvalidation}.
 */
@Tag("validation")
class FullLiebLinigerGhdTest extends LiebLinigerGhdTest {

    @Override
    boolean full() {
        return true;
    }
}
