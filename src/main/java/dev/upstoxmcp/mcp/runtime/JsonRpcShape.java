package dev.upstoxmcp.mcp.runtime;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Requests the SDK would accept but never answer: when {@code params} (or a tool call's {@code arguments}) has the
 * wrong JSON type, the SDK's conversion fails before its error handling and the client receives an empty stream.
 * These are answered here with JSON-RPC "Invalid params" instead.
 */
final class JsonRpcShape {

    private JsonRpcShape() {}

    /** What is wrong with a JSON-RPC request's params, or empty when the SDK can take it. */
    static Optional<String> invalidParams(JsonNode message) {
        if (!message.isObject() || !message.has("method") || !message.has("id")) return Optional.empty();
        JsonNode params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return Optional.of("params must be a JSON object");
        }
        if (!"tools/call".equals(message.get("method").asString(""))) return Optional.empty();
        if (params == null || !params.path("name").isString()) {
            return Optional.of("tools/call needs params.name, the name of the tool");
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            return Optional.of("params.arguments must be a JSON object of the tool's arguments");
        }
        return Optional.empty();
    }
}
