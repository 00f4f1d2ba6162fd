package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Map;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** Calling tools in an IT contract: answers carry the mode's source and an IST stamp; errors leak nothing. */
interface ToolCalls {

    McpSyncClient mcp();

    /** {@code sandbox} or {@code live}. */
    String source();

    default CallToolResult call(String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp().callTool(new CallToolRequest(tool, arguments));
        assertFalse(Boolean.TRUE.equals(result.isError()), () -> tool + " failed: " + text(result));
        assertEquals(source(), value(result, "source"));
        OffsetDateTime asOf = OffsetDateTime.parse((String) value(result, "as_of"));
        assertEquals("+05:30", asOf.getOffset().getId(), "as_of is in IST");
        return result;
    }

    /** The text of a call that must fail with an {@code isError} result. */
    default String error(String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp().callTool(new CallToolRequest(tool, arguments));
        String text = text(result);
        assertTrue(Boolean.TRUE.equals(result.isError()), () -> tool + " should have failed but answered " + text);
        return Leaks.assertNone(text);
    }
}
