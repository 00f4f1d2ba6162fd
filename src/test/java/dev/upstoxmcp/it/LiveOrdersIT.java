package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** The order tools in live mode, WireMock serving the same fixtures as Upstox: what the server asks Upstox for. */
class LiveOrdersIT extends LiveModeClient implements OrdersContract {

    @Test
    void tradeHistoryAsksForWholeFinancialYearsAtAThousandRowsAPage() {
        mcp.callTool(new CallToolRequest("get_trade_history", Map.of("from", "2025-09-01", "to", "2026-11-20",
                "segment", "eq")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades"))
                .withQueryParam("segment", equalTo("EQ")).withQueryParam("start_date", equalTo("2025-04-01"))
                .withQueryParam("end_date", equalTo("2026-03-31")).withQueryParam("page_number", equalTo("1"))
                .withQueryParam("page_size", equalTo("1000")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades"))
                .withQueryParam("segment", equalTo("EQ")).withQueryParam("start_date", equalTo("2026-04-01")));
        upstox.verify(2, getRequestedFor(urlPathEqualTo("/v2/charges/historical-trades")));
    }

    @Test
    void aMalformedOrderIdNeverReachesUpstox() {
        mcp.callTool(new CallToolRequest("get_order_history", Map.of("order_id", "1; DROP")));
        upstox.verify(0, getRequestedFor(urlPathEqualTo("/v2/order/history")));
    }

    @Test
    void theDailySummaryAsksForTheChargesOfTheOrderBooksDay() {
        mcp.callTool(new CallToolRequest("get_daily_summary", Map.of()));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/trade/profit-loss/charges"))
                .withQueryParam("segment", equalTo("EQ")).withQueryParam("financial_year", equalTo("2627"))
                .withQueryParam("from_date", equalTo("20-11-2026")).withQueryParam("to_date", equalTo("20-11-2026")));
    }
}
