package dev.upstoxmcp.tools.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trade-wise row of the P&amp;L report: a quantity bought on one day and sold on another, prices and amounts in
 * INR, held for {@code holdingDays}; {@code term} is set for equity only.
 */
public record PnlLot(
        long quantity,
        LocalDate buyDate,
        BigDecimal buyPrice,
        LocalDate sellDate,
        BigDecimal sellPrice,
        BigDecimal buyValue,
        BigDecimal sellValue,
        BigDecimal pnl,
        long holdingDays,
        PnlTerm term) {}
