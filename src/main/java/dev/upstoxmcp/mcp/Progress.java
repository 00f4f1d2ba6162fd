package dev.upstoxmcp.mcp;

/**
 * Progress of a long tool call, reported to the client as {@code notifications/progress}. Declare a parameter of this
 * type on a {@link Tool} method (no {@link ToolArg}: it is not an argument of the schema) and the runtime supplies
 * one; it reports only when the client's request carried a {@code progressToken}, and does nothing otherwise.
 * Services take it as a plain callback, so they stay testable with {@link #NONE} or a recording lambda.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing: for callers that do not follow progress. */
    Progress NONE = (done, total, message) -> { };

    /**
     * One step: {@code done} of {@code total} units finished (never decreasing within a call), with what is being
     * done now in a few words.
     */
    void step(int done, int total, String message);
}
