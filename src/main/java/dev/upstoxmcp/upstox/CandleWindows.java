package dev.upstoxmcp.upstox;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Splits a candle range into the windows Upstox serves per request, newest first, after checking everything
 * Upstox would reject: the interval, the order of the dates and whether data exists that far back. Windows are
 * inclusive and do not overlap; each spans at most {@link CandleUnit#maxSpan}.
 */
public final class CandleWindows {

    /** One request's range, both days inclusive. */
    public record Window(LocalDate from, LocalDate to) {}

    private CandleWindows() {}

    /**
     * @param maxWindows more would mean more upstream calls than one question deserves
     */
    public static List<Window> of(CandleUnit unit, int interval, LocalDate from, LocalDate to, int maxWindows) {
        if (interval < 1 || interval > unit.maxInterval()) {
            throw new ToolCallException("every must be between 1 and " + unit.maxInterval() + " for " + unit.wireName()
                    + "; got " + interval + ".");
        }
        if (from.isAfter(to)) {
            throw new ToolCallException("from (" + from + ") is after to (" + to + "); swap them.");
        }
        if (to.isBefore(unit.dataFrom())) {
            throw new ToolCallException("Upstox has " + unit.wireName() + " candles only from " + unit.dataFrom()
                    + "; ask for a range ending after that, or use days, weeks or months.");
        }
        LocalDate start = from.isBefore(unit.dataFrom()) ? unit.dataFrom() : from;
        Period span = unit.maxSpan(interval);
        if (span == null) return List.of(new Window(start, to));
        List<Window> windows = new ArrayList<>();
        LocalDate end = to;
        while (!end.isBefore(start)) {
            LocalDate windowStart = end.minus(span).plusDays(1);
            if (windowStart.isBefore(start)) windowStart = start;
            windows.add(new Window(windowStart, end));
            end = windowStart.minusDays(1);
        }
        if (windows.size() > maxWindows) {
            throw new ToolCallException("That range needs " + windows.size() + " requests of " + interval + " "
                    + unit.wireName() + " candles (Upstox serves at most " + describe(span) + " per request); "
                    + "the limit is " + maxWindows + ". Narrow the range or use a longer interval.");
        }
        return List.copyOf(windows);
    }

    private static String describe(Period span) {
        if (span.getYears() > 0) return span.getYears() + " years";
        return span.getMonths() == 1 ? "one month" : span.getMonths() + " months";
    }
}
