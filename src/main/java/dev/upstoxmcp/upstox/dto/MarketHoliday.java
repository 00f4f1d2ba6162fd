package dev.upstoxmcp.upstox.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One day of {@code GET /v2/market/holidays}: which exchanges are closed and which still hold a session.
 *
 * @param date        {@code yyyy-MM-dd}
 * @param holidayType {@code TRADING_HOLIDAY}, {@code SETTLEMENT_HOLIDAY}, {@code SPECIAL_TIMING} or {@code ALL}
 */
public record MarketHoliday(
        String date,
        String description,
        @JsonbProperty("holiday_type") String holidayType,
        @JsonbProperty("closed_exchanges") List<String> closedExchanges,
        @JsonbProperty("open_exchanges") List<ExchangeTiming> openExchanges) {}
