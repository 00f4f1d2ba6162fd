package dev.upstoxmcp.mcp.runtime;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Messages the SDK would mishandle. Not a JSON-RPC 2.0 message object at all (a batch, a scalar, {@code null}, a
 * {@code jsonrpc} other than "2.0", a method that is not a string): the SDK answered some with an internal error or
 * accepted them. And requests it would accept but never answer: when {@code params} (or a tool call's or prompt's
 * {@code arguments}) has the wrong JSON type, the SDK's conversion fails before its error handling and the client
 * receives an empty stream (likewise a resource request without a URI, a completion without its reference and argument,
 * or a log level MCP does not have). These are answered here with JSON-RPC "Invalid params" instead.
 */
final class JsonRpcShape {

    /** The syslog levels of MCP logging, lowest first. */
    private static final List<String> LOG_LEVELS =
            List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");

    private JsonRpcShape() {}

    /** Why a JSON body is not one JSON-RPC 2.0 message, or empty when it is one. */
    static Optional<String> invalidRequest(JsonNode body) {
        if (body.isArray()) return Optional.of("batches are not part of MCP; send one JSON-RPC message per request");
        if (!body.isObject()) return Optional.of("the body must be a JSON-RPC 2.0 message object");
        JsonNode version = body.path("jsonrpc");
        if (!version.isString() || !"2.0".equals(version.asString())) return Optional.of("jsonrpc must be \"2.0\"");
        JsonNode id = body.get("id");
        if (id != null && !id.isString() && !id.isIntegralNumber()) {
            return Optional.of("id must be a string or an integer");
        }
        JsonNode method = body.get("method");
        if (method != null && !method.isString()) return Optional.of("method must be a string");
        return Optional.empty();
    }

    /** Whether a JSON-RPC 2.0 message is a response (to a request the server sent), not a request or notification. */
    static boolean isResponse(JsonNode message) {
        return message.isObject() && !message.has("method") && (message.has("result") || message.has("error"));
    }

    /** What is wrong with a JSON-RPC request's params, or empty when the SDK can take it. */
    static Optional<String> invalidParams(JsonNode message) {
        if (!message.isObject() || !message.has("method") || !message.has("id")) return Optional.empty();
        JsonNode params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return Optional.of("params must be a JSON object");
        }
        String method = message.get("method").asString("");
        Optional<String> missing = switch (method) {
            case "resources/read", "resources/subscribe", "resources/unsubscribe" ->
                    params == null || !params.path("uri").isString()
                            ? Optional.of(method + " needs params.uri, the resource's URI") : Optional.empty();
            case "completion/complete" -> invalidCompletion(params);
            case "logging/setLevel" -> params == null || !LOG_LEVELS.contains(params.path("level").asString(""))
                    ? Optional.of("logging/setLevel needs params.level, one of " + String.join(", ", LOG_LEVELS))
                    : Optional.empty();
            default -> Optional.empty();
        };
        if (missing.isPresent()) return missing;
        String named = switch (method) {
            case "tools/call" -> "tool";
            case "prompts/get" -> "prompt";
            default -> null;
        };
        if (named == null) return Optional.empty();
        if (params == null || !params.path("name").isString()) {
            return Optional.of(method + " needs params.name, the name of the " + named);
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            return Optional.of("params.arguments must be a JSON object of the " + named + "'s arguments");
        }
        return Optional.empty();
    }

    private static Optional<String> invalidCompletion(JsonNode params) {
        JsonNode ref = params == null ? null : params.get("ref");
        boolean prompt = ref != null && "ref/prompt".equals(ref.path("type").asString(""))
                && ref.path("name").isString();
        boolean resource = ref != null && "ref/resource".equals(ref.path("type").asString(""))
                && ref.path("uri").isString();
        if (!prompt && !resource) {
            return Optional.of("completion/complete needs params.ref: {\"type\":\"ref/prompt\",\"name\":...} or "
                    + "{\"type\":\"ref/resource\",\"uri\":...}");
        }
        JsonNode argument = params.get("argument");
        if (argument == null || !argument.path("name").isString() || !argument.path("value").isString()) {
            return Optional.of("completion/complete needs params.argument: {\"name\":...,\"value\":...}");
        }
        return Optional.empty();
    }
}
