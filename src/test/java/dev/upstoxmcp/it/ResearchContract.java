package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * Fundamentals, corporate actions and news of the demo account's equities (invented figures, generated into
 * {@code sandbox-fixtures/__files/fundamentals} and {@code news}). Upcoming flags and the last 12 months' dividends
 * depend on the servers' real clock and are not asserted.
 */
interface ResearchContract extends ToolCallContract {

    @Test
    default void fundamentalsGiveTheCompactSectionsByDefault() {
        CallToolResult tcs = call("get_fundamentals", Map.of("instrument", "TCS"));
        assertEquals("TCS", value(tcs, "instrument.symbol"));
        assertEquals("INE467B01029", value(tcs, "isin"));
        assertEquals(List.of("profile", "key_ratios", "income_statement"), list(tcs, "sections"));
        assertEquals("IT - Software", value(tcs, "profile.sector"));
        assertAmount("3286154.20", tcs, "profile.sector_market_cap_crore");
        assertEquals("$365.13B", value(tcs, "profile.sector_market_cap_usd"));
        assertEquals(Map.of("name", "P/E", "company", "23.53", "sector", "27.81"), value(tcs, "key_ratios.ratios.0"));
        assertEquals(6, list(tcs, "key_ratios.ratios").size());
        assertEquals("INR crore", value(tcs, "income_statement.units"));
        assertEquals("consolidated, yearly", value(tcs, "income_statement.basis"));
        assertEquals(5, list(tcs, "income_statement.years").size());
        assertEquals("Mar 2026", value(tcs, "income_statement.years.0.period"));
        assertAmount("262000", tcs, "income_statement.years.0.revenue");
        assertAmount("50304", tcs, "income_statement.years.0.net_profit");
        assertAmount("4.02", tcs, "income_statement.years.0.revenue_growth_percent");   // 10,116 / 2,51,884
        assertAmount("26.50", tcs, "income_statement.years.0.operating_margin_percent"); // 69,430 / 2,62,000
        assertNull(value(tcs, "income_statement.years.4.revenue_growth_percent"));
        assertNull(value(tcs, "balance_sheet"));
        assertTrue(text(tcs).startsWith("TCS (TATA CONSULTANCY SERV LT, IT - Software): P/E 23.53 (sector 27.81)"),
                text(tcs));
    }

    @Test
    default void otherSectionsAreThereWhenAskedFor() {
        CallToolResult tcs = call("get_fundamentals", Map.of("instrument", "NSE_EQ|INE467B01029",
                "sections", List.of("balance_sheet", "cash_flow", "shareholding", "competitors")));
        assertNull(value(tcs, "profile"));
        assertEquals(Map.of("period", "Mar 2026", "total_assets", 158000, "total_liabilities", 60000,
                "net_worth", 98000), value(tcs, "balance_sheet.years.0"));
        assertAmount("6634", tcs, "cash_flow.years.0.net");                // 67,910 − 36,278 − 24,998
        assertEquals("Sep 2026", value(tcs, "shareholding.period"));
        assertEquals("Dec 2025", value(tcs, "shareholding.compared_with"));
        assertEquals("promoters", value(tcs, "shareholding.holders.0.category"));
        assertAmount("71.77", tcs, "shareholding.holders.0.percent");
        assertAmount("-0.35", tcs, "shareholding.holders.1.change_since_last_quarter");  // FII 11.48 from 11.83
        List<Object> peers = list(tcs, "competitors.companies").stream().map(peer -> ((Map<?, ?>) peer).get("symbol"))
                .map(Object.class::cast).toList();
        assertEquals(List.of("INFY", "HCLTECH", "WIPRO", "TECHM"), peers);
    }

    @Test
    default void onlyCompanySharesHaveFundamentals() {
        assertEquals("Nifty 50 (index, NSE) is an index; fundamentals exist for company shares only. Name a stock, "
                + "e.g. RELIANCE or \"HDFC Bank\".", error("get_fundamentals", Map.of("instrument", "Nifty 50")));
        assertEquals("NIFTYBEES (NIP IND ETF NIFTY BEES, NSE) is not a company share (ISIN INF204KB14I2: an ETF, fund, "
                + "bond or other security); fundamentals exist for company shares only.",
                error("get_fundamentals", Map.of("instrument", "NIFTYBEES")));
        assertEquals("Upstox has no profile data for KOTAKBANK (INE237A01028).",
                error("get_fundamentals", Map.of("instrument", "KOTAKBANK")));
        assertTrue(error("get_fundamentals", Map.of("instrument", "TCS", "sections", "p_and_l"))
                .startsWith("Invalid arguments for get_fundamentals: sections must be one of profile, key_ratios, "));
    }

    @Test
    default void corporateActionsComeNewestFirstWithTheirDetails() {
        CallToolResult infy = call("get_corporate_actions", Map.of("instrument", "Infosys"));
        assertEquals(7, ((Number) value(infy, "total")).intValue());
        assertEquals("Board Meeting", value(infy, "actions.0.action"));
        assertEquals("2027-01-14", value(infy, "actions.0.date"));
        assertEquals("Quarterly Results", value(infy, "actions.0.kind"));
        assertEquals("Dividend", value(infy, "actions.1.action"));
        assertEquals("2026-10-27", value(infy, "actions.1.date"));
        assertAmount("24.0", infy, "actions.1.amount_per_share");
        assertEquals("Interim", value(infy, "actions.1.kind"));
        assertEquals("2026-10-15", value(infy, "actions.1.announced"));
        assertEquals("Rs.24.0000 per share(480%)Interim Dividend", value(infy, "actions.1.details"));
        assertEquals("AGM", value(infy, "actions.3.action"));
    }

    @Test
    default void corporateActionsFilterByTypeAndPage() {
        CallToolResult dividends = call("get_corporate_actions", Map.of("instrument", "INFY", "type", "dividend",
                "limit", 2));
        assertEquals(4, ((Number) value(dividends, "total")).intValue());
        assertEquals(true, value(dividends, "has_more"));
        CallToolResult older = call("get_corporate_actions", Map.of("instrument", "INFY", "type", "dividend",
                "limit", 2, "cursor", value(dividends, "next_cursor")));
        assertEquals("2025-10-27", value(older, "actions.0.date"));
        assertEquals("2025-05-30", value(older, "actions.1.date"));
        CallToolResult bonus = call("get_corporate_actions", Map.of("instrument", "RELIANCE", "type", "bonus"));
        assertEquals(Map.of("action", "Bonus", "date", "2017-09-07", "upcoming", false, "ratio", "1:1",
                "record_date", "2017-09-07", "announced", "2017-07-21", "details", "Bonus issue in the ratio 1:1"),
                value(bonus, "actions.0"));
    }

    @Test
    default void newsAboutTheHoldingsPagesNewestFirst() {
        CallToolResult page = call("get_news", Map.of("limit", 10));
        assertEquals("holdings", value(page, "about"));
        assertEquals(36, ((Number) value(page, "total")).intValue());           // 3 articles × 12 equities
        assertEquals("BHARTIARTL", value(page, "articles.0.symbol"));
        assertEquals("2026-11-20T19:05:00+05:30", value(page, "articles.0.published"));
        assertEquals("Bharti Airtel loses 0.31% this week", value(page, "articles.0.heading"));
        assertTrue(text(page).startsWith("36 articles about your holdings in the past 7 days; latest: \"Bharti Airtel "
                + "loses 0.31% this week\" (BHARTIARTL, 20 Nov 19:05 IST); showing 10, pass next_cursor for more."),
                text(page));
        List<Object> headings = new ArrayList<>();
        while (true) {
            list(page, "articles").forEach(article -> headings.add(((Map<?, ?>) article).get("heading")));
            if (!(Boolean) value(page, "has_more")) break;
            page = call("get_news", Map.of("limit", 10, "cursor", value(page, "next_cursor")));
        }
        assertEquals(36, new HashSet<>(headings).size());
        assertEquals("TCS board to meet on 08 Jan 2027", headings.get(35));
    }

    @Test
    default void newsAboutOneStockOrNoneAtAll() {
        CallToolResult tcs = call("get_news", Map.of("instrument", "TCS"));
        assertEquals(3, ((Number) value(tcs, "total")).intValue());
        assertEquals("TCS shares slip 0.74% at ₹3271.30", value(tcs, "articles.1.heading"));
        assertEquals("https://example.com/upstox-mcp-demo/news/tcs-shares-close-2026-11-20/",
                value(tcs, "articles.1.link"));
        CallToolResult none = call("get_news", Map.of("instrument", "KOTAKBANK"));
        assertEquals(0, ((Number) value(none, "total")).intValue());
        assertEquals("No news about KOTAKBANK in the past 7 days.", text(none).lines().findFirst().orElseThrow());
    }
}
