package dev.upstoxmcp.tools.options;

import java.math.BigDecimal;

/**
 * One side (call or put) of a strike in the option chain: price in INR, change against the previous close, open
 * interest and its change in contracts' units, implied volatility in percent, greeks (theta per day) and Upstox's
 * probability of profit in percent.
 */
public record OptionLeg(
        String instrumentKey,
        BigDecimal lastPrice,
        BigDecimal change,
        Long oi,
        Long oiChange,
        Long volume,
        BigDecimal bid,
        BigDecimal ask,
        BigDecimal ivPercent,
        BigDecimal delta,
        BigDecimal gamma,
        BigDecimal theta,
        BigDecimal vega,
        BigDecimal popPercent) {}
