package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.instruments.Instrument;

/** Checks of the risk tools' arguments, before anything is fetched, and of the data they got. */
final class RiskArguments {

    /** The periods compare_with_benchmark names, ending on the last completed session. */
    static final Map<String, Period> PERIODS = Map.of("1M", Period.ofMonths(1), "3M", Period.ofMonths(3),
            "6M", Period.ofMonths(6), "1Y", Period.ofYears(1), "3Y", Period.ofYears(3), "5Y", Period.ofYears(5));

    /** A range of dates to compare over. */
    record Range(String label, LocalDate from, LocalDate to) {}

    private RiskArguments() {}

    static void requireBetween(String argument, int value, int least, int most) {
        if (value < least || value > most) {
            throw new ToolCallException(argument + " must be between " + least + " and " + most + "; got " + value
                    + ".");
        }
    }

    /**
     * from/to when from is given (to defaults to the last completed session), else the named period ending at to (or
     * the last completed session).
     */
    static Range range(String period, Optional<LocalDate> from, Optional<LocalDate> to, LocalDate lastCompleted) {
        LocalDate end = to.filter(date -> date.isBefore(lastCompleted)).orElse(lastCompleted);
        if (from.isPresent()) {
            if (from.get().isAfter(end)) {
                throw new ToolCallException("from (" + from.get() + ") is after " + (to.isPresent() ? "to (" + end
                        + ")" : "the last completed session (" + end + ")") + "; give an earlier from, or swap them.");
            }
            return new Range("custom", from.get(), end);
        }
        String name = period.strip().toUpperCase(Locale.ROOT);
        Period span = PERIODS.get(name);
        if (span == null) {
            throw new ToolCallException("period must be one of 1M, 3M, 6M, 1Y, 3Y, 5Y (or give from and to as "
                    + "yyyy-MM-dd); got " + ToolCallException.echo(period) + ".");
        }
        return new Range(name, end.minus(span), end);
    }

    /** The returns when there are at least 3, else what to do. */
    static AlignedSeries enoughReturns(AlignedSeries returns, Instrument benchmark, String frequency) {
        if (returns.size() >= 3) return returns;
        throw new ToolCallException("Only " + returns.size() + " " + frequency + " returns of the portfolio and "
                + benchmark.name() + " fall on common dates in that period; at least 3 are needed. Choose a longer "
                + "period.");
    }
}
