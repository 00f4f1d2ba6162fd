package dev.upstoxmcp.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regular expressions matching exactly the dates of a range as Upstox writes them in a query, for stub mappings whose
 * answer depends on which days a requested range covers: a whole month becomes one {@code \d{2}} day, a partial month
 * an alternation of its days.
 */
enum DatePatterns {
    /** {@code 20-11-2026}, the P&amp;L report's {@code from_date}/{@code to_date}. */
    DAY_MONTH_YEAR,
    /** {@code 2026-11-20}, the trade history's {@code start_date}/{@code end_date}. */
    ISO;

    /** Every date from {@code from} to {@code to}, both inclusive; an empty range matches nothing. */
    String between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) return "(?!)";
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            int first = month.equals(YearMonth.from(from)) ? from.getDayOfMonth() : 1;
            int last = month.equals(YearMonth.from(to)) ? to.getDayOfMonth() : month.lengthOfMonth();
            months.add(month(month, first == 1 && last == month.lengthOfMonth() ? "\\d{2}" : days(first, last)));
        }
        return months.size() == 1 ? months.get(0) : "(?:" + String.join("|", months) + ")";
    }

    private String month(YearMonth month, String day) {
        String monthNumber = String.format(Locale.ROOT, "%02d", month.getMonthValue());
        return this == ISO ? month.getYear() + "-" + monthNumber + "-" + day
                : day + "-" + monthNumber + "-" + month.getYear();
    }

    private static String days(int first, int last) {
        List<String> days = new ArrayList<>();
        for (int day = first; day <= last; day++) days.add(String.format(Locale.ROOT, "%02d", day));
        return days.size() == 1 ? days.get(0) : "(?:" + String.join("|", days) + ")";
    }
}
