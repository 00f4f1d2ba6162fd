package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.sandbox.UpstoxErrorFixtures;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes from {@code /metrics?scope=application}: tool calls by tool and outcome, Upstox's answers
 * by endpoint and status, with latency percentiles, cache hits, request-budget headroom and rejected tokens; nothing
 * of the user's. Also the readiness data of the instrument master.
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
    void cacheLookupsAreCountedPerCache() {
        Map<String, Object> october = Map.of("instrument", "RELIANCE", "from", "2026-10-01", "to", "2026-10-30");
        assertFalse(Boolean.TRUE.equals(mcp.callTool(new CallToolRequest("get_candles", october)).isError()));
        double hits = sample("cache_requests", "cache=\"candles\"", "result=\"hit\"").orElseThrow();
        mcp.callTool(new CallToolRequest("get_candles", october));

        assertTrue(sample("cache_requests", "cache=\"candles\"", "result=\"hit\"").orElseThrow() > hits,
                "a finished month's candles come from the cache the second time");
        double ratio = sample("cache_hit_ratio", "cache=\"candles\"").orElseThrow();
        assertTrue(ratio > 0 && ratio <= 1, () -> "hit ratio " + ratio);
        for (String cache : new String[] {"company-data", "option-contracts", "market-timings", "market-holidays"}) {
            assertTrue(sample("cache_hit_ratio", "cache=\"" + cache + "\"").isPresent(), cache);
        }
    }

    @Test
    void requestBudgetHeadroomIsPublished() {
        mcp.callTool(new CallToolRequest("get_funds_and_margin", Map.of()));
        double lowest = sample("upstox_budget_lowest_remaining").orElseThrow();
        // at most the per-second limit (50 in the sandbox); below it only within the second of the call
        assertTrue(lowest >= 0 && lowest <= 50, () -> "lowest remaining " + lowest);
    }

    @Test
    void rejectedTokensAreCountedAndTheAnswerCarriesAReference() throws Exception {
        double before = sample("upstox_token_rejections_total").orElseThrow();
        try {
            SandboxFaultsIT.fault(UpstoxErrorFixtures.Fault.TOKEN_EXPIRED);
            String text = FaultAssertions.errorText(mcp, "get_profile");
            assertTrue(text.matches("(?s).*re-authorise.*\\(ref [0-9A-F]{6}\\)$"), text);
        } finally {
            assertEquals(200, SandboxFaultsIT.admin("POST", "/sandbox/__admin/scenarios/reset", "").statusCode());
        }
        assertTrue(sample("upstox_token_rejections_total").orElseThrow() >= before + 1);
    }

    @Test
    void readinessTellsWhetherTheInstrumentMasterIsLoaded() {
        mcp.callTool(new CallToolRequest("search_instruments", Map.of("query", "RELIANCE")));
        String health = TestServers.assertHealthy(TestServers.sandboxUrl());
        assertTrue(health.matches("(?s).*\"instrument-master\",\\s*\"status\":\\s*\"UP\".*"), health);
        assertTrue(health.contains("\"loaded\":true"), health);
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
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
