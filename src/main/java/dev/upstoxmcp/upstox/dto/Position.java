package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/portfolio/short-term-positions} or {@code GET /v3/portfolio/mtf-positions}.
 * {@code average_price} may be null and {@code realised} may be {@code -0.0}; closed intraday positions stay with
 * quantity 0.
 */
public record Position(
        String exchange,
        String product,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("tradingsymbol") String tradingSymbolLegacy,
        BigDecimal multiplier,
        Long quantity,
        @JsonbProperty("overnight_quantity") Long overnightQuantity,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("close_price") BigDecimal closePrice,
        BigDecimal value,
        BigDecimal pnl,
        BigDecimal realised,
        BigDecimal unrealised,
        @JsonbProperty("buy_price") BigDecimal buyPrice,
        @JsonbProperty("sell_price") BigDecimal sellPrice,
        @JsonbProperty("buy_value") BigDecimal buyValue,
        @JsonbProperty("sell_value") BigDecimal sellValue,
        @JsonbProperty("day_buy_quantity") Long dayBuyQuantity,
        @JsonbProperty("day_sell_quantity") Long daySellQuantity,
        @JsonbProperty("day_buy_value") BigDecimal dayBuyValue,
        @JsonbProperty("day_sell_value") BigDecimal daySellValue,
        @JsonbProperty("overnight_buy_quantity") Long overnightBuyQuantity,
        @JsonbProperty("overnight_sell_quantity") Long overnightSellQuantity) {

    public String symbol() {
        return tradingSymbol != null ? tradingSymbol : tradingSymbolLegacy;
    }
}
