package dev.upstoxmcp.tools.risk;

import java.util.Map;

/**
 * How one stock moves with a benchmark and with today's portfolio, over the last {@code years}.
 *
 * @param benchmark                the index's name, e.g. {@code Nifty 50}
 * @param correlationWithPortfolio weekly returns of the stock against those of the rest of the portfolio (without
 *                                 the stock); null when nothing else is held or there are too few returns
 * @param holdingWeeklyBetas       every holding's weekly beta to the benchmark, by symbol, for weighting
 */
public record StockRisk(String benchmark, int years, Double dailyBeta, Double weeklyBeta,
                        Double weeklyCorrelationWithBenchmark,
                        Double correlationWithPortfolio, Map<String, Double> holdingWeeklyBetas, String method) {}
