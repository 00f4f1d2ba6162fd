package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

class SafeErrorJsonMapperTest {

    static final SafeErrorJsonMapper JSON = new SafeErrorJsonMapper(McpJsonDefaults.getMapper());

    @Test
    void transportErrorsAreJsonRpcErrorsWithoutStackTraces() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.INTERNAL_ERROR)
                .message("Session not found: abc").build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":"
                + "\"Session not found or expired; send a new initialize request without Mcp-Session-Id\"}}", body);
    }

    @Test
    void anUnknownSessionIsNeitherRepeatedNorAnInternalError() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.INTERNAL_ERROR)
                .message("Session not found: " + "a".repeat(6000)).build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":"
                + "\"Session not found or expired; send a new initialize request without Mcp-Session-Id\"}}", body);
    }

    @Test
    void anAnswerToNoRequestIsAnInvalidRequestWithoutItsId() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.INTERNAL_ERROR)
                .message("Error processing message: Unexpected response for unknown id " + "9".repeat(6000)).build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":"
                + "\"Invalid request: this server is waiting for no response with this id\"}}", body);
    }

    @Test
    void missingHeadersAreInvalidRequestsNotUnknownMethods() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.METHOD_NOT_FOUND)
                .message("Session ID required in mcp-session-id header").build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":"
                + "\"Session ID required in mcp-session-id header\"}}", body);
    }

    @Test
    void parserMessagesAreReplacedByAFixedSentence() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.INVALID_REQUEST)
                .message("Invalid message format: Unexpected character ('x' (code 120)) at [Source: "
                        + "REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1]").build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid request: "
                + "the body is not a JSON-RPC 2.0 message this endpoint accepts\"}}", body);
    }

    @Test
    void handlerExceptionsInResponsesBecomeAReference() throws Exception {
        var response = McpSchema.JSONRPCResponse.error(7, new McpSchema.JSONRPCResponse.JSONRPCError(
                ProtocolErrors.INTERNAL_ERROR, "Cannot deserialize value of type `java.util.LinkedHashMap`", null));
        String body = JSON.writeValueAsString(response);
        assertTrue(body.startsWith("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32603,\"message\":"
                + "\"Internal error (ref "), body);
        assertFalse(body.contains("java."), body);
    }

    @Test
    void promptArgumentErrorsKeepTheirAdvice() throws Exception {
        String body = JSON.writeValueAsString(McpError.builder(ProtocolErrors.INVALID_PARAMS)
                .message("Prompt portfolio_beta_chart: years must be a whole number from 1 to 10, got \"x\".").build());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32602,\"message\":\"Prompt "
                + "portfolio_beta_chart: years must be a whole number from 1 to 10, got \\\"x\\\".\"}}", body);
    }

    @Test
    void plainSdkSentencesAndTheirDataPass() throws Exception {
        var response = McpSchema.JSONRPCResponse.error("a", new McpSchema.JSONRPCResponse.JSONRPCError(
                ProtocolErrors.INVALID_PARAMS, "Unknown tool: invalid_tool_name", "Tool not found: nope"));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"error\":{\"code\":-32602,\"message\":\"Unknown tool: "
                + "invalid_tool_name\",\"data\":\"Tool not found: nope\"}}", JSON.writeValueAsString(response));
    }

    @Test
    void resultsPassUnchanged() throws Exception {
        var response = McpSchema.JSONRPCResponse.result(1, java.util.Map.of("ok", true));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"ok\":true}}", JSON.writeValueAsString(response));
    }
}
