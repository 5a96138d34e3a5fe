package org.rapidity.framework.spi;

import java.util.Locale;
import java.util.Optional;

/**
 * What a computation will need, known before it starts: the bytes of its largest arrays alive
 * at once (from grid sizes, species, samples), a rough order of its run time where that is cheap
 * to know, and the parameter to lower when it does not fit. Estimates count the arrays the code
 * allocates (8 bytes a double), not the JVM's overhead; they are meant to refuse a request that
 * cannot fit in seconds, instead of an {@link OutOfMemoryError} after minutes.
 *
 * @param what the request in words, e.g. "the dressing of 20000 modes"
 * @param bytes bytes of the arrays alive at the peak
 * @param seconds rough run time on one core, or NaN when not cheap to know
 * @param parameter the descriptor field to lower, e.g. {@code grid.points}
 */
public record ResourceEstimate(String what, double bytes, double seconds, String parameter) {

    /** Nothing worth checking. */
    public static final ResourceEstimate NONE = new ResourceEstimate("nothing", 0, Double.NaN,
            "");

    /** Bytes of {@code count} doubles. */
    public static double doubles(double count) {
        return 8 * count;
    }

    /**
     * A refusal when the estimate does not fit in {@code maxBytes} (the JVM's
     * {@link Runtime#maxMemory()}): what was asked, what it needs, what the JVM has, and which
     * parameter to lower; empty when it fits.
     */
    public Optional<String> refusal(long maxBytes) {
        // 90%: the JVM's own structures, the model and the outputs need the rest
        if (!(bytes > 0.9 * maxBytes)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s needs about %s of memory%s, the JVM"
                + " has %s; lower %s, or raise the heap (RAPIDITY_JAVA_OPTS=-Xmx…)", what,
                size(bytes), Double.isFinite(seconds) ? " and " + duration(seconds) : "",
                size(maxBytes), parameter));
    }

    /**
     * A note when the run will be long (over ten minutes by the estimate): the user learns it
     * before waiting, with the parameter that shortens it; empty otherwise.
     */
    public Optional<String> note() {
        if (!(seconds > 600)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s will take %s or more (one core at"
                + " 10⁹ operations a second); lower %s for a quicker run", what,
                duration(seconds), parameter));
    }

    /** A size in words: {@code 3.2 GB}. */
    public static String size(double bytes) {
        if (bytes >= 1e12) {
            return String.format(Locale.ROOT, "%.3g TB", bytes / 1e12);
        }
        if (bytes >= 1e9) {
            return String.format(Locale.ROOT, "%.2g GB", bytes / 1e9);
        }
        return String.format(Locale.ROOT, "%.2g MB", bytes / 1e6);
    }

    /** An order of magnitude of a duration in words. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return "seconds";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "~%.0f min", seconds / 60);
        }
        if (seconds < 86400 * 2) {
            return String.format(Locale.ROOT, "~%.0f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "~%.0f days", seconds / 86400);
    }
}
