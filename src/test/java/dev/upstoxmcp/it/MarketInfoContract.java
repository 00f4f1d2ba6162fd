package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * get_market_status against the demo world: the exchange status recorded at 19:30 IST on Friday 20 November 2026,
 * the world's holiday lists (2026 is the current year's) and the sessions Upstox would give for any date. "Now" is
 * the servers' real clock, so only the shape of the next opening is checked.
 */
interface MarketInfoContract extends ToolCallContract {

    @Test
    default void nseIsClosedSinceFridaysCloseAndNextOpensAtNineFifteen() {
        CallToolResult status = call("get_market_status", Map.of("date", "2026-11-20"));
        assertEquals("nse", value(status, "exchange"));
        assertEquals("NORMAL_CLOSE", value(status, "status"));
        assertEquals(false, value(status, "open"));
        assertEquals("closed", value(status, "phase"));
        assertEquals("2026-11-20T15:30:00+05:30", value(status, "status_since"));
        assertNull(value(status, "closes_at"));
        OffsetDateTime nextOpen = OffsetDateTime.parse((String) value(status, "next_open"));
        assertEquals(LocalTime.of(9, 15), nextOpen.toLocalTime());
        assertEquals("+05:30", nextOpen.getOffset().getId());
        assertTrue(nextOpen.getDayOfWeek() != DayOfWeek.SATURDAY && nextOpen.getDayOfWeek() != DayOfWeek.SUNDAY);
        assertTrue(nextOpen.isAfter(OffsetDateTime.parse((String) value(status, "as_of"))));
        assertTrue(text(status).startsWith("NSE is closed (NORMAL_CLOSE since Fri 20 Nov 2026 15:30 IST), next opens "),
                text(status));
    }

    @Test
    default void aTradingDayListsEveryExchangesSessionInIst() {
        CallToolResult status = call("get_market_status", Map.of("date", "2026-11-20", "holidays", "none"));
        assertEquals("2026-11-20", value(status, "day.date"));
        assertEquals("Friday", value(status, "day.weekday"));
        assertEquals(true, value(status, "day.open"));
        assertNull(value(status, "day.holiday"));
        assertEquals(7, list(status, "day.sessions").size());
        assertEquals(Map.of("exchange", "MCX", "opens", "09:00", "closes", "23:30"), value(status, "day.sessions.0"));
        assertEquals(Map.of("exchange", "NSE", "opens", "09:15", "closes", "15:30"), value(status, "day.sessions.1"));
        assertEquals(Map.of("exchange", "CDS", "opens", "09:00", "closes", "17:00"), value(status, "day.sessions.3"));
        assertEquals(List.of(), list(status, "holidays"));
        assertNull(value(status, "holiday_year"));
    }

    @Test
    default void upcomingHolidaysOfTheCurrentYearNameTheClosedExchanges() {
        CallToolResult status = call("get_market_status", Map.of("date", "2026-11-20", "year", 2026));
        assertEquals(2026, ((Number) value(status, "holiday_year")).intValue());
        assertEquals(2, list(status, "holidays").size());
        assertEquals("2026-11-25", value(status, "holidays.0.date"));
        assertEquals("Wednesday", value(status, "holidays.0.weekday"));
        assertEquals("Prakash Gurpurb Sri Guru Nanak Dev", value(status, "holidays.0.description"));
        assertEquals("TRADING_HOLIDAY", value(status, "holidays.0.type"));
        assertEquals(List.of("NFO", "CDS", "BSE", "BCD", "NSE", "BFO"), list(status, "holidays.0.closed_exchanges"));
        assertEquals(List.of(Map.of("exchange", "MCX", "opens", "17:00", "closes", "23:30")),
                list(status, "holidays.0.open_sessions"));
        assertEquals("Christmas", value(status, "holidays.1.description"));
        assertEquals(List.of(), list(status, "holidays.1.open_sessions"));
        assertTrue(text(status).contains("Holidays: Wed 25 Nov 2026 Prakash Gurpurb Sri Guru Nanak Dev; "
                + "Fri 25 Dec 2026 Christmas."), text(status));
    }

    @Test
    default void mcxIsOpenAndKeepsItsEveningSessionOnAnExchangeHoliday() {
        CallToolResult status = call("get_market_status", Map.of("exchange", "MCX", "date", "2026-11-25",
                "holidays", "none"));
        assertEquals("NORMAL_OPEN", value(status, "status"));
        assertEquals(true, value(status, "open"));
        assertNull(value(status, "next_open"));
        assertEquals("Prakash Gurpurb Sri Guru Nanak Dev", value(status, "day.holiday"));
        assertEquals(true, value(status, "day.open"));
        assertEquals(List.of(Map.of("exchange", "MCX", "opens", "17:00", "closes", "23:30")),
                list(status, "day.sessions"));
    }

    @Test
    default void aDayOfAnotherYearIsLookedUpByDateAndTheWholeListComesWithAll() {
        CallToolResult status = call("get_market_status", Map.of("date", "2024-01-26", "holidays", "all"));
        assertEquals("Republic Day", value(status, "day.holiday"));
        assertEquals(false, value(status, "day.open"));
        assertEquals(List.of(), list(status, "day.sessions"));
        assertEquals(17, list(status, "holidays").size());
        assertEquals("2026-01-26", value(status, "holidays.0.date"));
        assertEquals(List.of("NFO", "CDS", "BSE", "BCD", "MCX", "NSE", "BFO"),
                list(status, "holidays.0.closed_exchanges"));
        CallToolResult weekend = call("get_market_status", Map.of("date", "2026-11-21", "holidays", "none"));
        assertEquals(false, value(weekend, "day.open"));
        assertEquals(List.of(), list(weekend, "day.sessions"));
    }

    @Test
    default void badArgumentsAreAnsweredWithWhatIsAllowed() {
        assertEquals("Invalid arguments for get_market_status: exchange must be one of nse, nfo, cds, bse, bfo, bcd, "
                + "mcx, nscom; got \"NYSE\".", error("get_market_status", Map.of("exchange", "NYSE")));
        assertEquals("Invalid arguments for get_market_status: date must be a date like 2025-04-01 (yyyy-MM-dd); "
                + "got \"20-11-2026\".", error("get_market_status", Map.of("date", "20-11-2026")));
        assertEquals("year must be 2026 or left out: Upstox publishes the holiday list of the current year only; got "
                + "2025. To check a day of another year, pass it as date (yyyy-MM-dd).",
                error("get_market_status", Map.of("year", 2025)));
        assertTrue(error("get_market_status", Map.of("date", "2099-01-01"))
                .startsWith("date must be between 2000-01-01 and "));
    }
}
