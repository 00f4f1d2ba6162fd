package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/** One holding's unrealised P&amp;L in INR, split by its open lots' tax terms (null for non-equity). */
public record UnrealisedRow(
        String symbol,
        long quantity,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal shortTerm,
        BigDecimal longTerm,
        long shortTermQuantity,
        long longTermQuantity) {}
