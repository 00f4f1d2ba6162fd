package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** A failed tool call: an {@code isError} result whose text gives the advice and leaks nothing. */
final class FaultAssertions {

    private FaultAssertions() {}

    static String errorText(McpSyncClient mcp, String tool) {
        return errorText(mcp, tool, Map.of());
    }

    static String errorText(McpSyncClient mcp, String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp.callTool(new CallToolRequest(tool, arguments));
        String text = McpResults.text(result);
        assertTrue(Boolean.TRUE.equals(result.isError()), () -> tool + " should have failed but answered " + text);
        return Leaks.assertNone(text);
    }

    static void assertAdvice(String text, String... phrases) {
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), () -> "expected \"" + phrase + "\" in: " + text);
        }
    }
}
