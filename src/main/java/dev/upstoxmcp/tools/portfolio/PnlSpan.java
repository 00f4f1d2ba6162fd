package dev.upstoxmcp.tools.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FinancialYear;

/**
 * The financial years one P&amp;L report covers: one year (or a range inside it), or, for a {@code from}/{@code to}
 * range across years, each year's part of the range. Upstox reports one financial year per request, so each part
 * is asked separately and the answers are added up.
 */
record PnlSpan(List<PnlPeriod> parts, LocalDate from, LocalDate to, boolean custom) {

    /** Upstox keeps the P&amp;L report of a few years; more parts would also crowd the request budget. */
    static final int MAX_YEARS = 5;

    static PnlSpan of(Optional<String> financialYear, Optional<LocalDate> from, Optional<LocalDate> to,
                      LocalDate today) {
        boolean yearGiven = financialYear.filter(text -> !text.isBlank()).isPresent();
        if (!yearGiven && from.isPresent() && to.isPresent()
                && !FinancialYear.of(from.get()).equals(FinancialYear.of(to.get()))) {
            return across(from.get(), to.get(), today);
        }
        PnlPeriod one = PnlPeriod.of(financialYear, from, to, today);
        return new PnlSpan(List.of(one), one.from(), one.to(), one.custom());
    }

    private static PnlSpan across(LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(to)) throw new ToolCallException("from (" + from + ") is after to (" + to + "); swap them.");
        if (to.isAfter(today)) {
            throw new ToolCallException("to (" + to + ") is in the future; the latest allowed is today, " + today + ".");
        }
        FinancialYear first = FinancialYear.of(from);
        FinancialYear last = FinancialYear.of(to);
        int years = last.startYear() - first.startYear() + 1;
        if (years > MAX_YEARS) {
            throw new ToolCallException("from " + from + " to " + to + " spans " + years + " financial years; one "
                    + "report covers at most " + MAX_YEARS + ". Ask for a shorter range, or year by year.");
        }
        List<PnlPeriod> parts = new ArrayList<>();
        for (FinancialYear year = first; year.startYear() <= last.startYear(); year = year.next()) {
            LocalDate start = from.isAfter(year.start()) ? from : year.start();
            LocalDate end = to.isBefore(year.end()) ? to : year.end();
            parts.add(new PnlPeriod(year, start, end, true));
        }
        return new PnlSpan(List.copyOf(parts), from, to, true);
    }

    /** "2025-26", or "2024-25 to 2026-27" across years. */
    String label() {
        String first = parts.get(0).year().label();
        return parts.size() == 1 ? first : first + " to " + parts.get(parts.size() - 1).year().label();
    }
}
