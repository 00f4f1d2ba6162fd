package dev.upstoxmcp.tools.performance;

import java.math.BigDecimal;

/**
 * Time-weighted return of one calendar month (or the part of it inside the period), with the holdings' value at
 * its start and end and the net money put in (buys − sales) in INR.
 */
public record MonthlyReturn(String month, BigDecimal twrPercent, BigDecimal startValue, BigDecimal endValue,
                            BigDecimal netFlows) {}
