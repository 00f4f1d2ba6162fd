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
}
