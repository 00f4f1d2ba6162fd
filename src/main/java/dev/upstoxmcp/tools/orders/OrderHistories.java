package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.upstox.DataSource;
import dev.upstoxmcp.upstox.dto.Order;

/** An order's states as Upstox lists them (oldest first), turned into its history answer. */
final class OrderHistories {

    private OrderHistories() {}

    static OrderHistoryAnswer answer(String orderId, List<Order> states, OffsetDateTime asOf, DataSource source) {
        Order first = states.get(0);
        Order latest = states.get(states.size() - 1);
        LocalDateTime placed = UpstoxTime.parse(first.orderTimestamp());
        List<OrderStep> steps = states.stream().map(OrderHistories::step).toList();
        OrderRow now = OrderBook.row(latest, false);
        return new OrderHistoryAnswer(orderId, placed == null ? null : placed.toLocalDate(), latest.symbol(),
                latest.transactionType(), now.quantity(), latest.orderType(), latest.product(), now.price(),
                latest.status(), now.state(), now.filled(), now.averagePrice(), latest.statusMessage(), steps, asOf,
                source);
    }

    /**
     * Upstox stamps every state with the order's placing time; from the exchange's acceptance on, the exchange
     * timestamp says when it happened, so that is the step's time when there is one.
     */
    private static OrderStep step(Order state) {
        LocalDateTime exchange = UpstoxTime.parse(state.exchangeTimestamp());
        LocalDateTime time = exchange != null ? exchange : UpstoxTime.parse(state.orderTimestamp());
        long filled = state.filledQuantity() == null ? 0 : state.filledQuantity();
        BigDecimal average = filled == 0 || state.averagePrice() == null || state.averagePrice().signum() == 0 ? null
                : state.averagePrice();
        return new OrderStep(UpstoxTime.clock(time), state.status(), filled, average, OrderBook.limitPrice(state),
                state.exchangeOrderId() == null || state.exchangeOrderId().isBlank() ? null
                        : state.exchangeOrderId(),
                state.statusMessage());
    }
}
