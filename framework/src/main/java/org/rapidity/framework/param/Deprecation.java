package org.rapidity.framework.param;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One-line warnings for descriptor fields kept as deprecated aliases (e.g. {@code c_tilde}, now
 * {@code "c": "<value> 1/um"}): each message is said once per process, on standard error unless
 * a caller redirects it. A deprecated alias still works exactly as before; the warning names the
 * form to write instead.
 */
public final class Deprecation {

    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();
    private static volatile Consumer<String> sink = m -> System.err.println("warning: " + m);

    private Deprecation() {
    }

    /**
     * Warns that {@code field} is a deprecated alias.
     *
     * @param field the descriptor field as given, e.g. {@code model.c_tilde}
     * @param instead what to write instead, e.g. {@code "c": "2.58 1/um"}
     */
    public static void alias(String field, String instead) {
        String message = field + " is deprecated; write " + instead;
        if (SAID.add(message)) {
            sink.accept(message);
        }
    }

    /**
     * Sends later warnings to {@code to} (and forgets which were said), returning the previous
     * receiver; for the command line's error stream and for tests.
     */
    public static Consumer<String> redirect(Consumer<String> to) {
        Consumer<String> before = sink;
        sink = to;
        SAID.clear();
        return before;
    }
}
