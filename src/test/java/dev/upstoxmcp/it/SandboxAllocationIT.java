package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/** Diversification and governance in sandbox mode, where "today" is 20 November 2026. */
class SandboxAllocationIT extends SandboxModeClient implements AllocationContract {

    /** TCS: ₹31 + ₹11 + ₹11 with ex-dates in the last 12 months, 1.62% on ₹3,271.30; next board meeting 8 Jan. */
    @Test
    void datedGovernanceFiguresOfTheDemoDay() {
        CallToolResult answer = call("get_governance_summary", Map.of("instruments", List.of("TCS")));
        assertAmount("53.00", answer, "companies.0.dividends_last12_months");
        assertAmount("1.62", answer, "companies.0.dividend_yield_percent");
        assertEquals("2027-01-08", value(answer, "companies.0.board_meetings.0.date"));
        assertEquals(List.of(), value(answer, "companies.0.flags"));
        assertEquals("Governance of 1 company over 12 months: no flags. Pledged shares are not in Upstox's data.",
                text(answer).lines().findFirst().orElseThrow());
    }
}
