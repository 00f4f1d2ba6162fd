package dev.upstoxmcp.tools.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One search result. {@code tickSize} is in rupees; {@code expiry}, {@code strike} and {@code underlying} only for
 * futures and options.
 */
public record InstrumentMatch(String symbol, String name, String exchange, String segment, String type,
                              String instrumentKey, String isin, LocalDate expiry, BigDecimal strike, int lotSize,
                              BigDecimal tickSize, String underlying) {}
