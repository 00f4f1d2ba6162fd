package dev.upstoxmcp.tools.market;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Whether an exchange trades now, the sessions of one day and the year's holidays; every time in IST.
 *
 * @param status      Upstox's status code, e.g. {@code NORMAL_CLOSE}
 * @param open        whether normal trading is on now
 * @param statusSince when the exchange entered this status
 * @param nextOpen    when its next session starts (within ten days), null while open
 * @param closesAt    when the current session ends, null while closed
 * @param holidayYear the year of the holiday list, null when none was asked for
 */
public record MarketStatusAnswer(
        Exchange exchange,
        String status,
        boolean open,
        String phase,
        OffsetDateTime statusSince,
        OffsetDateTime nextOpen,
        OffsetDateTime closesAt,
        TradingDay day,
        Integer holidayYear,
        List<MarketHolidayRow> holidays,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final int HOLIDAYS_IN_SUMMARY = 3;

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder(exchange.name()).append(" is ").append(open ? "open" : "closed")
                .append(" (").append(status);
        if (statusSince != null) text.append(" since ").append(statusSince.format(WHEN)).append(" IST");
        text.append(")");
        if (closesAt != null) text.append(", closes ").append(closesAt.format(WHEN)).append(" IST");
        if (nextOpen != null) text.append(", next opens ").append(nextOpen.format(WHEN)).append(" IST");
        text.append(". ").append(day.date().format(DAY)).append(": ");
        if (day.holiday() != null) text.append(day.holiday()).append(", ");
        text.append(day.sessions().stream().filter(session -> session.exchange().equals(exchange.name()))
                .findFirst().map(session -> exchange.name() + " " + session.opens() + "-" + session.closes() + " IST")
                .orElse(exchange.name() + " closed"));
        text.append(".");
        if (!holidays.isEmpty()) {
            text.append(" Holidays: ").append(holidays.stream().limit(HOLIDAYS_IN_SUMMARY)
                    .map(holiday -> holiday.date().format(DAY) + " " + holiday.description())
                    .collect(Collectors.joining("; ")));
            if (holidays.size() > HOLIDAYS_IN_SUMMARY) {
                text.append("; ").append(holidays.size() - HOLIDAYS_IN_SUMMARY).append(" more");
            }
            text.append(".");
        }
        return text.toString();
    }
}
