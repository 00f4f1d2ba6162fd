package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/** Progress and McpLog parameters are the runtime's to supply: never in the schema, never bound from arguments. */
class SuppliedParametersTest {

    static ToolDefinition countUp() {
        return ToolIntrospector.definitionsOf(ReportingTools.class).get(0);
    }

    @Test
    void suppliedParametersAreNotArguments() {
        ToolDefinition tool = countUp();
        assertEquals(List.of("steps"), tool.argumentNames());
        assertEquals(Arrays.asList(Progress.class, null, McpLog.class), tool.parameters());
        assertEquals("{\"type\":\"object\",\"properties\":{\"steps\":{\"type\":\"integer\",\"description\":"
                + "\"Steps, 1-5\",\"minimum\":1,\"maximum\":5}},\"required\":[\"steps\"],"
                + "\"additionalProperties\":false}",
                ToolJson.toText(tool.inputSchema()));
    }

    @Test
    void theInvokerHandsTheToolItsProgressAndLog() {
        List<String> seen = new ArrayList<>();
        Progress progress = (done, total, message) -> seen.add(done + "/" + total + " " + message);
        McpLog log = new RecordingLog(seen);
        CallToolResult result = ToolInvokerTest.invoker().call(countUp(), new ReportingTools(), Map.of("steps", 3),
                Map.of(Progress.class, progress, McpLog.class, log));
        assertFalse(result.isError());
        assertEquals(List.of("info counting to 3", "1/3 step 1", "2/3 step 2", "3/3 step 3"), seen);
    }

    @Test
    void aConstraintNamesTheArgumentPastASuppliedParameter() {
        CallToolResult result = ToolInvokerTest.invoker().call(countUp(), new ReportingTools(), Map.of("steps", 9));
        assertTrue(result.isError());
        assertEquals("Invalid arguments for count_up: steps must be less than or equal to 5; got 9.",
                ToolInvokerTest.text(result));
    }

    @Test
    void aClientCannotPassASuppliedParameter() {
        CallToolResult result = ToolInvokerTest.invoker().call(countUp(), new ReportingTools(),
                Map.of("steps", 1, "progress", 1));
        assertTrue(result.isError());
        assertTrue(ToolInvokerTest.text(result).contains("unknown argument \"progress\""));
    }

    public static class AnnotatedProgress {
        @Tool(name = "bad", description = "Declares its progress as an argument.")
        public ReportingTools.Counted bad(@ToolArg(description = "no") Progress progress) {
            return new ReportingTools.Counted(0);
        }
    }

    @Test
    void aSuppliedParameterMustNotBeDeclaredAnArgument() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ToolIntrospector.definitionsOf(AnnotatedProgress.class));
        assertTrue(refused.getMessage().contains("supplied by the runtime"), refused.getMessage());
    }

    record RecordingLog(List<String> seen) implements McpLog {
        @Override
        public void debug(String message) {
            seen.add("debug " + message);
        }

        @Override
        public void info(String message) {
            seen.add("info " + message);
        }

        @Override
        public void warning(String message) {
            seen.add("warning " + message);
        }
    }
}
