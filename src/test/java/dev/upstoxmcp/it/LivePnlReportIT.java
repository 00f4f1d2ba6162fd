package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.Test;

/** get_pnl_report in live mode, WireMock serving the same fixtures as Upstox: what the server asks Upstox for. */
class LivePnlReportIT extends LiveModeClient implements PnlReportContract {

    @Test
    void aWholeYearIsAskedWithoutDatesAndItsRowsAtTheAnnouncedPageSize() {
        mcp.callTool(new CallToolRequest("get_pnl_report", Map.of("financial_year", "2024-25")));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/trade/profit-loss/metadata"))
                .withQueryParam("segment", equalTo("EQ")).withQueryParam("financial_year", equalTo("2425"))
                .withQueryParam("from_date", absent()).withQueryParam("to_date", absent()));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/trade/profit-loss/data"))
                .withQueryParam("financial_year", equalTo("2425")).withQueryParam("page_number", equalTo("1"))
                .withQueryParam("page_size", equalTo("5000")));
    }

    @Test
    void aRangeGoesToUpstoxAsDayMonthYear() {
        mcp.callTool(new CallToolRequest("get_pnl_report", Map.of("from", "2025-06-01", "to", "2025-08-31")));
        upstox.verify(getRequestedFor(urlPathEqualTo("/v2/trade/profit-loss/charges"))
                .withQueryParam("financial_year", equalTo("2526"))
                .withQueryParam("from_date", equalTo("01-06-2025")).withQueryParam("to_date", equalTo("31-08-2025")));
    }

    @Test
    void anInvalidYearNeverReachesUpstox() {
        mcp.callTool(new CallToolRequest("get_pnl_report", Map.of("financial_year", "twenty-five")));
        upstox.verify(0, getRequestedFor(urlPathEqualTo("/v2/trade/profit-loss/metadata")));
    }
}
