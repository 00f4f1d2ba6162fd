package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/**
 * One position of today (intraday, carry-forward or MTF). Amounts in INR as Upstox reports them. Fields after
 * {@code open} appear only in the full view.
 */
public record PositionRow(
        String symbol,
        String product,
        long quantity,
        BigDecimal averagePrice,
        BigDecimal lastPrice,
        BigDecimal pnl,
        BigDecimal realised,
        BigDecimal unrealised,
        boolean open,
        String exchange,
        String instrumentKey,
        BigDecimal closePrice,
        BigDecimal multiplier,
        BigDecimal value,
        Long overnightQuantity,
        Long dayBuyQuantity,
        BigDecimal dayBuyValue,
        Long daySellQuantity,
        BigDecimal daySellValue) {}
