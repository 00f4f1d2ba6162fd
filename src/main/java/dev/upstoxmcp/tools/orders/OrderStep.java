package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;

/** One state an order went through: when (IST), Upstox's status phrase, and what had filled by then. */
public record OrderStep(
        String time,
        String status,
        long filled,
        BigDecimal averagePrice,
        BigDecimal price,
        String exchangeOrderId,
        String statusMessage) {}
