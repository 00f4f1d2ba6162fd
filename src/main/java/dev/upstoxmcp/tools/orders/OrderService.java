package dev.upstoxmcp.tools.orders;

import static dev.upstoxmcp.upstox.UpstoxGroup.ORDERS;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.OrderApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxRejectedException;
import dev.upstoxmcp.upstox.dto.Order;
import dev.upstoxmcp.upstox.dto.Trade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The day's order book, one order's states and the day's trades. */
@ApplicationScoped
public class OrderService {

    /** Upstox's rule for order ids (its error UDAPI1010): letters, digits and hyphens. */
    static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final String ORDER_NOT_FOUND = "UDAPI100010";

    @Inject
    @RestClient
    OrderApi orders;

    @Inject
    UpstoxGateway upstox;

    @Inject
    AnswerStamp stamp;

    public OrdersPage orders(ListView view, Optional<OrderState> status, PageRequest page) {
        List<Order> book = orderBook();
        List<OrderRow> rows = view == ListView.SUMMARY ? List.of() : OrderBook.rows(book, view).stream()
                .filter(row -> status.map(wanted -> row.state() == wanted).orElse(true))
                .toList();
        PageRequest.Page<OrderRow> shown = page.slice(rows);
        return new OrdersPage(OrderBook.day(book.stream().map(Order::orderTimestamp).toList()), view,
                status.orElse(null), shown.items(), OrderBook.counts(book), shown.nextCursor(), shown.hasMore(),
                stamp.now(), stamp.source());
    }

    public OrderHistoryAnswer history(String orderId) {
        String id = orderId == null ? "" : orderId.strip();
        if (!ORDER_ID.matcher(id).matches()) {
            throw new ToolCallException("order_id must be an Upstox order id: letters, digits and hyphens only, e.g. "
                    + "231019025057849 (get_orders lists today's); got " + ToolCallException.echo(orderId) + ".");
        }
        List<Order> states;
        try {
            states = upstox.fetch(ORDERS, () -> orders.orderHistory(id));
        } catch (UpstoxRejectedException rejected) {
            if (!ORDER_NOT_FOUND.equals(rejected.errorCode())) throw rejected;
            throw new ToolCallException("Upstox has no order " + id + ". It keeps orders for the current trading day "
                    + "only: call get_orders for today's order ids, or get_trade_history for earlier trades.");
        }
        if (states.isEmpty()) {
            throw new ToolCallException("Upstox returned no states for order " + id + ". Call get_orders for today's "
                    + "order ids.");
        }
        return OrderHistories.answer(id, states, stamp.now(), stamp.source());
    }

    public TradesPage trades(ListView view, PageRequest page) {
        List<Trade> trades = dayTrades();
        PageRequest.Page<TradeRow> shown = page.slice(view == ListView.SUMMARY ? List.of()
                : OrderBook.tradeRows(trades, view));
        return new TradesPage(OrderBook.day(trades.stream().map(Trade::exchangeTimestamp).toList()), view,
                shown.items(), OrderBook.tradeTotals(trades), shown.nextCursor(), shown.hasMore(), stamp.now(),
                stamp.source());
    }

    List<Order> orderBook() {
        return upstox.fetch(ORDERS, orders::orderBook);
    }

    List<Trade> dayTrades() {
        return upstox.fetch(ORDERS, orders::tradesForDay);
    }
}
