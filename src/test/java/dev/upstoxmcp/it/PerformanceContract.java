package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.decimal;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * get_portfolio_breakdown and get_portfolio_performance on the demo account at the close of 20 November 2026: open
 * lots rebuilt from the trade history (from 2024-04-01), values from the holdings and daily closes.
 */
interface PerformanceContract extends ToolCallContract {

    @Test
    default void breakdownTotalsAreTheHoldingsTotals() {
        CallToolResult holdings = call("get_holdings", Map.of("view", "summary"));
        CallToolResult breakdown = call("get_portfolio_breakdown", Map.of());
        assertEquals(value(holdings, "totals"), value(breakdown, "totals"));
        assertAmount("870450.75", breakdown, "totals.current_value");
        assertEquals("value", value(breakdown, "sort_by"));
        assertEquals("SGBFEB32IV", value(breakdown, "holdings.0.symbol"));
        assertEquals("2024-04-01", value(breakdown, "trade_history_from"));
        assertTrue(text(breakdown).startsWith("14 holdings worth ₹8,70,450.75 (invested ₹6,59,398.76), P&L "
                + "+₹2,11,051.99 (+32.01%)"), text(breakdown));
    }

    /** Contributions in percentage points sum to the portfolio's +32.01 % (each rounded to 0.01). */
    @Test
    default void breakdownSortsByContributionAndHoldingPeriod() {
        CallToolResult byContribution = call("get_portfolio_breakdown", Map.of("sort_by", "contribution",
                "order", "asc"));
        assertEquals("INFY", value(byContribution, "holdings.0.symbol"));
        assertAmount("-2.37", byContribution, "holdings.0.contribution_percent");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < list(byContribution, "holdings").size(); i++) {
            sum = sum.add(decimal(byContribution, "holdings." + i + ".contribution_percent"));
        }
        assertEquals(32.01, sum.doubleValue(), 0.07);
        CallToolResult byPeriod = call("get_portfolio_breakdown", Map.of("sort_by", "holding_period", "order", "asc",
                "view", "full"));
        assertEquals("HINDUNILVR", value(byPeriod, "holdings.0.symbol"));
        assertEquals(774, ((Number) value(byPeriod, "holdings.0.holding_days")).intValue());
        assertEquals("2024-10-07", value(byPeriod, "holdings.0.first_buy_date"));
        assertEquals("long_term", value(byPeriod, "holdings.0.term"));
        assertEquals(1, list(byPeriod, "holdings.0.lots").size());
    }

    /** No delivery trade in the last year: XIRR = TWR = 8,70,450.75 / 8,32,618.55 − 1 = 4.54 %. */
    @Test
    default void aYearWithoutTradesHasEqualMoneyAndTimeWeightedReturns() {
        CallToolResult year = call("get_portfolio_performance", Map.of());
        assertEquals("1Y", value(year, "period"));
        assertEquals("2025-11-21", value(year, "from"));
        assertAmount("832618.55", year, "start_value");
        assertAmount("870450.75", year, "end_value");
        assertAmount("4.54", year, "xirr_percent");
        assertAmount("4.54", year, "twr_percent");
        assertAmount("4.54", year, "twr_annualised_percent");
        assertEquals(List.of("TATASTEEL", "ADANIPORTS", "TATAMOTORS"), list(year, "excluded"));
        assertTrue(((String) value(year, "method")).contains("Time-weighted return (TWR)"));
    }

    /** June-August 2025: six delivery trades; TWR 8.60 %, months 2025-06..08. */
    @Test
    default void aCustomRangeCountsItsTradesAsCashFlows() {
        CallToolResult summer = call("get_portfolio_performance", Map.of("from", "2025-06-01", "to", "2025-08-31"));
        assertEquals("custom", value(summer, "period"));
        assertEquals(6, ((Number) value(summer, "trades")).intValue());
        assertAmount("8014.50", summer, "bought");
        assertAmount("78190.70", summer, "sold");
        assertAmount("70882.80", summer, "gain");
        assertAmount("8.60", summer, "twr_percent");
        assertNull(value(summer, "twr_annualised_percent"));
        assertEquals("2025-06", value(summer, "monthly.0.month"));
        assertEquals(3, list(summer, "monthly").size());
    }

    @Test
    default void periodsOutsideTheTradeHistoryAreExplained() {
        assertTrue(error("get_portfolio_performance", Map.of("from", "2023-06-01")).startsWith("The period would "
                + "start on 2023-06-01, before 2024-04-01: Upstox keeps trade history"));
        assertEquals("from (2026-05-01) is after to (2026-04-01); swap them.", error("get_portfolio_performance",
                Map.of("from", "2026-05-01", "to", "2026-04-01")));
        assertTrue(error("get_portfolio_performance", Map.of("period", "5Y")).startsWith("period must be 1M, 3M"));
        assertTrue(error("get_portfolio_breakdown", Map.of("sort_by", "beauty")).contains("sort_by"));
    }
}
