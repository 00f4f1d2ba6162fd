package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;

/** Over every strike of the expiry, not only those shown. */
public record OptionChainTotals(long callOi, long putOi, BigDecimal pcr, long callVolume, long putVolume,
                                BigDecimal maxPain) {}
