package org.rapidity.framework.param;

/**
 * Bad user input: an unknown name, a missing or out-of-range parameter, a state a model cannot
 * hold, a grid too coarse for the state. The message names the offending field (a dotted path
 * such as {@code model.a}) and what would be allowed, so the command line can print it as it
 * is, without a stack trace.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field dotted path of the offending input (e.g. {@code state.density}); may be empty
     *     when the problem is not attached to one field
     * @param message what is wrong and what is allowed
     */
    public InvalidInputException(String field, String message) {
        super(field == null || field.isEmpty() ? message : field + ": " + message);
        this.field = field == null ? "" : field;
    }

    /** Dotted path of the offending input, or the empty string. */
    public String field() {
        return field;
    }

    /** The same error with {@code prefix.} prepended to the field path. */
    public InvalidInputException under(String prefix) {
        String raw = getMessage();
        if (!field.isEmpty() && raw.startsWith(field + ": ")) {
            raw = raw.substring(field.length() + 2);
        }
        String path = field.isEmpty() ? prefix : prefix + "." + field;
        InvalidInputException e = new InvalidInputException(path, raw);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
