package dev.upstoxmcp.tools.market;

import java.math.BigDecimal;

/** The whole requested range at a glance, over every candle (not just the page shown). */
public record CandleSummary(int candles, String firstT, String lastT, BigDecimal open, BigDecimal close,
                            BigDecimal change, BigDecimal changePercent, BigDecimal high, String highT,
                            BigDecimal low, String lowT, long volume) {}
