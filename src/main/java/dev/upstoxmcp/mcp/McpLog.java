package dev.upstoxmcp.mcp;

/**
 * Messages for the client's log, sent as {@code notifications/message} at or above the level the client chose with
 * {@code logging/setLevel}. Declare a parameter of this type on a {@link Tool} method (no {@link ToolArg}) and the
 * runtime supplies one. Write for the user: what was skipped or assumed, never tokens or stack traces.
 */
public interface McpLog {

    /** Logs nothing. */
    McpLog NONE = new McpLog() {
        @Override
        public void debug(String message) { }

        @Override
        public void info(String message) { }

        @Override
        public void warning(String message) { }
    };

    void debug(String message);

    void info(String message);

    void warning(String message);
}
