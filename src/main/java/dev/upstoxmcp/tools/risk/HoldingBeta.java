package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;

/**
 * One holding's betas to the benchmark on daily and weekly returns, its daily correlation, and its weight in the
 * portfolio by today's value. Betas are null when fewer than 3 aligned returns exist (e.g. a recent listing).
 */
public record HoldingBeta(String symbol, BigDecimal weightPercent, Double dailyBeta, Double weeklyBeta,
                          Double dailyCorrelation, int dailyObservations) {}
