package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One strike of {@code GET /v2/option/chain}, sorted by strike. Here {@code iv} is in percent (13.42) and
 * {@code pop} is Upstox's probability of profit in percent.
 */
public record OptionChainStrike(
        String expiry,
        BigDecimal pcr,
        @JsonbProperty("strike_price") BigDecimal strikePrice,
        @JsonbProperty("underlying_key") String underlyingKey,
        @JsonbProperty("underlying_spot_price") BigDecimal underlyingSpotPrice,
        @JsonbProperty("call_options") Side call,
        @JsonbProperty("put_options") Side put) {

    public record Side(
            @JsonbProperty("instrument_key") String instrumentKey,
            @JsonbProperty("market_data") MarketData marketData,
            @JsonbProperty("option_greeks") Greeks greeks) {}

    public record MarketData(
            BigDecimal ltp,
            Long volume,
            Long oi,
            @JsonbProperty("close_price") BigDecimal closePrice,
            @JsonbProperty("bid_price") BigDecimal bidPrice,
            @JsonbProperty("bid_qty") Long bidQuantity,
            @JsonbProperty("ask_price") BigDecimal askPrice,
            @JsonbProperty("ask_qty") Long askQuantity,
            @JsonbProperty("prev_oi") Long previousOi) {}

    public record Greeks(BigDecimal vega, BigDecimal theta, BigDecimal gamma, BigDecimal delta, BigDecimal iv,
                         BigDecimal pop) {}
}
