package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Unrealised P&amp;L of what is held today (whatever period the report covers), in INR, from get_holdings' values:
 * equity split by each open lot's holding period as at {@code asOf} (up to 365 days short-term, longer long-term);
 * {@code other} is what equity terms do not apply to (gold bonds). Per-holding rows in the full view only.
 */
public record UnrealisedPnl(
        LocalDate asOf,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal total,
        BigDecimal shortTerm,
        BigDecimal longTerm,
        BigDecimal other,
        List<UnrealisedRow> holdings) {}
