package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/trade/profit-loss/data}: a quantity bought and sold again, with both dates
 * ({@code dd-mm-yyyy}) and average prices. {@code trade_type} is EQ, FUT, OPT, ...
 */
public record PnlTrade(
        Long quantity,
        String isin,
        @JsonbProperty("scrip_name") String scripName,
        @JsonbProperty("trade_type") String tradeType,
        @JsonbProperty("buy_date") String buyDate,
        @JsonbProperty("buy_average") BigDecimal buyAverage,
        @JsonbProperty("sell_date") String sellDate,
        @JsonbProperty("sell_average") BigDecimal sellAverage,
        @JsonbProperty("buy_amount") BigDecimal buyAmount,
        @JsonbProperty("sell_amount") BigDecimal sellAmount) {}
