package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;

/** The call and put listed at one strike, by instrument key (null where only one side is listed). */
public record OptionStrike(BigDecimal strike, String callKey, String putKey) {}
