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

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * The order tools against the demo account's last trading day, Friday 20 November 2026 (numbers worked out from
 * {@code sandbox-fixtures}: three fills of the ledger plus five orders that did not fill). Trade-history ranges are
 * explicit and start after 2025-04-01, so the answers hold while the test's clock is in FY 2026-27 or FY 2027-28
 * (Upstox's three-year window).
 */
interface OrdersContract extends ToolCallContract {

    static List<Object> column(CallToolResult result, String rows, String field) {
        return list(result, rows).stream().map(row -> ((Map<?, ?>) row).get(field)).map(Object.class::cast)
                .toList();
    }

    @Test
    default void theOrderBookListsTheDaysOrdersNewestFirstWithCounts() {
        CallToolResult orders = call("get_orders", Map.of());
        assertEquals("2026-11-20", value(orders, "day"));
        assertEquals(8, ((Number) value(orders, "counts.total")).intValue());
        assertEquals(3, ((Number) value(orders, "counts.open")).intValue());
        assertEquals(3, ((Number) value(orders, "counts.complete")).intValue());
        assertEquals(List.of("HDFCBANK", "SBIN", "INFY", "MARUTI", "TATAMOTORS", "TATAMOTORS", "SBIN", "ITC"),
                column(orders, "orders", "symbol"));
        assertEquals("after market order req received", value(orders, "orders.0.status"));
        assertEquals("open", value(orders, "orders.0.state"));
        assertEquals("14:20:00", value(orders, "orders.1.time"));
        assertEquals(50, ((Number) value(orders, "orders.1.filled")).intValue());
        assertAmount("815.70", orders, "orders.1.average_price");
        assertEquals("261120010925728", value(orders, "orders.1.order_id"));
        assertNull(value(orders, "orders.1.product"), "compact rows leave out the product");
        assertTrue(text(orders).startsWith("8 orders on 2026-11-20: 3 complete, 3 open, 1 cancelled, 1 rejected."),
                text(orders));
    }

    @Test
    default void openOrdersInFullShowAmoTagAndTrigger() {
        CallToolResult open = call("get_orders", Map.of("status", "open", "view", "full"));
        assertEquals(List.of("HDFCBANK", "INFY", "TATAMOTORS"), column(open, "orders", "symbol"));
        assertEquals("AMO", value(open, "orders.0.variety"));
        assertEquals(true, value(open, "orders.0.amo"));
        assertAmount("1497.95", open, "orders.1.price");
        assertEquals("dip-buy", value(open, "orders.1.tag"));
        assertEquals("trigger pending", value(open, "orders.2.status"));
        assertAmount("680.40", open, "orders.2.trigger_price");
        assertEquals("I", value(open, "orders.2.product"));
    }

    @Test
    default void theRejectedOrderCarriesUpstoxsReason() {
        CallToolResult rejected = call("get_orders", Map.of("status", "rejected", "view", "full"));
        assertEquals("MARUTI", value(rejected, "orders.0.symbol"));
        assertEquals("You need to add Rs. 116118.30 in your account to place this trade.",
                value(rejected, "orders.0.status_message"));
    }

    @Test
    default void anOrdersHistoryShowsEachStateItWentThrough() {
        CallToolResult history = call("get_order_history", Map.of("order_id", "261120010990013"));
        assertEquals(List.of("put order req received", "validation pending", "open pending", "open",
                "cancel pending", "cancelled"), column(history, "steps", "status"));
        assertEquals("11:02:45", value(history, "steps.5.time"));
        assertEquals("1300000010990013", value(history, "steps.3.exchange_order_id"));
        assertEquals("cancelled", value(history, "state"));
        assertTrue(text(history).startsWith("Order 261120010990013 (BUY 50 ITC, LIMIT): cancelled after 6 steps, "
                + "nothing filled, placed 09:42:18 IST."), text(history));
    }

    @Test
    default void orderIdsUpstoxDoesNotKnowOrCannotHaveAreExplained() {
        assertEquals("Upstox has no order 231019025057849. It keeps orders for the current trading day only: call "
                + "get_orders for today's order ids, or get_trade_history for earlier trades.",
                error("get_order_history", Map.of("order_id", "231019025057849")));
        assertEquals("order_id must be an Upstox order id: letters, digits and hyphens only, e.g. 231019025057849 "
                + "(get_orders lists today's); got \"26112001 OR 1=1\".",
                error("get_order_history", Map.of("order_id", "26112001 OR 1=1")));
    }

    @Test
    default void theDaysTradesAreTotalled() {
        CallToolResult trades = call("get_trades", Map.of());
        assertEquals(3, ((Number) value(trades, "totals.trades")).intValue());
        assertAmount("110367.50", trades, "totals.buy_value");
        assertAmount("40785.00", trades, "totals.sell_value");
        assertAmount("151152.50", trades, "totals.turnover");
        assertEquals(List.of("SBIN", "TATAMOTORS", "SBIN"), column(trades, "trades", "symbol"));
        assertEquals("SELL", value(trades, "trades.0.side"));
        assertAmount("40785.00", trades, "trades.0.value");
        assertTrue(text(trades).startsWith("3 trades on 2026-11-20: bought ₹1,10,367.50, sold ₹40,785.00, turnover "
                + "₹1,51,152.50."), text(trades));
    }

    /**
     * September 2025 to the last day, equity: buys of RELIANCE 16,214.50, TATASTEEL 31,620.00, ADANIPORTS 28,056.00,
     * SBIN 40,372.50 and TATAMOTORS 69,995.00 (1,86,258.00); sales of TATAPOWER 13,485.00 and SBIN 40,785.00
     * (54,270.00). The range spans two financial years, so two requests answer it.
     */
    @Test
    default void tradeHistoryOfARangeAcrossTwoFinancialYears() {
        CallToolResult history = call("get_trade_history", Map.of("from", "2025-09-01", "to", "2026-11-20",
                "segment", "eq"));
        assertEquals(7, ((Number) value(history, "totals.trades")).intValue());
        assertAmount("186258.00", history, "totals.buy_value");
        assertAmount("54270.00", history, "totals.sell_value");
        assertAmount("240528.00", history, "totals.turnover");
        assertEquals(List.of("TATAMOTORS", "SBIN", "SBIN", "ADANIPORTS", "TATASTEEL", "TATAPOWER", "RELIANCE"),
                column(history, "trades", "symbol"));
        assertEquals("2026-11-20", value(history, "trades.0.date"));
        assertEquals("2025-09-22", value(history, "trades.6.date"));
        assertAmount("1621.45", history, "trades.6.price");
        assertTrue(text(history).startsWith("7 trades from 2025-09-01 to 2026-11-20 (EQ): bought ₹1,86,258.00, sold "
                + "₹54,270.00, turnover ₹2,40,528.00."), text(history));
    }

    @Test
    default void tradeHistoryPagesThroughEveryTradeWithCursors() {
        CallToolResult page = call("get_trade_history", Map.of("from", "2025-09-01", "to", "2026-11-20", "limit", 3));
        List<Object> symbols = new ArrayList<>();
        while (true) {
            symbols.addAll(column(page, "trades", "symbol"));
            assertEquals(8, ((Number) value(page, "totals.trades")).intValue(), "all segments: the NIFTY call too");
            if (!(Boolean) value(page, "has_more")) break;
            page = call("get_trade_history", Map.of("from", "2025-09-01", "to", "2026-11-20", "limit", 3, "cursor",
                    value(page, "next_cursor")));
        }
        assertEquals(List.of("TATAMOTORS", "SBIN", "SBIN", "NIFTY26NOV26000CE", "ADANIPORTS", "TATASTEEL",
                "TATAPOWER", "RELIANCE"), symbols);
    }

    @Test
    default void optionTradesShowTheirContractInTheFullView() {
        CallToolResult options = call("get_trade_history", Map.of("from", "2026-11-01", "to", "2026-11-20",
                "segment", "fo", "view", "full"));
        assertEquals(1, ((Number) value(options, "totals.trades")).intValue());
        assertEquals("NIFTY26NOV26000CE", value(options, "trades.0.symbol"));
        assertAmount("26000", options, "trades.0.strike_price");
        assertEquals("CE", value(options, "trades.0.option_type"));
        assertEquals("2026-11-24", value(options, "trades.0.expiry"));
        assertAmount("11587.50", options, "trades.0.amount");
    }

    @Test
    default void tradeHistoryOfOneInstrument() {
        CallToolResult reliance = call("get_trade_history", Map.of("from", "2025-04-01", "to", "2026-03-31",
                "instrument", "RELIANCE"));
        assertEquals(1, ((Number) value(reliance, "totals.trades")).intValue());
        assertEquals("RELIANCE", value(reliance, "instrument"));
        assertEquals("2025-09-22", value(reliance, "trades.0.date"));
        assertAmount("16214.50", reliance, "totals.buy_value");
    }

    @Test
    default void tradeHistoryOlderThanUpstoxKeepsPointsToThePnlReport() {
        String text = error("get_trade_history", Map.of("from", "2020-01-01"));
        assertTrue(text.startsWith("from (2020-01-01) is before "), text);
        assertTrue(text.contains("use get_pnl_report"), text);
        assertTrue(error("get_trade_history", Map.of("from", "2025-06-01", "to", "2025-05-01"))
                .startsWith("from (2025-06-01) is after to (2025-05-01)"));
    }

    /** Positions: SBIN +412.50 realised, +1,468.00 unrealised; charges of the three intraday fills ₹89.59. */
    @Test
    default void theDailySummaryPutsTheDayInOneAnswer() {
        CallToolResult day = call("get_daily_summary", Map.of());
        assertEquals("2026-11-20", value(day, "day"));
        assertEquals(8, ((Number) value(day, "orders.total")).intValue());
        assertEquals(1, ((Number) value(day, "orders.rejected")).intValue());
        assertEquals(3, ((Number) value(day, "trades.trades")).intValue());
        assertAmount("151152.50", day, "trades.turnover");
        assertAmount("412.50", day, "positions.realised");
        assertAmount("1468.00", day, "positions.unrealised");
        assertAmount("89.59", day, "charges.total");
        assertAmount("60.00", day, "charges.brokerage");
        assertAmount("11.64", day, "charges.gst");
        assertAmount("10.00", day, "charges.stt");
        assertEquals(List.of("eq"), list(day, "charged_segments"));
        assertAmount("322.91", day, "net_realised");
        assertAmount("40505.50", day, "margin_used");
        assertAmount("201576.70", day, "available_to_trade");
        assertTrue(text(day).startsWith("2026-11-20: 8 orders (3 complete, 3 open, 1 cancelled, 1 rejected), 3 "
                + "trades, turnover ₹1,51,152.50; positions P&L +₹1,880.50 (realised +₹412.50, unrealised "
                + "+₹1,468.00); charges ₹89.59, realised after charges +₹322.91; margin used ₹40,505.50."), text(day));
    }
}
