package dev.upstoxmcp.tools.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trade of the history: its date (IST), what, side, quantity, price and amount in INR. Fields after
 * {@code amount} appear only in the full view; {@code strikePrice}, {@code optionType} and {@code expiry} only for
 * derivatives.
 */
public record TradeHistoryRow(
        LocalDate date,
        String symbol,
        String side,
        long quantity,
        BigDecimal price,
        BigDecimal amount,
        String segment,
        String exchange,
        String scripName,
        String isin,
        String instrumentKey,
        String tradeId,
        BigDecimal strikePrice,
        String optionType,
        String expiry) {}
