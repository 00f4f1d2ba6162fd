package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox. */
class LiveMarketInfoIT extends LiveModeClient implements MarketInfoContract {

    /** The holiday list may already be cached by an earlier test of this server; status and this date are not. */
    @Test
    void upstoxIsAskedForTheStatusEveryTimeAndForTheDaysTimings() {
        mcp.callTool(new CallToolRequest("get_market_status", Map.of("exchange", "BSE", "date", "2026-10-20")));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/market/status/BSE"))
                .withHeader("Authorization", equalTo("Bearer it-live-token-7f3c9a1e5b")));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/market/timings/2026-10-20")));
        mcp.callTool(new CallToolRequest("get_market_status", Map.of("exchange", "BSE", "date", "2026-10-20")));
        upstox.verify(2, getRequestedFor(urlPathEqualTo("/v2/market/status/BSE")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/market/timings/2026-10-20")));
    }
}
