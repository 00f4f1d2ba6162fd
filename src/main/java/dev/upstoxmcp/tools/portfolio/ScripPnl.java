package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.util.List;

/**
 * Realised P&amp;L of one scrip over the report's period, in INR: quantity sold, what it cost and fetched, and the
 * gain split by tax term (equity only; null otherwise). {@code lots} (full view only) are Upstox's trade-wise rows.
 */
public record ScripPnl(
        String scrip,
        String isin,
        String tradeType,
        long quantity,
        BigDecimal buyValue,
        BigDecimal sellValue,
        BigDecimal pnl,
        BigDecimal intraday,
        BigDecimal shortTerm,
        BigDecimal longTerm,
        List<PnlLot> lots) {}
