package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** One company of {@code GET /v2/fundamentals/{instrument_key}/competitors}: a profile plus its instrument key. */
public record Competitor(
        @JsonbProperty("company_profile") String companyProfile,
        String sector,
        @JsonbProperty("sector_market_cap_inr") SectorMarketCap sectorMarketCapInr,
        @JsonbProperty("sector_market_cap_usd") SectorMarketCap sectorMarketCapUsd,
        @JsonbProperty("instrument_key") String instrumentKey) {}
