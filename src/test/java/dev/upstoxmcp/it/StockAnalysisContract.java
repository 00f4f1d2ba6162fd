package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/** analyze_stock over the demo account: one answer from the technical, research, portfolio and risk services. */
interface StockAnalysisContract extends ToolCallContract {

    @Test
    default void aHeldStockWithAWhatIfAgreesWithTheOtherTools() {
        CallToolResult tcs = call("analyze_stock", Map.of("instrument", "TCS", "change_shares", 10));
        assertEquals("uptrend", value(tcs, "trend.verdict"));
        assertEquals("P/E", value(tcs, "valuation.ratios.0.name"));
        assertAmount("-15.39", tcs, "valuation.ratios.0.premium_to_sector_percent");
        assertEquals("INFY", value(tcs, "valuation.competitors.0.symbol"));
        assertEquals(true, value(tcs, "portfolio.held"));
        assertEquals(12, value(tcs, "portfolio.holding.quantity"));
        CallToolResult breakdown = call("get_portfolio_breakdown", Map.of("sort_by", "symbol", "order", "asc",
                "limit", 200));
        assertEquals("TCS", value(breakdown, "holdings.13.symbol"));   // the last of 14 by symbol
        assertEquals(value(breakdown, "holdings.13.weight_percent"), value(tcs, "portfolio.holding.weight_percent"));
        assertEquals(value(breakdown, "holdings.13.contribution_percent"),
                value(tcs, "portfolio.holding.contribution_percent"));
        assertAmount("4.51", tcs, "portfolio.holding.weight_percent");
        assertEquals(22, value(tcs, "portfolio.change.quantity_after"));
        assertAmount("7.97", tcs, "portfolio.change.weight_percent_after");
        assertTrue(text(tcs).startsWith("TCS 3271.30: uptrend (+3/5); P/E 23.53 vs sector 27.81"), text(tcs));
    }

    @Test
    default void anEtfIsAnalysedWithoutFundamentals() {
        CallToolResult bees = call("analyze_stock", Map.of("instrument", "NIFTYBEES"));
        assertEquals(null, value(bees, "valuation"));
        assertEquals("Diversified (ETF)", value(bees, "portfolio.sector"));
        assertTrue(((String) value(bees, "notes.0")).contains("is not a company share"));
    }

    @Test
    default void sellingMoreThanIsHeldIsRefused() {
        assertEquals("change_shares -13 sells more than the 12 shares held; the most that can be sold is -12.",
                error("analyze_stock", Map.of("instrument", "TCS", "change_shares", -13)));
    }
}
