package dev.upstoxmcp.sandbox;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The body of WireMock's "set scenario state" call: {@code {"state": "token-expired"}}. */
final class ScenarioStateRequest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScenarioStateRequest() {}

    /** The requested state, or null when the body is not such an object. */
    static String stateIn(String body) {
        if (body == null || body.isBlank()) return null;
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return null;
        }
        JsonNode state = node == null ? null : node.get("state");
        return state != null && state.isString() && !state.asString().isBlank() ? state.asString() : null;
    }
}
