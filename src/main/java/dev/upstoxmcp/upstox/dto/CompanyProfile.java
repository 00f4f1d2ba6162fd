package dev.upstoxmcp.upstox.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** {@code GET /v2/fundamentals/{isin}/profile}: what the company does, its sector and the sector's size. */
public record CompanyProfile(
        @JsonbProperty("company_profile") String companyProfile,
        String sector,
        @JsonbProperty("sector_market_cap_inr") SectorMarketCap sectorMarketCapInr,
        @JsonbProperty("sector_market_cap_usd") SectorMarketCap sectorMarketCapUsd) {}
