package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/portfolio/long-term-holdings}. Upstox sends the symbol twice ({@code trading_symbol} and
 * the older {@code tradingsymbol}); {@link #symbol()} takes whichever is present.
 */
public record Holding(
        String isin,
        @JsonbProperty("company_name") String companyName,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("tradingsymbol") String tradingSymbolLegacy,
        String exchange,
        @JsonbProperty("instrument_token") String instrumentKey,
        String product,
        Long quantity,
        @JsonbProperty("t1_quantity") Long t1Quantity,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("close_price") BigDecimal closePrice,
        BigDecimal pnl,
        @JsonbProperty("day_change") BigDecimal dayChange,
        @JsonbProperty("day_change_percentage") BigDecimal dayChangePercentage,
        @JsonbProperty("collateral_quantity") Long collateralQuantity,
        @JsonbProperty("collateral_type") String collateralType,
        @JsonbProperty("cnc_used_quantity") Long cncUsedQuantity,
        BigDecimal haircut) {

    public String symbol() {
        return tradingSymbol != null ? tradingSymbol : tradingSymbolLegacy;
    }
}
