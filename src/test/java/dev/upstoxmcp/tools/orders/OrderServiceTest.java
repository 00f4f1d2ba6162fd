package dev.upstoxmcp.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.OrderApi;
import org.junit.jupiter.api.Test;

/** The order tools' service over the demo account's last day (sandbox fixtures). */
class OrderServiceTest {

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final OrderService service = FixtureBeans.at("2026-11-20T16:30:00+05:30")
            .with(OrderApi.class, FixtureBackedApi.of(OrderApi.class, requests)).get(OrderService.class);

    static List<String> symbols(List<OrderRow> rows) {
        return rows.stream().map(OrderRow::symbol).toList();
    }

    @Test
    void theOrderBookIsNewestFirstWithCountsByState() {
        OrdersPage page = service.orders(ListView.COMPACT, Optional.empty(), new PageRequest(50, 0));
        assertEquals(new OrderCounts(8, 3, 3, 1, 1), page.counts());
        assertEquals("2026-11-20", page.day().toString());
        assertEquals(List.of("HDFCBANK", "SBIN", "INFY", "MARUTI", "TATAMOTORS", "TATAMOTORS", "SBIN", "ITC"),
                symbols(page.orders()));
        OrderRow sbinSell = page.orders().get(1);
        assertEquals(new OrderRow("14:20:00", "SBIN", "SELL", 50, 50, "LIMIT", new BigDecimal("815.70"),
                new BigDecimal("815.70"), "complete", OrderState.COMPLETE, "261120010925728", null, null, null, null,
                null, null, null, null, null, null, null), sbinSell);
        assertNull(page.orders().get(6).price(), "a market order has no limit price");
        assertEquals("8 orders on 2026-11-20: 3 complete, 3 open, 1 cancelled, 1 rejected.", page.summary());
    }

    @Test
    void statusFiltersTheRowsButCountsCoverTheWholeBook() {
        OrdersPage open = service.orders(ListView.COMPACT, Optional.of(OrderState.OPEN), new PageRequest(50, 0));
        assertEquals(List.of("HDFCBANK", "INFY", "TATAMOTORS"), symbols(open.orders()));
        assertEquals(List.of("after market order req received", "open", "trigger pending"),
                open.orders().stream().map(OrderRow::status).toList());
        assertEquals(8, open.counts().total());
        assertEquals("8 orders on 2026-11-20: 3 complete, 3 open, 1 cancelled, 1 rejected; 3 open shown.",
                open.summary());
    }

    @Test
    void theFullViewAddsProductAmoTriggerTagAndTheRejectionMessage() {
        List<OrderRow> rows = service.orders(ListView.FULL, Optional.empty(), new PageRequest(50, 0)).orders();
        OrderRow amo = rows.get(0);
        assertEquals("AMO", amo.variety());
        assertEquals(Boolean.TRUE, amo.amo());
        assertNull(amo.exchangeOrderId(), "an after-market order has not reached the exchange");
        assertEquals("dip-buy", rows.get(2).tag());
        assertEquals("You need to add Rs. 116118.30 in your account to place this trade.", rows.get(3).statusMessage());
        assertEquals(new BigDecimal("680.40"), rows.get(4).triggerPrice());
        assertEquals(100L, rows.get(4).pendingQuantity());
        assertEquals("I", rows.get(4).product());
        assertEquals("1300000010990013", rows.get(7).exchangeOrderId());
        assertEquals("NSE_EQ|INE154A01025", rows.get(7).instrumentKey());
    }

    @Test
    void summaryViewHasCountsOnlyAndPagesFollowTheCursor() {
        OrdersPage summary = service.orders(ListView.SUMMARY, Optional.empty(), new PageRequest(50, 0));
        assertEquals(List.of(), summary.orders());
        assertEquals(8, summary.counts().total());
        OrdersPage first = service.orders(ListView.COMPACT, Optional.empty(), new PageRequest(5, 0));
        assertTrue(first.hasMore());
        OrdersPage second = service.orders(ListView.COMPACT, Optional.empty(),
                PageRequest.of(5, Optional.of(first.nextCursor())));
        assertEquals(List.of("TATAMOTORS", "SBIN", "ITC"), symbols(second.orders()));
    }

    @Test
    void anOrdersHistoryListsEveryStateWithItsExchangeTime() {
        OrderHistoryAnswer cancelled = service.history("261120010990013");
        assertEquals(List.of("put order req received", "validation pending", "open pending", "open", "cancel pending",
                "cancelled"), cancelled.steps().stream().map(OrderStep::status).toList());
        assertEquals(List.of("09:42:18", "09:42:18", "09:42:18", "09:42:18", "11:02:45", "11:02:45"),
                cancelled.steps().stream().map(OrderStep::time).toList());
        assertEquals(OrderState.CANCELLED, cancelled.state());
        assertEquals(new BigDecimal("408.05"), cancelled.price());
        assertEquals("Order 261120010990013 (BUY 50 ITC, LIMIT): cancelled after 6 steps, nothing filled, placed "
                + "09:42:18 IST.", cancelled.summary());
        OrderHistoryAnswer filled = service.history("261120010925715");
        assertEquals("Order 261120010925715 (BUY 50 SBIN, MARKET): complete after 5 steps, filled 50 at ₹807.45, "
                + "placed 10:05:00 IST.", filled.summary());
        assertEquals(Map.of("order_id", "261120010925715"), requests.get(requests.size() - 1).query());
    }

    @Test
    void anOrderUpstoxDoesNotKnowIsExplained() {
        ToolCallException error = assertThrows(ToolCallException.class, () -> service.history("231019025057849"));
        assertEquals("Upstox has no order 231019025057849. It keeps orders for the current trading day only: call "
                + "get_orders for today's order ids, or get_trade_history for earlier trades.", error.getMessage());
    }

    @Test
    void aMalformedOrderIdIsRejectedBeforeAskingUpstox() {
        ToolCallException error = assertThrows(ToolCallException.class, () -> service.history("2611 20; DROP"));
        assertEquals("order_id must be an Upstox order id: letters, digits and hyphens only, e.g. 231019025057849 "
                + "(get_orders lists today's); got \"2611 20; DROP\".", error.getMessage());
        assertEquals(List.of(), requests);
    }

    @Test
    void theDaysTradesAreTotalledNewestFirst() {
        TradesPage trades = service.trades(ListView.FULL, new PageRequest(100, 0));
        assertEquals(new TradeTotals(3, 2, 1, new BigDecimal("110367.50"), new BigDecimal("40785.00"),
                new BigDecimal("151152.50")), trades.totals());
        assertEquals(List.of("70002072", "70002109", "70002035"), trades.trades().stream().map(TradeRow::tradeId)
                .toList());
        TradeRow tataMotors = trades.trades().get(1);
        assertEquals(new TradeRow("11:15:00", "TATAMOTORS", "BUY", 100, new BigDecimal("699.95"),
                new BigDecimal("69995.00"), "I", "261120010925741", "70002109", "MARKET", "NSE",
                "NSE_EQ|INE155A01022", "1300000010925741", "11:15:00"), tataMotors);
        assertEquals("3 trades on 2026-11-20: bought ₹1,10,367.50, sold ₹40,785.00, turnover ₹1,51,152.50.",
                trades.summary());
    }
}
