package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One instrument as Upstox's instrument search API returns it, in the shape of the instrument master file:
 * {@code tick_size} in paise, {@code expiry} in epoch milliseconds (derivatives only).
 */
public record InstrumentRecord(
        String name,
        String segment,
        String exchange,
        String isin,
        @JsonbProperty("instrument_key") String instrumentKey,
        @JsonbProperty("trading_symbol") String tradingSymbol,
        @JsonbProperty("short_name") String shortName,
        @JsonbProperty("tick_size") BigDecimal tickSizePaise,
        @JsonbProperty("lot_size") Integer lotSize,
        @JsonbProperty("instrument_type") String instrumentType,
        Long expiry,
        @JsonbProperty("strike_price") BigDecimal strikePrice,
        @JsonbProperty("underlying_key") String underlyingKey,
        @JsonbProperty("underlying_symbol") String underlyingSymbol,
        Boolean weekly) {}
