package dev.upstoxmcp.tools.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.dto.ExchangeTiming;
import dev.upstoxmcp.upstox.dto.MarketHoliday;
import org.junit.jupiter.api.Test;

/** Epoch milliseconds below were worked out by hand from the IST times in the comments (IST = UTC+05:30). */
class ExchangeCalendarTest {

    // Fri 20 Nov 2026: NSE 09:15-15:30, MCX 09:00-23:30
    static final List<ExchangeTiming> FRIDAY = List.of(
            new ExchangeTiming("MCX", 1795145400000L, 1795197600000L),
            new ExchangeTiming("NSE", 1795146300000L, 1795168800000L));
    // Mon 23 Nov 2026: NSE 09:15-15:30
    static final List<ExchangeTiming> MONDAY = List.of(new ExchangeTiming("NSE", 1795405500000L, 1795428000000L));
    // Wed 25 Nov 2026, a holiday: only MCX's evening session, 17:00-23:30
    static final List<ExchangeTiming> HOLIDAY = List.of(new ExchangeTiming("MCX", 1795606200000L, 1795629600000L));
    // Thu 26 Nov 2026: NSE 09:15-15:30
    static final List<ExchangeTiming> THURSDAY = List.of(new ExchangeTiming("NSE", 1795664700000L, 1795687200000L));
    // Tue 24 Nov 2026: NSE 09:15-15:30
    static final List<ExchangeTiming> TUESDAY = List.of(new ExchangeTiming("NSE", 1795491900000L, 1795514400000L));

    static final Map<LocalDate, List<ExchangeTiming>> WEEK = Map.of(
            LocalDate.of(2026, 11, 20), FRIDAY, LocalDate.of(2026, 11, 21), List.of(),
            LocalDate.of(2026, 11, 22), List.of(), LocalDate.of(2026, 11, 23), MONDAY,
            LocalDate.of(2026, 11, 24), TUESDAY, LocalDate.of(2026, 11, 25), HOLIDAY,
            LocalDate.of(2026, 11, 26), THURSDAY);

    static Optional<OffsetDateTime> nextOpen(String exchange, String now, List<LocalDate> asked) {
        return ExchangeCalendar.nextOpen(exchange, OffsetDateTime.parse(now), 10, day -> {
            asked.add(day);
            return WEEK.getOrDefault(day, List.of());
        });
    }

    @Test
    void epochMillisecondsAreReadAsIst() {
        assertEquals(OffsetDateTime.parse("2026-11-20T15:30+05:30"), ExchangeCalendar.ist(1795168800000L));
        assertEquals(new ExchangeSession("NSE", "09:15", "15:30"), ExchangeCalendar.session(FRIDAY.get(1)));
        assertEquals(new ExchangeSession("MCX", "09:00", "23:30"), ExchangeCalendar.session(FRIDAY.get(0)));
    }

    @Test
    void afterFridaysCloseNseNextOpensOnMonday() {
        List<LocalDate> asked = new ArrayList<>();
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-23T09:15+05:30")),
                nextOpen("NSE", "2026-11-20T15:35+05:30", asked));
        assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 23)), asked, "stops at the first day with a session");
    }

    @Test
    void beforeTheBellTheNextOpenIsTodays() {
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-20T09:15+05:30")),
                nextOpen("NSE", "2026-11-20T08:00+05:30", new ArrayList<>()));
    }

    @Test
    void aHolidayWithOnlyAnMcxSessionIsSkippedForNseButNotForMcx() {
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-26T09:15+05:30")),
                nextOpen("NSE", "2026-11-24T16:00+05:30", new ArrayList<>()));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-25T17:00+05:30")),
                nextOpen("MCX", "2026-11-24T16:00+05:30", new ArrayList<>()));
    }

    @Test
    void noSessionWithinTheHorizonIsNoNextOpen() {
        assertEquals(Optional.empty(), nextOpen("NSCOM", "2026-11-20T15:35+05:30", new ArrayList<>()));
    }

    @Test
    void duringTheSessionItClosesAtTheSessionsEnd() {
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-20T15:30+05:30")),
                ExchangeCalendar.closesAt("NSE", OffsetDateTime.parse("2026-11-20T11:00+05:30"), FRIDAY));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-20T23:30+05:30")),
                ExchangeCalendar.closesAt("MCX", OffsetDateTime.parse("2026-11-20T16:00+05:30"), FRIDAY));
        assertEquals(Optional.empty(),
                ExchangeCalendar.closesAt("NSE", OffsetDateTime.parse("2026-11-20T16:00+05:30"), FRIDAY));
    }

    @Test
    void onlyTheNormalSessionCountsAsOpen() {
        assertTrue(ExchangeCalendar.isOpen("NORMAL_OPEN"));
        for (String status : List.of("NORMAL_CLOSE", "PRE_OPEN_START", "PRE_OPEN_END", "CLOSING_START",
                "CLOSING_END")) {
            assertFalse(ExchangeCalendar.isOpen(status), status);
        }
        assertEquals("pre-open session: orders are collected, no trades yet", ExchangeCalendar.phase("PRE_OPEN_START"));
        assertEquals("cas lm start", ExchangeCalendar.phase("CAS_LM_START"));
    }

    @Test
    void aHolidayRowNamesItsWeekdayClosedExchangesAndRemainingSessions() {
        MarketHolidayRow row = ExchangeCalendar.row(new MarketHoliday("2026-11-25",
                "Prakash Gurpurb Sri Guru Nanak Dev", "TRADING_HOLIDAY", List.of("NSE", "BSE"), HOLIDAY));
        assertEquals(new MarketHolidayRow(LocalDate.of(2026, 11, 25), "Wednesday",
                "Prakash Gurpurb Sri Guru Nanak Dev", "TRADING_HOLIDAY", List.of("NSE", "BSE"),
                List.of(new ExchangeSession("MCX", "17:00", "23:30"))), row);
    }

    @Test
    void daysOutsideUpstoxsCalendarAreRejectedNamingTheArgument() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        MarketStatusService.requireKnownDay(LocalDate.of(2000, 1, 1), today);
        MarketStatusService.requireKnownDay(LocalDate.of(2027, 12, 31), today);
        ToolCallException late = assertThrows(ToolCallException.class,
                () -> MarketStatusService.requireKnownDay(LocalDate.of(2028, 1, 3), today));
        assertEquals("date must be between 2000-01-01 and 2027-12-31 (yyyy-MM-dd); got 2028-01-03.",
                late.getMessage());
        assertThrows(ToolCallException.class,
                () -> MarketStatusService.requireKnownDay(LocalDate.of(1999, 12, 31), today));
    }
}
