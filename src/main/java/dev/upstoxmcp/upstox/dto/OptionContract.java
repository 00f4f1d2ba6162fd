package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/option/contract}: {@code expiry} is {@code yyyy-MM-dd}, {@code tick_size} is in paise
 * (5 = ₹0.05), {@code trading_symbol} the spaced display form ("NIFTY 26000 CE 29 DEC 26").
 */
public record OptionContract(
        String name,
        String segment,
        String exchange,
        String expiry,
        @JsonbProperty("instrument_key") String instrumentKey,
        @JsonbProperty("exchange_token") String exchangeToken,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("tick_size") BigDecimal tickSizePaise,
        @JsonbProperty("lot_size") Long lotSize,
        @JsonbProperty("instrument_type") String instrumentType,
        @JsonbProperty("freeze_quantity") BigDecimal freezeQuantity,
        @JsonbProperty("underlying_key") String underlyingKey,
        @JsonbProperty("underlying_type") String underlyingType,
        @JsonbProperty("underlying_symbol") String underlyingSymbol,
        @JsonbProperty("strike_price") BigDecimal strikePrice,
        @JsonbProperty("minimum_lot") Long minimumLot,
        Boolean weekly) {}
