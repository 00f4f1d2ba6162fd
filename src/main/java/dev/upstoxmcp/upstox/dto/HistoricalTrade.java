package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One trade of {@code GET /v2/charges/historical-trades}. {@code trade_date} is {@code yyyy-MM-dd};
 * {@code strike_price} is a string ({@code "0.0"} outside options); {@code option_type} (CE/PE) and {@code expiry} are
 * empty outside F&amp;O and currency; {@code isin} is set for equity and mutual funds, {@code symbol} for equity and
 * F&amp;O.
 */
public record HistoricalTrade(
        String exchange,
        String segment,
        @JsonbProperty("option_type") String optionType,
        Long quantity,
        BigDecimal amount,
        @JsonbProperty("trade_id") String tradeId,
        @JsonbProperty("trade_date") String tradeDate,
        @JsonbProperty("transaction_type") String transactionType,
        @JsonbProperty("scrip_name") String scripName,
        @JsonbProperty("strike_price") String strikePrice,
        String expiry,
        BigDecimal price,
        String isin,
        String symbol,
        @JsonbProperty("instrument_token") String instrumentKey) {}
