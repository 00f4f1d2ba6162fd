package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox. */
class LiveAllocationIT extends LiveModeClient implements AllocationContract {

    static final List<String> HELD_ISINS = List.of("INE002A01018", "INE009A01021", "INE040A01034", "INE397D01024",
            "INE467B01029", "INE044A01036", "INE154A01025", "INE245A01021", "INE585B01010", "INE018A01030",
            "INE090A01021", "INE030A01027");

    /**
     * Holdings, funds and cash are the user's and asked every time; each company's profile, key ratios and income
     * statement at most once, however often diversification is asked (other tests may have filled the cache).
     */
    @Test
    void fundamentalsAreCachedAcrossCalls() {
        mcp.callTool(new CallToolRequest("get_diversification", Map.of()));
        mcp.callTool(new CallToolRequest("get_diversification", Map.of()));
        upstox.verify(2, getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings")));
        upstox.verify(2, getRequestedFor(urlPathEqualTo("/v2/mf/holdings")));
        for (String isin : HELD_ISINS) {
            for (String part : List.of("profile", "key-ratios", "income-statement")) {
                upstox.verify(lessThanOrExactly(1), getRequestedFor(urlPathEqualTo("/v2/fundamentals/" + isin + "/"
                        + part)));
            }
        }
        upstox.verify(0, getRequestedFor(urlPathMatching("/v2/fundamentals/.*/balance-sheet")));
    }

    @Test
    void governanceAsksCorporateActionsAndShareholdingAtMostOnce() {
        mcp.callTool(new CallToolRequest("get_governance_summary", Map.of()));
        mcp.callTool(new CallToolRequest("get_governance_summary", Map.of()));
        upstox.verify(2, getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings")));
        for (String isin : HELD_ISINS) {
            for (String part : List.of("corporate-actions", "share-holdings")) {
                upstox.verify(lessThanOrExactly(1), getRequestedFor(urlPathEqualTo("/v2/fundamentals/" + isin + "/"
                        + part)));
            }
        }
    }

    /** A name that resolves to nothing is answered from the instrument list alone. */
    @Test
    void anUnknownInstrumentSendsNoRequest() {
        mcp.callTool(new CallToolRequest("get_governance_summary", Map.of("instruments", List.of("RELIANCEE"))));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v[23]/.*")));
    }
}
