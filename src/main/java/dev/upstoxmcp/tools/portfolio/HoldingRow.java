package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;

/**
 * One delivery holding. Amounts in INR; value and P&L on {@code quantity}, day change against the previous close.
 * Fields after {@code weightPercent} appear only in the full view.
 */
public record HoldingRow(
        String symbol,
        long quantity,
        BigDecimal averagePrice,
        BigDecimal lastPrice,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal pnlPercent,
        BigDecimal dayChangePercent,
        BigDecimal weightPercent,
        String companyName,
        String exchange,
        String isin,
        String instrumentKey,
        BigDecimal closePrice,
        BigDecimal invested,
        BigDecimal dayChange,
        Long t1Quantity,
        Long collateralQuantity,
        BigDecimal haircut) {}
