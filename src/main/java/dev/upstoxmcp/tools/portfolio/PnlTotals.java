package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/**
 * Sums over every trade-wise row of the report, in INR. For equity the realised P&amp;L splits into intraday
 * (speculative), short-term (held up to 365 days) and long-term (longer) gains; for other segments those are null.
 */
public record PnlTotals(
        int rows,
        int scrips,
        BigDecimal buyValue,
        BigDecimal sellValue,
        BigDecimal realised,
        BigDecimal intraday,
        BigDecimal shortTerm,
        BigDecimal longTerm) {}
