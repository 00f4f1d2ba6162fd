package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;

/**
 * One fill of the day: when (IST), what, at which price and for how much (INR). Fields after {@code orderId} appear
 * only in the full view.
 */
public record TradeRow(
        String time,
        String symbol,
        String side,
        long quantity,
        BigDecimal price,
        BigDecimal value,
        String product,
        String orderId,
        String tradeId,
        String orderType,
        String exchange,
        String instrumentKey,
        String exchangeOrderId,
        String orderTime) {}
