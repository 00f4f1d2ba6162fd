package dev.upstoxmcp.tools.market;

import java.math.BigDecimal;

/**
 * One candle, compact: {@code t} is the day ({@code 2026-11-20}) for daily and longer candles, or the IST start
 * time ({@code 2026-11-20T09:15}) for intraday ones; prices in INR (index points for indices), {@code v} volume.
 */
public record Candle(String t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v) {}
