package dev.upstoxmcp.tools;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * An Indian financial year, 1 April to 31 March, named by its start year: {@code 2025} is FY 2025-26. Upstox's trade
 * P&amp;L API names it by the two-digit start and end years ({@code 2526}); its trade history keeps the current and
 * the two previous financial years.
 */
public record FinancialYear(int startYear) {

    private static final Pattern SPAN = Pattern.compile("(?:FY)?(\\d{4})[-/](\\d{2}|\\d{4})");
    private static final Pattern SHORT_SPAN = Pattern.compile("(?:FY)?(\\d{2})[-/](\\d{2})");
    private static final Pattern ENDING = Pattern.compile("FY(\\d{2}|\\d{4})");
    private static final Pattern UPSTOX_CODE = Pattern.compile("(\\d{2})(\\d{2})");

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Reads what a user writes for a financial year: {@code 2025-26}, {@code 2025-2026}, {@code FY2025-26},
     * {@code FY25-26}, {@code FY26} or {@code FY2026} (the year it ends, as Indians say it), or Upstox's {@code 2526}.
     *
     * @param argument the tool argument's name, for the error message
     */
    public static FinancialYear parse(String text, String argument) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher span = SPAN.matcher(compact);
        if (span.matches()) return consecutive(Integer.parseInt(span.group(1)), span.group(2), text, argument);
        Matcher shortSpan = SHORT_SPAN.matcher(compact);
        if (shortSpan.matches()) {
            return consecutive(2000 + Integer.parseInt(shortSpan.group(1)), shortSpan.group(2), text, argument);
        }
        Matcher ending = ENDING.matcher(compact);
        if (ending.matches()) {
            int end = Integer.parseInt(ending.group(1));
            return new FinancialYear((end < 100 ? 2000 + end : end) - 1);
        }
        Matcher code = UPSTOX_CODE.matcher(compact);
        if (code.matches()) return consecutive(2000 + Integer.parseInt(code.group(1)), code.group(2), text, argument);
        throw invalid(text, argument);
    }

    private static FinancialYear consecutive(int start, String end, String text, String argument) {
        int endYear = end.length() == 2 ? start / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (endYear != start + 1 || start < 2000) throw invalid(text, argument);
        return new FinancialYear(start);
    }

    private static ToolCallException invalid(String text, String argument) {
        return new ToolCallException(argument + " must name an Indian financial year (April to March) like 2025-26, "
                + "FY26 or 2526; got " + ToolCallException.echo(text) + ".");
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** Upstox's name: {@code 2526} for FY 2025-26. */
    public String upstoxCode() {
        return String.format(Locale.ROOT, "%02d%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** {@code 2025-26}. */
    public String label() {
        return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return "FY " + label();
    }
}
