package dev.upstoxmcp.tools.orders;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import dev.upstoxmcp.tools.portfolio.ListView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What the user did: today's orders and trades, earlier trades, and the day in one answer. */
@ApplicationScoped
public class OrderTools {

    @Inject
    OrderService orders;

    @Inject
    TradeHistoryService history;

    @Inject
    DailySummaryService daily;

    @Tool(name = "get_orders", title = "Orders", description = """
            Today's order book of the Upstox account (Upstox keeps orders for the current trading day only), newest \
            first: time placed (IST), symbol, side, quantity, filled quantity, limit and average fill price in INR, \
            Upstox's status (e.g. open, trigger pending, after market order req received, complete, cancelled, \
            rejected) and order id, plus counts by state over the whole book. status filters to open (may still \
            fill), complete, cancelled or rejected. view=summary gives counts only; full adds product, validity, \
            variety/AMO, trigger price, tag, exchange order id and the rejection message. Paged: pass next_cursor \
            as cursor.""")
    public OrdersPage getOrders(
            @ToolArg(description = "open | complete | cancelled | rejected; default all") Optional<OrderState> status,
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Orders per page, 1-200", defaultValue = "50") @Min(1) @Max(200) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return orders.orders(view, status, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_order_history", title = "Order history", description = """
            Every state one of today's orders went through (e.g. put order req received, validation pending, open \
            pending, open, complete), oldest first, with time (IST), filled quantity and average price in INR, and \
            the rejection or cancellation message. Takes an order id from get_orders; Upstox keeps orders for the \
            current trading day only, so older ids are not found (use get_trade_history for earlier trades).""")
    public OrderHistoryAnswer getOrderHistory(
            @ToolArg(description = "Upstox order id from get_orders, e.g. 231019025057849") String orderId) {
        return orders.history(orderId);
    }

    @Tool(name = "get_trades", title = "Today's trades", description = """
            Today's executed trades (fills) of the Upstox account, newest first: time (IST), symbol, side, quantity, \
            price and value in INR, product (D delivery, I intraday, MTF) and order id, plus totals bought, sold and \
            turnover over all of the day's trades. view=full adds trade id, order type, exchange, instrument key and \
            exchange order id; view=summary gives totals only. Earlier days: get_trade_history. Paged with \
            next_cursor.""")
    public TradesPage getTrades(
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Trades per page, 1-500", defaultValue = "100") @Min(1) @Max(500) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return orders.trades(view, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_trade_history", title = "Trade history", description = """
            Executed trades of the Upstox account between two dates (IST, inclusive), newest first: date, symbol, \
            side, quantity, price and amount in INR, with totals bought, sold and turnover over the whole range. \
            Upstox keeps the current and the two previous financial years (April-March), e.g. during FY 2026-27 \
            from 2024-04-01 on; realised P&L of older years is in get_pnl_report. Defaults: from the earliest \
            allowed day to today, all segments. Filters: segment (EQ, FO, COM, CD, MF) and an instrument (symbol, \
            name or key). view=full adds segment, exchange, ISIN, instrument key, trade id and option details. \
            Paged with next_cursor.""")
    public TradeHistoryPage getTradeHistory(
            @ToolArg(description = "First trade date, yyyy-MM-dd (IST); default the earliest Upstox keeps")
            Optional<LocalDate> from,
            @ToolArg(description = "Last trade date, yyyy-MM-dd (IST); default today") Optional<LocalDate> to,
            @ToolArg(description = "eq | fo | com | cd | mf; default all segments") Optional<TradeSegment> segment,
            @ToolArg(description = "Only trades of this instrument: symbol, name or key, e.g. RELIANCE")
            Optional<String> instrument,
            @ToolArg(description = "summary | compact | full", defaultValue = "compact") ListView view,
            @ToolArg(description = "Trades per page, 1-500", defaultValue = "50") @Min(1) @Max(500) int limit,
            @ToolArg(description = "next_cursor of the previous page") Optional<String> cursor) {
        return history.history(from, to, segment, instrument, view, PageRequest.of(limit, cursor));
    }

    @Tool(name = "get_daily_summary", title = "Daily summary", description = """
            The Upstox account's trading day in one answer, amounts in INR: orders by state (open, complete, \
            cancelled, rejected), number of trades and turnover, realised and unrealised P&L of the day's positions, \
            the charges of the day's trades (brokerage, GST, STT, stamp duty, exchange, SEBI, DP) as Upstox's P&L \
            report has them, realised P&L after those charges, and margin in use. The day is the order book's \
            trading day (IST). Details: get_orders, get_trades, get_positions, get_funds_and_margin.""")
    public DailySummary getDailySummary() {
        return daily.summary();
    }
}
