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

/** Calling tools in a contract that runs in both modes: successful answers are stamped, errors leak nothing. */
interface ToolCallContract {

    McpSyncClient mcp();

    /** {@code sandbox} or {@code live}, as answers stamp it. */
    String source();

    /** A successful call, stamped with this mode's source and an IST {@code as_of}. */
    default CallToolResult call(String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp().callTool(new CallToolRequest(tool, arguments));
        assertFalse(result.isError(), () -> tool + " failed: " + text(result));
        assertEquals(source(), value(result, "source"));
        OffsetDateTime asOf = OffsetDateTime.parse((String) value(result, "as_of"));
        assertEquals("+05:30", asOf.getOffset().getId(), "as_of is in IST");
        return result;
    }

    /** The text of a call that must fail, checked for leaks. */
    default String error(String tool, Map<String, Object> arguments) {
        CallToolResult result = mcp().callTool(new CallToolRequest(tool, arguments));
        assertTrue(result.isError(), () -> tool + " should have failed: " + text(result));
        return Leaks.assertNone(text(result));
    }
}
