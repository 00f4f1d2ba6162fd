package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/** One value of {@code GET /v3/market-quote/ltp}; {@code cp} is the previous close. */
public record LtpQuote(
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("instrument_token") String instrumentKey,
        @JsonbProperty("ltq") Long lastQuantity,
        Long volume,
        @JsonbProperty("cp") BigDecimal previousClose) {}
