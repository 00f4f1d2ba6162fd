package dev.upstoxmcp.upstox.dto;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/fundamentals/{isin}/income-statement}, without the full statement; amounts in {@code units_in}. */
public record IncomeStatement(
        String type,
        @JsonbProperty("time_period") String timePeriod,
        @JsonbProperty("units_in") String unitsIn,
        @JsonbProperty("income_statement") List<CategoryHistory> incomeStatement) {}
