package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.upstoxmcp.tools.allocation.AllocationTools;
import dev.upstoxmcp.tools.research.GovernanceTools;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import org.junit.jupiter.api.Test;

/** get_diversification and get_governance_summary build into definitions with schemas, and their limits hold. */
class AllocationToolDefinitionsTest {

    static ToolDefinition only(Class<?> tools) {
        List<ToolDefinition> definitions = ToolIntrospector.definitionsOf(tools);
        assertEquals(1, definitions.size());
        return definitions.get(0);
    }

    @Test
    void diversificationTakesTwoSwitchesDefaultingToTrue() {
        ToolDefinition tool = only(AllocationTools.class);
        assertEquals("get_diversification", tool.name());
        assertEquals(List.of("include_mutual_funds", "include_cash"), tool.argumentNames());
        assertEquals(List.of("true", "true"), tool.arguments().stream().map(ToolArgument::defaultValue).toList());
        assertTrue(((Map<?, ?>) tool.outputSchema().get("properties")).containsKey("concentration"));
    }

    @Test
    void governanceTakesAnOptionalListAndALookback() {
        ToolDefinition tool = only(GovernanceTools.class);
        assertEquals("get_governance_summary", tool.name());
        assertEquals(List.of("instruments", "lookback_months"), tool.argumentNames());
        assertTrue(tool.arguments().get(0).optional());
        assertTrue(((Map<?, ?>) tool.outputSchema().get("properties")).containsKey("portfolio"));
    }

    /** Constraints are checked before the tool runs, so the bean needs nothing injected. */
    @Test
    void aZeroLookbackIsRejected() {
        ToolDefinition tool = only(GovernanceTools.class);
        CallToolResult zero = ToolInvokerTest.invoker().call(tool, new GovernanceTools(),
                Map.of("lookback_months", 0));
        assertEquals("Invalid arguments for get_governance_summary: lookback_months must be greater than or equal "
                + "to 1; got 0.", text(zero));
    }

    static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
