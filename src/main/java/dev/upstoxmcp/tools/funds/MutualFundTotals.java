package dev.upstoxmcp.tools.funds;

import java.math.BigDecimal;

/** Sums over every scheme held (not just the page shown), in INR; the percentage against invested. */
public record MutualFundTotals(
        int schemes,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal pnlPercent) {}
