package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox. */
class LiveResearchIT extends LiveModeClient implements ResearchContract {

    /** News is per user (holdings), so it is never cached: every call reaches Upstox. */
    @Test
    void holdingsNewsAsksUpstoxForItsLargestPage() {
        mcp.callTool(new CallToolRequest("get_news", Map.of()));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/news"))
                .withQueryParam("category", equalTo("holdings")).withQueryParam("instrument_keys", absent())
                .withQueryParam("page_number", equalTo("1")).withQueryParam("page_size", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer it-live-token-7f3c9a1e5b")));
    }

    /** Competitors are asked by instrument key; fundamentals are cached, so a second ask does not reach Upstox. */
    @Test
    void competitorsAreAskedByInstrumentKeyAndCached() {
        Map<String, Object> arguments = Map.of("instrument", "MARUTI", "sections", List.of("competitors"));
        mcp.callTool(new CallToolRequest("get_fundamentals", arguments));
        mcp.callTool(new CallToolRequest("get_fundamentals", arguments));
        upstox.verify(1, getRequestedFor(urlPathMatching("/v2/fundamentals/NSE_EQ(%7C|\\|)INE585B01010/competitors")));
    }
}
