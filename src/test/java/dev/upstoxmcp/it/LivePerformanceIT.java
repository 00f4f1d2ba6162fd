package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox: what one question costs upstream. */
class LivePerformanceIT extends LiveModeClient implements PerformanceContract {

    /**
     * 6M (a window no other test asks for): the holdings once, the EQ trade history once per financial year it keeps
     * (2024-25, 2025-26, 2026-27, one page each), and per security held during the period (the 14 holdings) one
     * historical request up to yesterday, which is complete and cached, and one intraday request for today, which
     * is not: asked again, only the intraday requests repeat.
     */
    @Test
    void performanceCostsHoldingsThreeHistoryPagesAndCandlesPerHoldingCachedButToday() {
        mcp.callTool(new CallToolRequest("get_portfolio_performance", Map.of("period", "6M")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings")));
        upstox.verify(3, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades"))
                .withQueryParam("segment", equalTo("EQ")).withQueryParam("page_number", equalTo("1"))
                .withQueryParam("page_size", equalTo("1000")));
        upstox.verify(14, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ.*/days/1/2026-11-19/"
                + "2026-05-10")));
        upstox.verify(14, getRequestedFor(urlPathMatching("/v3/historical-candle/intraday/NSE_EQ.*/days/1")));
        mcp.callTool(new CallToolRequest("get_portfolio_performance", Map.of("period", "6M")));
        upstox.verify(14, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ.*/days/1/2026-11-19/"
                + "2026-05-10")));
        upstox.verify(28, getRequestedFor(urlPathMatching("/v3/historical-candle/intraday/NSE_EQ.*/days/1")));
    }

    /** The breakdown needs no candles: holdings and the trade history only. */
    @Test
    void theBreakdownAsksForHoldingsAndTradeHistoryOnly() {
        mcp.callTool(new CallToolRequest("get_portfolio_breakdown", Map.of()));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings")));
        upstox.verify(3, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades")));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
    }

    /** A period before the trade history is refused before any trade-history or candle request. */
    @Test
    void aPeriodBeforeTheHistoryFetchesNoCandles() {
        mcp.callTool(new CallToolRequest("get_portfolio_performance", Map.of("from", "2023-06-01")));
        upstox.verify(0, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades")));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
    }
}
