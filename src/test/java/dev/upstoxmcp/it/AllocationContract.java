package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.decimal;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * Diversification and the governance summary of the demo account (invented fundamentals, see
 * {@code sandbox/Companies.java}). Governance figures that depend on today's date (dividends of the last 12 months,
 * upcoming meetings, flags) are asserted in sandbox mode only, whose "today" is fixed.
 */
interface AllocationContract extends ToolCallContract {

    /**
     * Stocks ₹6,85,340.75 + NIFTYBEES ₹58,610.00 + SGBFEB32IV ₹1,26,500.00 + six funds ₹13,50,750.16 + cash available
     * to trade ₹1,59,445.90 = ₹23,80,646.81.
     */
    @Test
    default void diversificationOfTheDemoAccount() {
        CallToolResult answer = call("get_diversification", Map.of());
        assertAmount("2380646.81", answer, "total_value");
        assertAmount("685340.75", answer, "equity_value");
        assertAmount("159445.90", answer, "cash");
        assertEquals(List.of("equity", "etf", "gold_bond", "mutual_fund", "cash"), list(answer, "asset_classes")
                .stream().map(row -> ((Map<?, ?>) row).get("name")).toList());
        assertEquals(List.of(12, 1, 1, 6, 1), list(answer, "asset_classes").stream()
                .map(row -> ((Map<?, ?>) row).get("count")).toList());
        Map<?, ?> etf = holding(answer, "NIFTYBEES");
        assertEquals("etf", etf.get("asset_class"));
        assertEquals("Diversified (ETF)", etf.get("sector"));
        Map<?, ?> gold = holding(answer, "SGBFEB32IV");
        assertEquals("gold_bond", gold.get("asset_class"));
        assertEquals("Gold", gold.get("sector"));
        Map<?, ?> tcs = holding(answer, "TCS");
        assertEquals("IT - Software", tcs.get("sector"));
        assertEquals("large", tcs.get("market_cap"));
        assertEquals(1183653, tcs.get("market_cap_crore"));            // P/E 23.53 × net profit 50,304
        double sectors = list(answer, "sectors").stream()
                .mapToDouble(row -> new BigDecimal(((Map<?, ?>) row).get("weight_percent").toString()).doubleValue())
                .sum();
        assertEquals(100.0, sectors, 0.05);
        assertAmount("1089", answer, "concentration.hhi");
        assertAmount("9.18", answer, "concentration.effective_holdings");
        assertAmount("60.03", answer, "concentration.top5_percent");
        assertEquals("top_5", value(answer, "flags.0.rule"));
        assertTrue(text(answer).startsWith("₹23,80,646.81: equity 28.79%, etf 2.46%, gold bond 5.31%, mutual fund "
                + "56.74%, cash 6.70%; largest stock sector Bank - Private 25.66% of stocks;"), text(answer));
    }

    /** Without funds and cash the total is the delivery holdings, valued exactly as get_holdings values them. */
    @Test
    default void stocksAloneAgreeWithGetHoldings() {
        CallToolResult answer = call("get_diversification", Map.of("include_mutual_funds", false,
                "include_cash", false));
        CallToolResult holdings = call("get_holdings", Map.of("view", "summary"));
        assertEquals(decimal(holdings, "totals.current_value"), decimal(answer, "total_value"));
        assertAmount("870450.75", answer, "total_value");
        assertEquals(3, list(answer, "asset_classes").size());
    }

    /** Shareholding is date-independent: RELIANCE Sep 2026 against Dec 2025. */
    @Test
    default void governanceOfEveryEquityHolding() {
        CallToolResult answer = call("get_governance_summary", Map.of());
        assertEquals(12, list(answer, "companies").size());
        assertEquals(12, value(answer, "portfolio.companies_reviewed"));
        assertEquals(List.of("NIFTYBEES: not a company share (ISIN INF204KB14I2).",
                "SGBFEB32IV: not a company share (ISIN IN0020230184)."), list(answer, "not_covered"));
        assertEquals("RELIANCE", value(answer, "companies.0.instrument.symbol"));
        assertAmount("1479.85", answer, "companies.0.last_price");
        assertEquals("Sep 2026", value(answer, "companies.0.shareholding.period"));
        assertAmount("50.00", answer, "companies.0.shareholding.promoter_percent");
        assertAmount("-0.02", answer, "companies.0.shareholding.promoter_change");
        assertAmount("18.49", answer, "companies.0.shareholding.dii_percent");
        assertTrue(list(answer, "notes").stream().anyMatch(note -> note.toString().startsWith("Pledged shares: "
                + "Upstox's shareholding data has no pledge field")));
        assertTrue(text(answer).startsWith("Governance of 12 companies over 12 months: "), text(answer));
    }

    @Test
    default void governanceOfNamedCompanies() {
        CallToolResult answer = call("get_governance_summary", Map.of("instruments", List.of("TCS", "HDFC Bank"),
                "lookback_months", 6));
        assertEquals(List.of("TCS", "HDFCBANK"), list(answer, "companies").stream()
                .map(company -> ((Map<?, ?>) ((Map<?, ?>) company).get("instrument")).get("symbol")).toList());
        assertEquals(6, value(answer, "lookback_months"));
        assertAmount("3271.30", answer, "companies.0.last_price");
    }

    @Test
    default void governanceRejectsWhatItCannotReview() {
        String unknown = error("get_governance_summary", Map.of("instruments", List.of("TCS", "RELIANCEE")));
        assertTrue(unknown.contains("RELIANCE") && unknown.endsWith("Nothing was fetched."), unknown);
        assertTrue(error("get_governance_summary", Map.of("instruments", List.of("NIFTYBEES")))
                .contains("is not a company share"));
        assertTrue(error("get_governance_summary", Map.of("lookback_months", 0)).contains("lookback_months"));
    }

    private static Map<?, ?> holding(CallToolResult answer, String symbol) {
        return list(answer, "holdings").stream().map(line -> (Map<?, ?>) line)
                .filter(line -> symbol.equals(line.get("symbol"))).findFirst().orElseThrow();
    }
}
