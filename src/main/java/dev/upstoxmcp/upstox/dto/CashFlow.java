package dev.upstoxmcp.upstox.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/fundamentals/{isin}/cash-flow}, without the full statement; amounts in {@code units_in}. */
public record CashFlow(
        String type,
        @JsonbProperty("time_period") String timePeriod,
        @JsonbProperty("units_in") String unitsIn,
        @JsonbProperty("cash_flow") List<CategoryHistory> cashFlow) {}
