package dev.upstoxmcp.upstox.dto;

import java.math.BigDecimal;

/**
 * Upstox's {@code SectorMarketCapAmount}: a market capitalisation in a unit, e.g. {@code 1942866.05} {@code crore}
 * ({@code "1,942,866.05 Cr"}) or {@code 215.87} {@code billion} ({@code "$215.87B"}).
 */
public record SectorMarketCap(BigDecimal value, String unit, String formatted) {}
