package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One holding in the breakdown, amounts in INR. {@code contributionPercent} is its P&amp;L over the portfolio's
 * invested amount, in percentage points (they sum to the portfolio's P&amp;L %). Holding period from the oldest open
 * lot: {@code holdingDays} and {@code firstBuyDate} are null when that lot was bought before the trade history Upstox
 * keeps ({@code holdingPeriod} then says "since before …"). Tax term and its quantities are for equity only (null for
 * gold bonds). {@code lots} only in the full view.
 */
public record BreakdownRow(
        String symbol,
        String companyName,
        long quantity,
        BigDecimal averagePrice,
        BigDecimal lastPrice,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal pnlPercent,
        BigDecimal dayChange,
        BigDecimal dayChangePercent,
        BigDecimal weightPercent,
        BigDecimal contributionPercent,
        LocalDate firstBuyDate,
        Long holdingDays,
        String holdingPeriod,
        HoldingTerm term,
        Long longTermQuantity,
        Long shortTermQuantity,
        List<OpenLot> lots) {}
