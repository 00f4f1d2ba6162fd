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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * The mutual-fund tools against the demo user's six schemes and four SIPs (numbers worked out by hand from
 * {@code sandbox-fixtures/__files/mf}).
 */
interface MutualFundsContract extends ToolCallContract {

    @Test
    default void holdingsAreValuedAtTheLatestNavWithTotals() {
        CallToolResult funds = call("get_mutual_fund_holdings", Map.of());
        assertEquals(6, ((Number) value(funds, "totals.schemes")).intValue());
        assertAmount("1162500.27", funds, "totals.invested");
        assertAmount("1350750.16", funds, "totals.current_value");
        assertAmount("188249.89", funds, "totals.pnl");
        assertAmount("16.19", funds, "totals.pnl_percent");           // 1,88,249.89 / 11,62,500.27
        assertEquals("PARAG PARIKH FLEXI CAP FUND - DIRECT PLAN - GROWTH", value(funds, "funds.0.fund"));
        assertEquals("INF879O01027", value(funds, "funds.0.isin"));
        assertAmount("5727.145", funds, "funds.0.units");
        assertAmount("80.3193", funds, "funds.0.average_nav");
        assertAmount("98.4127", funds, "funds.0.nav");
        assertEquals("2026-11-20", value(funds, "funds.0.nav_date"));
        assertAmount("460000.28", funds, "funds.0.invested");           // 5,727.145 × 80.3193
        assertAmount("563623.80", funds, "funds.0.current_value");      // 5,727.145 × 98.4127
        assertAmount("22.53", funds, "funds.0.pnl_percent");
        assertAmount("41.73", funds, "funds.0.weight_percent");         // 5,63,623.80 / 13,50,750.16
        assertEquals("ICICI PRUDENTIAL LIQUID FUND - DIRECT PLAN - GROWTH", value(funds, "funds.3.fund"));
        assertNull(value(funds, "funds.3.pledged_units"), "Upstox left pledged_quantity out of this row");
        assertTrue(text(funds).startsWith("6 mutual fund schemes worth ₹13,50,750.16 (invested ₹11,62,500.27), P&L "
                + "+₹1,88,249.89 (+16.19%)."), text(funds));
    }

    @Test
    default void holdingsPageThroughEverySchemeWithCursors() {
        List<Object> isins = new ArrayList<>();
        CallToolResult page = call("get_mutual_fund_holdings", Map.of("limit", 4));
        while (true) {
            list(page, "funds").forEach(row -> isins.add(((Map<?, ?>) row).get("isin")));
            assertAmount("1350750.16", page, "totals.current_value");
            if (!(Boolean) value(page, "has_more")) break;
            page = call("get_mutual_fund_holdings", Map.of("limit", 4, "cursor", value(page, "next_cursor")));
        }
        assertEquals(List.of("INF879O01027", "INF789F01XA0", "INF846K01EW2", "INF109K01Q49", "INF200K01T51",
                "INF179K01WN9"), isins);
    }

    @Test
    default void sipsShowAmountsDatesAndWhatTheyHaveInvested() {
        CallToolResult sips = call("get_mutual_fund_sips", Map.of());
        assertEquals(4, ((Number) value(sips, "totals.sips")).intValue());
        assertEquals(3, ((Number) value(sips, "totals.active")).intValue());
        assertEquals(1, ((Number) value(sips, "totals.paused")).intValue());
        assertAmount("17500.00", sips, "totals.monthly_commitment");    // 10,000 + 5,000 + 2,500
        assertAmount("797500.00", sips, "totals.invested_so_far");      // 4,60,000 + 2,10,000 + 90,000 + 37,500
        assertEquals("142290316", value(sips, "sips.0.sip_id"));
        assertEquals("HDFC Balanced Advantage Fund Direct Growth", value(sips, "sips.0.fund"));
        assertEquals("2026-11-25", value(sips, "sips.0.next_instalment"));
        assertAmount("2500.00", sips, "sips.0.amount");
        assertEquals("MONTHLY", value(sips, "sips.0.frequency"));
        assertEquals(15, ((Number) value(sips, "sips.0.completed_instalments")).intValue());
        assertAmount("37500.00", sips, "sips.0.invested_so_far");
        assertEquals("PAUSED", value(sips, "sips.3.status"));
        assertEquals("2027-01-15", value(sips, "sips.3.next_instalment"));
        assertEquals("2026-06-15", value(sips, "sips.3.last_instalment"));
        assertTrue(text(sips).startsWith("4 SIPs (3 active, 1 paused), ₹17,500.00 a month, ₹7,97,500.00 invested "
                + "so far; next: ₹2,500.00 into HDFC Balanced Advantage Fund Direct Growth on 2026-11-25."),
                text(sips));
    }

    @Test
    default void sipsAgreeWithTheHoldingsTheyBought() {
        BigDecimal sipInvested = decimal(call("get_mutual_fund_sips", Map.of("status", "active")),
                "sips.1.invested_so_far");                              // Parag Parikh: 46 × 10,000
        BigDecimal held = decimal(call("get_mutual_fund_holdings", Map.of()), "funds.0.invested");
        assertTrue(held.subtract(sipInvested).abs().compareTo(BigDecimal.ONE) < 0, held + " vs " + sipInvested);
    }

    @Test
    default void statusFiltersTheSipsAndTheirTotals() {
        CallToolResult paused = call("get_mutual_fund_sips", Map.of("status", "paused"));
        assertEquals("paused", value(paused, "status"));
        assertEquals(1, list(paused, "sips").size());
        assertEquals("SBI Small Cap Fund Direct Growth", value(paused, "sips.0.fund"));
        assertAmount("0.00", paused, "totals.monthly_commitment");
        assertAmount("90000.00", paused, "totals.invested_so_far");
        assertEquals("Invalid arguments for get_mutual_fund_sips: status must be one of all, active, paused; got "
                + "\"stopped\".", error("get_mutual_fund_sips", Map.of("status", "stopped")));
    }
}
