package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;

/** One strike of the chain; {@code pcr} is put over call open interest at this strike. */
public record OptionChainRow(BigDecimal strike, BigDecimal pcr, OptionLeg call, OptionLeg put) {}
