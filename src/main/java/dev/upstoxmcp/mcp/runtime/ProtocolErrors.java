package dev.upstoxmcp.mcp.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * The one shape of every protocol-level error this server sends: a JSON-RPC error object whose message is either one
 * of the SDK's own plain sentences or a fixed text per code. Parser and exception messages, class names and stack
 * traces never pass.
 */
final class ProtocolErrors {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;

    private static final Logger LOG = Logger.getLogger(ProtocolErrors.class.getName());

    /** Sentences the SDK writes itself; they name only protocol concepts and the client's own input. */
    private static final List<String> SDK_SENTENCES = List.of("Method not found", "Unknown tool", "Session not found",
            "Session ID required", "text/event-stream required", "application/json required",
            "Unsupported Media Type", "Invalid prompt name", "Prompt not found", "Resource not found",
            // ours: PromptCatalog's argument errors, written for users ("Prompt portfolio_beta_chart: years must be ...")
            "Prompt ");
    /** Sentences about the request's headers; the SDK sends them as "Method not found", they are invalid requests. */
    private static final List<String> HEADER_SENTENCES = List.of("Session ID required", "text/event-stream required",
            "application/json required");
    static final String SESSION_NOT_FOUND = "Session not found or expired; send a new initialize request without "
            + "Mcp-Session-Id";
    /** The SDK's words for a posted JSON-RPC response whose id it is not waiting for; the id follows. */
    private static final String SDK_UNKNOWN_RESPONSE_ID = "Error processing message: Unexpected response for unknown id";
    static final String UNKNOWN_RESPONSE_ID = "Invalid request: this server is waiting for no response with this id";
    private static final int MAX_MESSAGE = 300;

    private ProtocolErrors() {}

    /** A JSON-RPC error response body; {@code id} may be null when the request had none or could not be read. */
    static Map<String, Object> body(Object id, int code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", McpSchema.JSONRPC_VERSION);
        body.put("id", id);
        body.put("error", error);
        return body;
    }

    /** The error as the client may see it. */
    static McpSchema.JSONRPCResponse.JSONRPCError sanitize(McpSchema.JSONRPCResponse.JSONRPCError error) {
        int code = error.code() == null ? INTERNAL_ERROR : error.code();
        if (error.message() != null && error.message().startsWith("Session not found")) {
            // the SDK says internal error and repeats the session id, however long, the client sent
            return new McpSchema.JSONRPCResponse.JSONRPCError(INVALID_REQUEST, SESSION_NOT_FOUND, null);
        }
        if (error.message() != null && error.message().startsWith(SDK_UNKNOWN_RESPONSE_ID)) {
            // not an internal error: a stale or made-up answer (StaleResponseReply); the id may be long
            return new McpSchema.JSONRPCResponse.JSONRPCError(INVALID_REQUEST, UNKNOWN_RESPONSE_ID, null);
        }
        if (error.message() != null && HEADER_SENTENCES.stream().anyMatch(error.message()::startsWith)) {
            code = INVALID_REQUEST;
        }
        if (isPlainSdkSentence(error.message())) {
            Object data = error.data() instanceof String text && isPlainSdkText(text) ? text : null;
            return new McpSchema.JSONRPCResponse.JSONRPCError(code, error.message(), data);
        }
        return new McpSchema.JSONRPCResponse.JSONRPCError(code, fixedMessage(code), null);
    }

    /**
     * A "resource not found" error (-32002) naming the URI asked for (cut to a safe length) and every URI and URI
     * template this server has, in {@code data}, so a client can correct itself.
     */
    static McpSchema.JSONRPCResponse.JSONRPCError resourceNotFound(McpSchema.JSONRPCResponse.JSONRPCError error,
                                                                  List<String> known) {
        String message = isPlainSdkSentence(error.message()) ? error.message() : "Resource not found";
        Object uri = error.data() instanceof Map<?, ?> data ? data.get("uri") : null;
        Map<String, Object> data = new LinkedHashMap<>();
        if (uri instanceof String text) {
            data.put("uri", text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…");
        }
        data.put("known_resources", known);
        return new McpSchema.JSONRPCResponse.JSONRPCError(error.code(), message + ". Known resources: "
                + String.join(", ", known), data);
    }

    private static String fixedMessage(int code) {
        return switch (code) {
            case PARSE_ERROR -> "Parse error: the request body is not valid JSON";
            case INVALID_REQUEST -> "Invalid request: the body is not a JSON-RPC 2.0 message this endpoint accepts";
            case METHOD_NOT_FOUND -> "Method not found";
            case INVALID_PARAMS -> "Invalid params for this method";
            default -> {
                String ref = ErrorRef.next();
                LOG.log(Level.WARNING, "MCP protocol error {0} answered as internal error (ref {1})",
                        new Object[] {code, ref});
                yield "Internal error (ref " + ref + "). Try again; if it persists, report the ref.";
            }
        };
    }

    private static boolean isPlainSdkSentence(String message) {
        return message != null && SDK_SENTENCES.stream().anyMatch(message::startsWith) && isPlainSdkText(message);
    }

    private static boolean isPlainSdkText(String text) {
        return text.length() <= MAX_MESSAGE && !text.contains("Exception") && !text.contains("\tat ")
                && !text.contains("java.") && !text.contains("jakarta.") && !text.contains("tools.jackson");
    }
}
