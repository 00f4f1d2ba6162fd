package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One row of {@code GET /v2/fundamentals/{isin}/key-ratios}; values are display strings ({@code "20.15"},
 * {@code "8.94%"}).
 */
public record KeyRatio(
        String name,
        @JsonbProperty("company_value") String companyValue,
        @JsonbProperty("sector_value") String sectorValue) {}
