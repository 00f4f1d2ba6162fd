package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/** Sums over all positions of today, in INR; {@code mtf} counts the margin-trade-funded ones among them. */
public record PositionsTotals(
        int open,
        int closed,
        int mtf,
        BigDecimal realised,
        BigDecimal unrealised,
        BigDecimal pnl) {}
