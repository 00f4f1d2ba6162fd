package dev.upstoxmcp.tools.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FinancialYear;

/**
 * The span of a P&amp;L report: a whole financial year, or a custom range inside one (Upstox reports one year per
 * request). {@code from}/{@code to} are the days covered; the whole current year runs up to today.
 */
record PnlPeriod(FinancialYear year, LocalDate from, LocalDate to, boolean custom) {

    private static final DateTimeFormatter UPSTOX_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

    /**
     * Checks what Upstox would reject (its UDAPI1066-UDAPI1073): the year's format, a year not yet begun, dates
     * outside the year or in the wrong order. Without a year, the year of {@code from} (or {@code to}, or today).
     */
    static PnlPeriod of(Optional<String> financialYear, Optional<LocalDate> from, Optional<LocalDate> to,
                        LocalDate today) {
        FinancialYear current = FinancialYear.of(today);
        FinancialYear year = financialYear.filter(text -> !text.isBlank())
                .map(text -> FinancialYear.parse(text, "financial_year"))
                .orElseGet(() -> FinancialYear.of(from.or(() -> to).orElse(today)));
        if (year.startYear() > current.startYear()) {
            throw new ToolCallException("financial_year " + year.label() + " has not begun; the current one is "
                    + current.label() + ".");
        }
        LocalDate lastDay = year.end().isAfter(today) ? today : year.end();
        if (from.isEmpty() && to.isEmpty()) return new PnlPeriod(year, year.start(), lastDay, false);
        LocalDate start = from.orElse(year.start());
        LocalDate end = to.orElse(lastDay);
        inside(year, start, "from");
        inside(year, end, "to");
        if (start.isAfter(end)) {
            throw new ToolCallException("from (" + start + ") is after to (" + end + "); swap them.");
        }
        if (end.isAfter(today)) {
            throw new ToolCallException("to (" + end + ") is in the future; the latest allowed is today, " + today
                    + ".");
        }
        return new PnlPeriod(year, start, end, true);
    }

    private static void inside(FinancialYear year, LocalDate date, String argument) {
        if (!year.contains(date)) {
            throw new ToolCallException(argument + " (" + date + ") is outside " + year + " (" + year.start() + " to "
                    + year.end() + "). Leave financial_year out to report a from/to range across years.");
        }
    }

    /** {@code from_date} on the wire ({@code dd-mm-yyyy}), or null for the whole year. */
    String upstoxFrom() {
        return custom ? from.format(UPSTOX_DATE) : null;
    }

    String upstoxTo() {
        return custom ? to.format(UPSTOX_DATE) : null;
    }

    static LocalDate parseUpstoxDate(String text) {
        return LocalDate.parse(text.strip(), UPSTOX_DATE);
    }
}
