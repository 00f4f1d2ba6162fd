package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/mf/holdings}. The instrument key is the fund's bare ISIN ({@code INF200K01T51}); prices
 * are NAVs in INR; {@code pledged_quantity} is sometimes absent.
 */
public record MutualFundHolding(
        @JsonbProperty("instrument_key") String instrumentKey,
        String folio,
        String fund,
        BigDecimal pnl,
        BigDecimal quantity,
        @JsonbProperty("average_price") BigDecimal averagePrice,
        @JsonbProperty("last_price") BigDecimal lastPrice,
        @JsonbProperty("last_price_date") String lastPriceDate,
        @JsonbProperty("pledged_quantity") BigDecimal pledgedQuantity) {}
