package dev.upstoxmcp.tools.performance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FinancialYear;

/**
 * The span of a performance question: valued at the close of {@code base} (the day before the first day counted),
 * trades from {@code base + 1} to {@code end}, valued again at the close of {@code end} (today: last prices).
 */
record PerformancePeriod(String label, LocalDate base, LocalDate end) {

    static final String PRESETS = "1M, 3M, 6M, 1Y, FY (this financial year), YTD (this calendar year) or MAX (since "
            + "the trade history starts)";

    static PerformancePeriod of(String period, Optional<LocalDate> from, Optional<LocalDate> to, LocalDate today,
                                LocalDate historyStart) {
        if (from.isPresent() || to.isPresent()) return custom(from.orElse(historyStart), to.orElse(today), today,
                historyStart);
        String preset = period == null ? "1Y" : period.strip().toUpperCase(Locale.ROOT);
        LocalDate base = switch (preset) {
            case "1M" -> today.minusMonths(1);
            case "3M" -> today.minusMonths(3);
            case "6M" -> today.minusMonths(6);
            case "1Y" -> today.minusYears(1);
            case "FY" -> FinancialYear.of(today).start().minusDays(1);
            case "YTD" -> today.withDayOfYear(1).minusDays(1);
            case "MAX", "ALL", "SINCE_WINDOW_START", "SINCE-WINDOW-START" -> historyStart.minusDays(1);
            default -> throw new ToolCallException("period must be " + PRESETS + ", or give from and to; got "
                    + ToolCallException.echo(period) + ".");
        };
        if (base.isBefore(historyStart.minusDays(1))) throw beforeHistory(base.plusDays(1), historyStart, today);
        return new PerformancePeriod(preset, base, today);
    }

    private static PerformancePeriod custom(LocalDate from, LocalDate to, LocalDate today, LocalDate historyStart) {
        if (from.isAfter(to)) throw new ToolCallException("from (" + from + ") is after to (" + to + "); swap them.");
        if (to.isAfter(today)) {
            throw new ToolCallException("to (" + to + ") is in the future; the latest allowed is today, " + today
                    + ".");
        }
        if (from.isBefore(historyStart)) throw beforeHistory(from, historyStart, today);
        return new PerformancePeriod("custom", from.minusDays(1), to);
    }

    private static ToolCallException beforeHistory(LocalDate from, LocalDate historyStart, LocalDate today) {
        return new ToolCallException("The period would start on " + from + ", before " + historyStart + ": Upstox "
                + "keeps trade history (the cash flows performance needs) only from " + historyStart + " (the current "
                + "and the two previous financial years, today being in " + FinancialYear.of(today) + "). Use "
                + "period=MAX or a from on or after " + historyStart + ".");
    }

    LocalDate from() {
        return base.plusDays(1);
    }
}
