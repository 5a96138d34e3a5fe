package org.rapidity.runner.wiring;

import org.rapidity.framework.spi.Truncation;

/**
 * The truncation a descriptor names, or none.
 *
 * @param truncation the truncation, or {@code null}
 */
public record TruncationChoice(Truncation truncation) {
}
