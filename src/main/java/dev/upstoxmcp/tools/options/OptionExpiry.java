package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One expiry of an underlying's options: how many strikes, their range and the lot size. */
public record OptionExpiry(LocalDate expiry, boolean weekly, int strikes, BigDecimal lowestStrike,
                           BigDecimal highestStrike, long lotSize) {}
