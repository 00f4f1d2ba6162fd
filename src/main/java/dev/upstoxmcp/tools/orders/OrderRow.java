package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;

/**
 * One order of the day. {@code time} is when it was placed (IST); {@code price} is the limit price (absent for market
 * orders), {@code averagePrice} the average fill (absent until something fills); {@code status} is Upstox's phrase and
 * {@code state} its group. Fields after {@code orderId} appear only in the full view.
 */
public record OrderRow(
        String time,
        String symbol,
        String side,
        long quantity,
        long filled,
        String orderType,
        BigDecimal price,
        BigDecimal averagePrice,
        String status,
        OrderState state,
        String orderId,
        String product,
        String validity,
        String variety,
        Boolean amo,
        BigDecimal triggerPrice,
        Long pendingQuantity,
        String tag,
        String exchange,
        String instrumentKey,
        String exchangeOrderId,
        String statusMessage) {}
