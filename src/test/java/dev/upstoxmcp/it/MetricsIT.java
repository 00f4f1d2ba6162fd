package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes from {@code /metrics?scope=application}: tool calls by tool and outcome, and Upstox's
 * answers by endpoint and status, with latency percentiles; nothing of the user's.
 */
class MetricsIT extends SandboxModeClient {

    @Test
    void toolCallsAndUpstoxAnswersAreCountedAndTimed() {
        double before = sample("mcp_tool_calls_seconds_count", "tool=\"get_holdings\"", "outcome=\"ok\"")
                .orElse(0.0);
        mcp.callTool(new CallToolRequest("get_holdings", Map.of("view", "summary")));
        mcp.callTool(new CallToolRequest("get_holdings", Map.of("view", "summary")));
        mcp.callTool(new CallToolRequest("get_holdings", Map.of("limit", 0)));

        assertEquals(before + 2, sample("mcp_tool_calls_seconds_count", "tool=\"get_holdings\"", "outcome=\"ok\"")
                .orElseThrow());
        assertTrue(sample("mcp_tool_calls_seconds_count", "tool=\"get_holdings\"", "outcome=\"error\"")
                .orElseThrow() >= 1);
        assertTrue(sample("mcp_tool_calls_seconds", "tool=\"get_holdings\"", "quantile=\"0.99\"").isPresent());
        assertTrue(sample("mcp_tool_calls_seconds_bucket", "tool=\"get_holdings\"", "le=\"2.5\"").orElseThrow() >= 2,
                "the configured histogram buckets are published");
        assertTrue(sample("upstox_responses_seconds_count", "endpoint=\"PortfolioApi.longTermHoldings\"",
                "status=\"200\"").orElseThrow() >= 2);
    }

    @Test
    void metricsCarryNoUserData() {
        mcp.callTool(new CallToolRequest("get_profile", Map.of()));
        String text = metrics();
        assertFalse(text.contains("SBX042"), "user id in metrics");
        assertFalse(text.contains("sandbox-demo-token"), "token in metrics");
        assertFalse(text.contains("Bearer"), "authorization in metrics");
    }

    private static String metrics() {
        HttpResponse<String> response = TestServers.get(TestServers.sandboxUrl() + "/metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of the first Prometheus sample of {@code name} whose labels contain every one of {@code labels}. */
    private static Optional<Double> sample(String name, String... labels) {
        return metrics().lines()
                .filter(line -> line.startsWith(name + "{"))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
