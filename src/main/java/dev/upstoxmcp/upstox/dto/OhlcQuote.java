package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One value of {@code GET /v3/market-quote/ohlc}: the current candle of the requested interval and the one before
 * (for {@code 1d}: today's session so far and the previous session).
 */
public record OhlcQuote(
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("prev_ohlc") MarketQuote.Ohlc previous,
        @JsonbProperty("live_ohlc") MarketQuote.Ohlc live) {}
