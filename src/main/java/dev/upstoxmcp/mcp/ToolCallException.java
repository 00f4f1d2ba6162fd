package dev.upstoxmcp.mcp;

import java.io.Serial;

/**
 * A failure the user or the model can act on. Its message becomes the text of an {@code isError} tool result, so it
 * must say what happened and what to do, and must never contain a token, URL query, exception name or stack frame.
 */
public class ToolCallException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

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
}
