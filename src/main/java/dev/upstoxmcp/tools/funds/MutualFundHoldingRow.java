package dev.upstoxmcp.tools.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One mutual-fund scheme held. Amounts in INR; NAVs in INR per unit; {@code invested} is units × average NAV.
 *
 * @param isin          the scheme's ISIN, which Upstox uses as its instrument key
 * @param navDate       the date of {@code nav}
 * @param weightPercent share of the whole fund portfolio's current value
 * @param pledgedUnits  units pledged as margin, null when Upstox does not say
 */
public record MutualFundHoldingRow(
        String fund,
        String isin,
        String folio,
        BigDecimal units,
        BigDecimal averageNav,
        BigDecimal nav,
        LocalDate navDate,
        BigDecimal invested,
        BigDecimal currentValue,
        BigDecimal pnl,
        BigDecimal pnlPercent,
        BigDecimal weightPercent,
        BigDecimal pledgedUnits) {}
