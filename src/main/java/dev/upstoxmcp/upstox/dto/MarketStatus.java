package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * {@code GET /v2/market/status/{exchange}}: the exchange's current phase ({@code NORMAL_OPEN}, {@code NORMAL_CLOSE},
 * {@code PRE_OPEN_START}, {@code PRE_OPEN_END}, {@code CLOSING_START}, {@code CLOSING_END}, …) and since when, in
 * epoch milliseconds.
 */
public record MarketStatus(
        String exchange,
        String status,
        @JsonbProperty("last_updated") Long lastUpdated) {}
