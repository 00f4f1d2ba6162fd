package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/trade/profit-loss/metadata}: how many trade-wise P&amp;L rows there are and the largest page. */
public record PnlMetadata(
        @JsonbProperty("trades_count") Integer tradesCount,
        @JsonbProperty("page_size_limit") Integer pageSizeLimit) {}
