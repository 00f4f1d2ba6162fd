package dev.upstoxmcp.mcp;

import java.util.Map;

/**
 * Requests a tool sends to the client during its call: LLM sampling and user input (elicitation). Declare a
 * parameter of this type on a {@link Tool} method (no {@link ToolArg}) and the runtime supplies one. Each throws a
 * {@link ToolCallException} when the client did not declare the capability or the request fails.
 */
public interface ClientRequests {

    /** Asks the client's LLM to answer one user message; the text of its reply. */
    String sample(String userMessage, int maxTokens);

    /** Asks the user for input shaped by {@code requestedSchema} (a flat JSON Schema object). */
    Elicited elicit(String message, Map<String, Object> requestedSchema);

    /** The user's answer: action accept, decline or cancel, and the content when accepted (else empty). */
    record Elicited(String action, Map<String, Object> content) {}
}
