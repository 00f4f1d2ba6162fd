package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Price, implied volatility (percent) and greeks of one option contract; theta is per day. */
public record OptionGreeks(
        String symbol,
        String instrumentKey,
        String underlying,
        LocalDate expiry,
        BigDecimal strike,
        String type,
        BigDecimal lastPrice,
        BigDecimal change,
        BigDecimal changePercent,
        BigDecimal ivPercent,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal theta,
        BigDecimal vega,
        Long oi,
        Long volume) {}
