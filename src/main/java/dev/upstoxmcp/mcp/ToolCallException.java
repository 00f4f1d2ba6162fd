package dev.upstoxmcp.mcp;

import java.io.Serial;

/**
 * A failure the user or the model can act on. Its message becomes the text of an {@code isError} tool result, so it
 * must say what happened and what to do, and must never contain a token, URL query, exception name or stack frame.
 */
public class ToolCallException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int ECHO_LIMIT = 40;

    public ToolCallException(String message) {
        super(message, null, false, false);
    }

    /** Keeps the cause for the server's own diagnosis; the cause never reaches the client. */
    public ToolCallException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /**
     * Whether operators should see this failure: something outside the user's input failed (an upstream service),
     * so the answer carries a reference and the log one line with it and this message. False for user mistakes.
     */
    public boolean reportable() {
        return false;
    }

    /**
     * The user's input as a message may repeat it: text in quotes, at most 40 characters (whole code points), control
     * and invisible formatting characters (NUL, bidi overrides, zero-width joiners) shown as {@code ?}. A message must
     * never carry 100 kB of the user's text back, nor characters that reorder or hide what the user reads.
     */
    public static String echo(Object input) {
        String text = input instanceof String string ? "\"" + string + "\"" : String.valueOf(input);
        String printable = text.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.SURROGATE ? '?' : c)
                .limit(ECHO_LIMIT + 1L)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.codePointCount(0, printable.length()) <= ECHO_LIMIT ? printable
                : printable.substring(0, printable.offsetByCodePoints(0, ECHO_LIMIT)) + "…";
    }
}
