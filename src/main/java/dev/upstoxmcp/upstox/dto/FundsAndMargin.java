package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code GET /v2/user/get-funds-and-margin}. Since 19 July 2025 Upstox reports combined equity and commodity funds in
 * {@code equity}; {@code commodity} is then zero.
 */
public record FundsAndMargin(SegmentFunds equity, SegmentFunds commodity) {

    public record SegmentFunds(
            @JsonbProperty("used_margin") BigDecimal usedMargin,
            @JsonbProperty("payin_amount") BigDecimal payinAmount,
            @JsonbProperty("span_margin") BigDecimal spanMargin,
            @JsonbProperty("adhoc_margin") BigDecimal adhocMargin,
            @JsonbProperty("notional_cash") BigDecimal notionalCash,
            @JsonbProperty("available_margin") BigDecimal availableMargin,
            @JsonbProperty("exposure_margin") BigDecimal exposureMargin) {}
}
