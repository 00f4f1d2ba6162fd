package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/** Sums over all holdings (not just the page shown), in INR; percentages against invested and previous value. */
public record HoldingsTotals(
        int holdings,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal pnlPercent,
        BigDecimal dayChange,
        BigDecimal dayChangePercent) {}
