package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * get_pnl_report against the demo account's trade-wise P&amp;L (sales matched FIFO with their purchases, charges from
 * the sandbox's documented charges model). Years are explicit, so answers do not depend on the test's clock.
 */
interface PnlReportContract extends ToolCallContract {

    /**
     * FY 2024-25: WIPRO +6,475.00 (held 444 days), AXISBANK -3,322.00 (196 days), INFY -5,975.00 (644 days);
     * charges of the year's 22 delivery trades ₹885.65 (₹440 brokerage, ₹268 STT, ₹55.50 DP on three sales).
     */
    @Test
    default void aYearsReportSplitsShortAndLongTermAndNetsTheCharges() {
        CallToolResult report = call("get_pnl_report", Map.of("financial_year", "2024-25"));
        assertEquals("2024-25", value(report, "financial_year"));
        assertEquals("eq", value(report, "segment"));
        assertEquals(false, value(report, "custom"));
        assertAmount("-2822.00", report, "totals.realised");
        assertAmount("-3322.00", report, "totals.short_term");
        assertAmount("500.00", report, "totals.long_term");
        assertAmount("0.00", report, "totals.intraday");
        assertAmount("885.65", report, "charges.total");
        assertAmount("440.00", report, "charges.brokerage");
        assertAmount("268.00", report, "charges.stt");
        assertAmount("55.50", report, "charges.dp_charges");
        assertAmount("-3707.65", report, "net_pnl");
        assertEquals("WIPRO LTD", value(report, "scrips.0.scrip"));
        assertAmount("6475.00", report, "scrips.0.long_term");
        assertEquals(List.of(), list(report, "scrips.0.lots"), "compact rows leave out the lots");
        assertTrue(text(report).startsWith("FY 2024-25, EQ: realised P&L -₹2,822.00 (intraday +₹0.00, short-term "
                + "-₹3,322.00, long-term +₹500.00) on 3 sales in 3 scrips; charges ₹885.65; net -₹3,707.65."),
                text(report));
    }

    @Test
    default void theFullViewListsEachMatchedLot() {
        CallToolResult report = call("get_pnl_report", Map.of("financial_year", "FY26", "view", "full"));
        assertEquals("2025-26", value(report, "financial_year"));
        assertAmount("10530.60", report, "totals.realised");
        assertAmount("285.60", report, "totals.short_term");
        assertAmount("10245.00", report, "totals.long_term");
        assertAmount("483.76", report, "charges.total");
        assertAmount("10046.84", report, "net_pnl");
        assertEquals("TATA POWER CO LTD", value(report, "scrips.0.scrip"));
        assertEquals("2023-10-16", value(report, "scrips.0.lots.0.buy_date"));
        assertEquals("2025-11-03", value(report, "scrips.0.lots.0.sell_date"));
        assertEquals(749, ((Number) value(report, "scrips.0.lots.0.holding_days")).intValue());
        assertEquals("long_term", value(report, "scrips.0.lots.0.term"));
        assertEquals("short_term", value(report, "scrips.3.lots.0.term"));
    }

    /** June-August 2025: HDFCBANK, TITAN (long-term) and ASIANPAINT (short-term); six trades' charges ₹279.43. */
    @Test
    default void aRangeInsideAYearIsReportedForThoseDays() {
        CallToolResult report = call("get_pnl_report", Map.of("from", "2025-06-01", "to", "2025-08-31"));
        assertEquals(true, value(report, "custom"));
        assertEquals("2025-26", value(report, "financial_year"));
        assertAmount("4950.60", report, "totals.realised");
        assertAmount("279.43", report, "charges.total");
        assertAmount("4671.17", report, "net_pnl");
        assertEquals(3, ((Number) value(report, "totals.rows")).intValue());
    }

    @Test
    default void sameDayRoundTripsAreIntraday() {
        CallToolResult report = call("get_pnl_report", Map.of("financial_year", "2026-27"));
        assertAmount("412.50", report, "totals.intraday");
        assertEquals("STATE BANK OF INDIA", value(report, "scrips.0.scrip"));
        assertAmount("207.90", report, "charges.total");
    }

    /** One NIFTY call bought, not sold: no P&amp;L rows, charges ₹28.75, no equity tax terms. */
    @Test
    default void futuresAndOptionsHaveChargesButNoTaxTerms() {
        CallToolResult report = call("get_pnl_report", Map.of("financial_year", "2026-27", "segment", "fo"));
        assertEquals(0, ((Number) value(report, "totals.rows")).intValue());
        assertNull(value(report, "totals.short_term"));
        assertAmount("28.75", report, "charges.total");
        assertAmount("-28.75", report, "net_pnl");
    }

    @Test
    default void scripsArePagedAndTheSummaryViewHasTotalsOnly() {
        CallToolResult first = call("get_pnl_report", Map.of("financial_year", "2025-26", "limit", 3));
        assertEquals(3, list(first, "scrips").size());
        assertEquals(true, value(first, "has_more"));
        CallToolResult second = call("get_pnl_report", Map.of("financial_year", "2025-26", "limit", 3, "cursor",
                value(first, "next_cursor")));
        assertEquals("ASIAN PAINTS LIMITED", value(second, "scrips.0.scrip"));
        CallToolResult summary = call("get_pnl_report", Map.of("financial_year", "2025-26", "view", "summary"));
        assertEquals(List.of(), list(summary, "scrips"));
        assertAmount("10530.60", summary, "totals.realised");
    }

    /** A range across financial years is each year's part, asked separately and added up. */
    @Test
    default void aRangeAcrossYearsAddsUpTheYears() {
        CallToolResult across = call("get_pnl_report", Map.of("from", "2024-11-01", "to", "2025-08-31",
                "view", "summary", "include_unrealised", false));
        CallToolResult first = call("get_pnl_report", Map.of("from", "2024-11-01", "to", "2025-03-31",
                "view", "summary", "include_unrealised", false));
        CallToolResult second = call("get_pnl_report", Map.of("from", "2025-04-01", "to", "2025-08-31",
                "view", "summary", "include_unrealised", false));
        assertEquals("2024-25 to 2025-26", value(across, "financial_year"));
        assertEquals(McpResults.decimal(first, "totals.realised").add(McpResults.decimal(second, "totals.realised")),
                McpResults.decimal(across, "totals.realised"));
        assertEquals(McpResults.decimal(first, "charges.total").add(McpResults.decimal(second, "charges.total")),
                McpResults.decimal(across, "charges.total"));
    }

    @Test
    default void yearsAndRangesUpstoxWouldRejectAreExplained() {
        assertEquals("financial_year must name an Indian financial year (April to March) like 2025-26, FY26 or "
                + "2526; got \"2025\".", error("get_pnl_report", Map.of("financial_year", "2025")));
        assertTrue(error("get_pnl_report", Map.of("financial_year", "2025-26", "from", "2025-03-01"))
                .startsWith("from (2025-03-01) is outside FY 2025-26 (2025-04-01 to 2026-03-31)."));
        assertTrue(error("get_pnl_report", Map.of("financial_year", "2040-41")).contains("has not begun"));
    }

    /**
     * Unrealised P&amp;L is of today's holdings whatever the year: get_holdings' +2,11,051.99, all equity lots held
     * over 365 days (long-term +1,47,181.99), the gold bond's +63,870.00 outside equity terms; combined with FY
     * 2024-25's net -3,707.65 it is +2,07,344.34.
     */
    @Test
    default void unrealisedPnlOfTodaysHoldingsIsAddedByDefault() {
        CallToolResult report = call("get_pnl_report", Map.of("financial_year", "2024-25", "view", "full"));
        CallToolResult holdings = call("get_holdings", Map.of("view", "summary"));
        assertEquals(value(holdings, "totals.pnl"), value(report, "unrealised.total"));
        assertAmount("211051.99", report, "unrealised.total");
        assertAmount("0.00", report, "unrealised.short_term");
        assertAmount("147181.99", report, "unrealised.long_term");
        assertAmount("63870.00", report, "unrealised.other");
        assertEquals("2026-11-20", value(report, "unrealised.as_of"));
        assertEquals(14, list(report, "unrealised.holdings").size());
        assertAmount("207344.34", report, "combined_net");
        assertAmount("-2822.00", report, "totals.realised");
        assertTrue(text(report).contains("Unrealised P&L of today's holdings (as of 2026-11-20, whatever the period) "
                + "+₹2,11,051.99"), text(report));
        CallToolResult without = call("get_pnl_report", Map.of("financial_year", "2024-25", "include_unrealised",
                false));
        assertNull(value(without, "unrealised"));
        assertNull(value(without, "combined_net"));
    }
}
