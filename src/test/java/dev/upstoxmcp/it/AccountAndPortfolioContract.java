package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * The account and portfolio tools, checked against the demo account's numbers (worked out by hand from
 * {@code sandbox-fixtures}). Runs against the sandbox-mode server and, with WireMock serving the same fixtures as
 * Upstox, against the live-mode server.
 */
interface AccountAndPortfolioContract extends ToolCallContract {

    @Test
    default void profileNamesTheDemoUser() {
        CallToolResult profile = call("get_profile", Map.of());
        assertEquals("SBX042", value(profile, "user_id"));
        assertEquals("Asha Demo", value(profile, "user_name"));
        assertEquals(true, value(profile, "active"));
        assertEquals(List.of("NSE", "NFO", "BSE", "CDS", "BFO", "BCD", "MCX"), list(profile, "exchanges"));
        assertTrue(text(profile).startsWith("Asha Demo (SBX042), active individual account"), text(profile));
    }

    @Test
    default void fundsShowCashPledgeAndMarginInUse() {
        CallToolResult funds = call("get_funds_and_margin", Map.of());
        assertAmount("201576.70", funds, "available_to_trade");
        assertAmount("159445.90", funds, "cash.available");
        assertAmount("185000.00", funds, "cash.opening_balance");
        assertAmount("-10000.00", funds, "cash.withdrawn_today");
        assertAmount("40505.50", funds, "cash.margin_used");
        assertAmount("14919.00", funds, "cash.mtf_margin_used");
        assertAmount("42130.80", funds, "pledge.available");
        assertAmount("42130.80", funds, "pledge.margin_from_pledge");
        assertAmount("412.50", funds, "unavailable.unsettled_profit_today");
        assertTrue(text(funds).startsWith("Available to trade ₹2,01,576.70, margin used ₹40,505.50."), text(funds));
    }

    @Test
    default void holdingsSummaryGivesPortfolioTotalsOnly() {
        CallToolResult summary = call("get_holdings", Map.of("view", "summary"));
        assertEquals(List.of(), list(summary, "holdings"));
        assertEquals(14, ((Number) value(summary, "totals.holdings")).intValue());
        assertAmount("659398.76", summary, "totals.invested");
        assertAmount("870450.75", summary, "totals.current_value");
        assertAmount("211051.99", summary, "totals.pnl");
        assertAmount("32.01", summary, "totals.pnl_percent");
        assertAmount("2497.55", summary, "totals.day_change");
        assertAmount("0.29", summary, "totals.day_change_percent");
        assertTrue(text(summary).startsWith("14 holdings worth ₹8,70,450.75 (invested ₹6,59,398.76), P&L "
                + "+₹2,11,051.99 (+32.01%), today +₹2,497.55 (+0.29%)."), text(summary));
    }

    @Test
    default void compactHoldingsAreSortedByValueWithWeights() {
        CallToolResult holdings = call("get_holdings", Map.of());
        assertEquals(14, list(holdings, "holdings").size());
        assertEquals("SGBFEB32IV", value(holdings, "holdings.0.symbol"));
        assertAmount("126500.00", holdings, "holdings.0.current_value");
        assertAmount("101.98", holdings, "holdings.0.pnl_percent");
        assertAmount("14.53", holdings, "holdings.0.weight_percent");
        assertEquals("HINDUNILVR", value(holdings, "holdings.13.symbol"));
        assertAmount("4787.25", holdings, "holdings.13.pnl");
        assertNull(value(holdings, "holdings.0.isin"), "compact rows leave out identifiers");
        assertEquals(false, value(holdings, "has_more"));
    }

    @Test
    default void fullHoldingsPageThroughEveryHoldingWithCursors() {
        List<Object> symbols = new ArrayList<>();
        Map<String, Object> arguments = Map.of("view", "full", "limit", 5);
        CallToolResult page = call("get_holdings", arguments);
        assertEquals("IN0020230184", value(page, "holdings.0.isin"));
        assertEquals("NSE_EQ|IN0020230184", value(page, "holdings.0.instrument_key"));
        assertAmount("62630.00", page, "holdings.0.invested");
        assertEquals(30, ((Number) value(page, "holdings.1.collateral_quantity")).intValue(), "pledged HDFCBANK");
        while (true) {
            list(page, "holdings").forEach(row -> symbols.add(((Map<?, ?>) row).get("symbol")));
            assertAmount("870450.75", page, "totals.current_value");
            if (!(Boolean) value(page, "has_more")) break;
            page = call("get_holdings", Map.of("view", "full", "limit", 5, "cursor", value(page, "next_cursor")));
        }
        assertEquals(List.of("SGBFEB32IV", "HDFCBANK", "ICICIBANK", "MARUTI", "ITC", "BHARTIARTL", "RELIANCE",
                "NIFTYBEES", "INFY", "TATAPOWER", "SUNPHARMA", "LT", "TCS", "HINDUNILVR"), symbols);
    }

    @Test
    default void positionsIncludeIntradayCarryForwardAndMtf() {
        CallToolResult positions = call("get_positions", Map.of());
        assertEquals(4, ((Number) value(positions, "totals.open")).intValue());
        assertEquals(1, ((Number) value(positions, "totals.closed")).intValue());
        assertEquals(2, ((Number) value(positions, "totals.mtf")).intValue());
        assertAmount("412.50", positions, "totals.realised");
        assertAmount("1468.00", positions, "totals.unrealised");
        assertAmount("1880.50", positions, "totals.pnl");
        List<Object> symbols = list(positions, "positions").stream().map(row -> ((Map<?, ?>) row).get("symbol"))
                .map(Object.class::cast).toList();
        assertEquals(List.of("TATAMOTORS", "TATASTEEL", "ADANIPORTS", "NIFTY26NOV26000CE", "SBIN"), symbols);
        assertEquals("MTF", value(positions, "positions.1.product"));
        assertEquals(false, value(positions, "positions.4.open"));
        assertAmount("1785.00", positions, "positions.3.unrealised");
    }

    @Test
    default void positionsFullViewShowsTheDayTrades() {
        CallToolResult positions = call("get_positions", Map.of("view", "full", "limit", 5));
        assertAmount("40785.00", positions, "positions.4.day_sell_value");
        assertEquals(50, ((Number) value(positions, "positions.4.day_buy_quantity")).intValue());
        assertEquals("NSE_FO|61040", value(positions, "positions.3.instrument_key"));
    }

    @Test
    default void badArgumentsAreAnsweredWithWhatIsAllowed() {
        CallToolResult wrong = mcp().callTool(new CallToolRequest("get_holdings",
                Map.of("view", "everything", "sort", "pnl")));
        assertTrue(wrong.isError());
        assertEquals("Invalid arguments for get_holdings: unknown argument \"sort\" (get_holdings accepts view, "
                + "limit, cursor); view must be one of summary, compact, full; got \"everything\".", text(wrong));
        CallToolResult tooMany = mcp().callTool(new CallToolRequest("get_positions", Map.of("limit", 500)));
        assertTrue(tooMany.isError());
        assertEquals("Invalid arguments for get_positions: limit must be less than or equal to 200; got 500.",
                text(tooMany));
        CallToolResult cursor = mcp().callTool(new CallToolRequest("get_holdings", Map.of("cursor", "xyz")));
        assertTrue(cursor.isError());
        assertTrue(text(cursor).startsWith("cursor is not one this server issued."), text(cursor));
    }
}
