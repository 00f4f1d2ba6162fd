package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.dto.Order;
import dev.upstoxmcp.upstox.dto.Trade;

/** Rows, counts and totals of the day's orders and trades, as Upstox reports them. */
final class OrderBook {

    /** Order types whose {@code price} Upstox reports as 0 because they have no limit price. */
    private static final Set<String> WITHOUT_LIMIT = Set.of("MARKET", "SL-M");
    private static final Comparator<LocalDateTime> NEWEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    private OrderBook() {}

    /** Newest first; among orders placed in the same second, the higher (later) id first. */
    static List<OrderRow> rows(List<Order> orders, ListView view) {
        return orders.stream()
                .sorted(Comparator.comparing((Order order) -> UpstoxTime.parse(order.orderTimestamp()), NEWEST_FIRST)
                        .thenComparing(order -> Objects.toString(order.orderId(), ""), Comparator.reverseOrder()))
                .map(order -> row(order, view == ListView.FULL))
                .toList();
    }

    static OrderCounts counts(List<Order> orders) {
        int[] byState = new int[OrderState.values().length];
        orders.forEach(order -> byState[OrderState.of(order.status()).ordinal()]++);
        return new OrderCounts(orders.size(), byState[OrderState.OPEN.ordinal()],
                byState[OrderState.COMPLETE.ordinal()], byState[OrderState.CANCELLED.ordinal()],
                byState[OrderState.REJECTED.ordinal()]);
    }

    /** The trading day of the book: the date of its latest order (Upstox keeps one day); null for an empty book. */
    static LocalDate day(List<String> timestamps) {
        return timestamps.stream().map(UpstoxTime::parse).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(LocalDateTime::toLocalDate).orElse(null);
    }

    static OrderRow row(Order order, boolean full) {
        long filled = whole(order.filledQuantity());
        return new OrderRow(UpstoxTime.clock(UpstoxTime.parse(order.orderTimestamp())), order.symbol(),
                order.transactionType(), whole(order.quantity()), filled, order.orderType(), limitPrice(order),
                filled == 0 ? null : order.averagePrice(), order.status(), OrderState.of(order.status()),
                order.orderId(),
                full ? order.product() : null,
                full ? order.validity() : null,
                full ? order.variety() : null,
                full ? order.isAmo() : null,
                full ? positive(order.triggerPrice()) : null,
                full ? order.pendingQuantity() : null,
                full ? order.tag() : null,
                full ? order.exchange() : null,
                full ? order.instrumentKey() : null,
                full ? blankAsNull(order.exchangeOrderId()) : null,
                full ? order.statusMessage() : null);
    }

    static BigDecimal limitPrice(Order order) {
        String type = order.orderType() == null ? "" : order.orderType().toUpperCase(Locale.ROOT);
        return WITHOUT_LIMIT.contains(type) ? null : positive(order.price());
    }

    /** Newest first, the later trade id first within a second. */
    static List<TradeRow> tradeRows(List<Trade> trades, ListView view) {
        return trades.stream()
                .sorted(Comparator.comparing((Trade trade) -> UpstoxTime.parse(trade.exchangeTimestamp()),
                                NEWEST_FIRST)
                        .thenComparing(trade -> Objects.toString(trade.tradeId(), ""), Comparator.reverseOrder()))
                .map(trade -> tradeRow(trade, view == ListView.FULL))
                .toList();
    }

    static TradeTotals tradeTotals(List<Trade> trades) {
        return TradeTotals.of(trades, Trade::transactionType, OrderBook::value);
    }

    private static TradeRow tradeRow(Trade trade, boolean full) {
        return new TradeRow(UpstoxTime.clock(UpstoxTime.parse(trade.exchangeTimestamp())), trade.symbol(),
                trade.transactionType(), whole(trade.quantity()), trade.averagePrice(), Inr.amount(value(trade)),
                trade.product(), trade.orderId(),
                full ? trade.tradeId() : null,
                full ? trade.orderType() : null,
                full ? trade.exchange() : null,
                full ? trade.instrumentKey() : null,
                full ? blankAsNull(trade.exchangeOrderId()) : null,
                full ? UpstoxTime.clock(UpstoxTime.parse(trade.orderTimestamp())) : null);
    }

    static boolean isBuy(String transactionType) {
        return "BUY".equalsIgnoreCase(transactionType);
    }

    private static BigDecimal value(Trade trade) {
        return Inr.orZero(trade.averagePrice()).multiply(BigDecimal.valueOf(whole(trade.quantity())));
    }

    private static long whole(Long quantity) {
        return quantity == null ? 0 : quantity;
    }

    private static BigDecimal positive(BigDecimal price) {
        return price == null || price.signum() <= 0 ? null : price;
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
