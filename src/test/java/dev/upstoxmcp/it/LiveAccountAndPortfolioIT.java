package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox: the server sends the configured bearer token. */
class LiveAccountAndPortfolioIT extends LiveModeClient implements AccountAndPortfolioContract {

    @Test
    void upstoxReceivesTheBearerTokenAnExplicitUserAgentAndJsonAccept() {
        mcp.callTool(new CallToolRequest("get_holdings", Map.of("view", "summary")));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings"))
                .withHeader("Authorization", equalTo("Bearer it-live-token-7f3c9a1e5b"))
                .withHeader("User-Agent", matching("upstox-mcp/\\d+\\.\\d+\\.\\d+.*"))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void positionsCallBothPositionEndpoints() {
        mcp.callTool(new CallToolRequest("get_positions", Map.of()));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/portfolio/short-term-positions")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v3/portfolio/mtf-positions")));
    }
}
