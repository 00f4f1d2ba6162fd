package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox. */
class LiveMutualFundsIT extends LiveModeClient implements MutualFundsContract {

    @Test
    void sipsAreReadPageByPageInUpstoxsLargestPages() {
        mcp.callTool(new CallToolRequest("get_mutual_fund_sips", Map.of()));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/mf/sips"))
                .withQueryParam("page_number", equalTo("1")).withQueryParam("records", equalTo("30"))
                .withHeader("Authorization", equalTo("Bearer it-live-token-7f3c9a1e5b")));
    }
}
