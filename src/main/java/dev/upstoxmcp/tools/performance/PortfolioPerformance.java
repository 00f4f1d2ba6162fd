package dev.upstoxmcp.tools.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.DataSource;

/**
 * How the delivery holdings (equity, ETFs, gold bonds; not mutual funds) did over a period, in INR and percent:
 * value at the close before {@code from} and at {@code to}, money put in by buys and taken out by sales (gross of
 * charges), the gain, XIRR (money-weighted, a yearly rate) and the time-weighted return (and its yearly rate for
 * periods of a year or more), with a month-by-month TWR table. {@code excluded} lists symbols whose trades did not
 * reconcile with the holdings (margin or intraday positions) and were left out; {@code method} says how.
 */
public record PortfolioPerformance(
        String period,
        LocalDate from,
        LocalDate to,
        LocalDate valuedFrom,
        BigDecimal startValue,
        BigDecimal endValue,
        BigDecimal bought,
        BigDecimal sold,
        BigDecimal gain,
        int trades,
        BigDecimal xirrPercent,
        BigDecimal twrPercent,
        BigDecimal twrAnnualisedPercent,
        List<MonthlyReturn> monthly,
        List<String> excluded,
        LocalDate tradeHistoryFrom,
        String method,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    @Override
    public String summary() {
        return "Holdings " + from + " to " + to + ": " + Inr.format(startValue) + " -> " + Inr.format(endValue)
                + ", bought " + Inr.format(bought) + ", sold " + Inr.format(sold) + " (" + trades
                + (trades == 1 ? " trade" : " trades") + "), gain " + Inr.signed(gain) + "; XIRR "
                + Inr.signedPercent(xirrPercent) + " a year; time-weighted " + Inr.signedPercent(twrPercent)
                + (twrAnnualisedPercent == null ? "" : " (" + Inr.signedPercent(twrAnnualisedPercent) + " a year)")
                + ". Mutual funds excluded; flows gross of charges.";
    }
}
