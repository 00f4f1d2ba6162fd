package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One value of {@code GET /v3/market-quote/quotes}: keyed in {@code data} by {@code SEGMENT:SYMBOL}, with
 * {@code instrument_token} echoing the request key. {@code last_trade_time} is epoch milliseconds as a string.
 */
public record MarketQuote(
        Ohlc ohlc,
        Depth depth,
        String timestamp,
        @JsonbProperty("instrument_token") String instrumentKey,
        String symbol,
        @JsonbProperty("last_price") BigDecimal lastPrice,
        Long volume,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        Long oi,
        @JsonbProperty("net_change") BigDecimal netChange,
        @JsonbProperty("total_buy_quantity") Long totalBuyQuantity,
        @JsonbProperty("total_sell_quantity") Long totalSellQuantity,
        @JsonbProperty("lower_circuit_limit") BigDecimal lowerCircuitLimit,
        @JsonbProperty("upper_circuit_limit") BigDecimal upperCircuitLimit,
        @JsonbProperty("last_trade_time") String lastTradeTime,
        @JsonbProperty("oi_day_high") Long oiDayHigh,
        @JsonbProperty("oi_day_low") Long oiDayLow,
        @JsonbProperty("prev_close_price") BigDecimal previousClose,
        @JsonbProperty("year_high") BigDecimal yearHigh,
        @JsonbProperty("year_low") BigDecimal yearLow,
        @JsonbProperty("previous_oi") Long previousOi) {

    /** A candle of the v3 quote APIs; {@code ts} is its start in epoch milliseconds. */
    public record Ohlc(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, Long volume, Long ts) {}

    /** Five levels a side, zero-filled when the book is thinner. */
    public record Depth(List<Level> buy, List<Level> sell) {}

    public record Level(Long quantity, BigDecimal price, Long orders) {}
}
