package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/fundamentals/{isin}/balance-sheet}, without the full statement; amounts in {@code units_in}. */
public record BalanceSheet(
        String type,
        @JsonbProperty("time_period") String timePeriod,
        @JsonbProperty("units_in") String unitsIn,
        List<Period> history) {

    /** Totals at one balance-sheet date; liabilities exclude shareholders' equity. */
    public record Period(
            @JsonbProperty("total_asset") BigDecimal totalAsset,
            @JsonbProperty("total_liability") BigDecimal totalLiability,
            String period) {}
}
