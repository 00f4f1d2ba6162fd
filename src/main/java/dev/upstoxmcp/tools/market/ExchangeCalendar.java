package dev.upstoxmcp.tools.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.dto.ExchangeTiming;
import dev.upstoxmcp.upstox.dto.MarketHoliday;

/**
 * Reading Upstox's market-information answers: its epoch-millisecond times as IST, its status codes as phases, and
 * when an exchange next opens or closes given the sessions of the coming days.
 */
final class ExchangeCalendar {

    static final String NORMAL_OPEN = "NORMAL_OPEN";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private ExchangeCalendar() {}

    /** An Upstox epoch-millisecond time in IST, to the second; null stays null. */
    static OffsetDateTime ist(Long epochMillis) {
        if (epochMillis == null) return null;
        return Instant.ofEpochMilli(epochMillis).atZone(Ist.ZONE).toOffsetDateTime().withNano(0);
    }

    /** Continuous trading happens only in the normal session. */
    static boolean isOpen(String status) {
        return NORMAL_OPEN.equals(status);
    }

    /** What a status code means, in words. */
    static String phase(String status) {
        if (status == null) return "unknown";
        return switch (status) {
            case NORMAL_OPEN -> "open: normal trading";
            case "NORMAL_CLOSE" -> "closed";
            case "PRE_OPEN_START" -> "pre-open session: orders are collected, no trades yet";
            case "PRE_OPEN_END" -> "pre-open over: normal trading is about to start";
            case "CLOSING_START" -> "closing session: trades at the closing price only";
            case "CLOSING_END" -> "closed after the closing session";
            default -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    static ExchangeSession session(ExchangeTiming timing) {
        return new ExchangeSession(timing.exchange(), clock(timing.startTime()), clock(timing.endTime()));
    }

    static List<ExchangeSession> sessions(List<ExchangeTiming> timings) {
        return timings == null ? List.of() : timings.stream().map(ExchangeCalendar::session).toList();
    }

    static Optional<ExchangeTiming> sessionOf(String exchange, List<ExchangeTiming> timings) {
        if (timings == null) return Optional.empty();
        return timings.stream().filter(timing -> exchange.equals(timing.exchange()) && timing.startTime() != null
                && timing.endTime() != null).findFirst();
    }

    /**
     * The start of the exchange's first session after {@code now}, looking at today and up to {@code horizonDays}
     * following days; empty when there is none in that window.
     */
    static Optional<OffsetDateTime> nextOpen(String exchange, OffsetDateTime now, int horizonDays,
                                             Function<LocalDate, List<ExchangeTiming>> timingsOf) {
        LocalDate today = now.toLocalDate();
        for (int ahead = 0; ahead <= horizonDays; ahead++) {
            Optional<OffsetDateTime> start = sessionOf(exchange, timingsOf.apply(today.plusDays(ahead)))
                    .map(timing -> ist(timing.startTime())).filter(opens -> opens.isAfter(now));
            if (start.isPresent()) return start;
        }
        return Optional.empty();
    }

    /** The end of the exchange's session that {@code now} falls in, if it is in one. */
    static Optional<OffsetDateTime> closesAt(String exchange, OffsetDateTime now, List<ExchangeTiming> today) {
        return sessionOf(exchange, today).filter(timing -> !ist(timing.startTime()).isAfter(now)
                && ist(timing.endTime()).isAfter(now)).map(timing -> ist(timing.endTime()));
    }

    static MarketHolidayRow row(MarketHoliday holiday) {
        LocalDate date = LocalDate.parse(holiday.date());
        return new MarketHolidayRow(date, weekday(date), holiday.description(), holiday.holidayType(),
                holiday.closedExchanges() == null ? List.of() : List.copyOf(holiday.closedExchanges()),
                sessions(holiday.openExchanges()));
    }

    static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String clock(Long epochMillis) {
        return epochMillis == null ? null : ist(epochMillis).format(CLOCK);
    }
}
