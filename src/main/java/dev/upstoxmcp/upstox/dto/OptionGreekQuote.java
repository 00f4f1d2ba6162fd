package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One value of {@code GET /v3/market-quote/option-greek}. Unlike the option chain, {@code iv} is a fraction here
 * (0.1342 for 13.42%); theta is per day.
 */
public record OptionGreekQuote(
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("ltq") Long lastQuantity,
        Long volume,
        @JsonbProperty("cp") BigDecimal previousClose,
        BigDecimal iv,
        BigDecimal vega,
        BigDecimal gamma,
        BigDecimal theta,
        BigDecimal delta,
        Long oi) {}
