package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.CandleWindows.Window;
import org.junit.jupiter.api.Test;

/** Long candle ranges split into the windows Upstox serves per request; what Upstox would refuse is refused first. */
class CandleWindowsTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Window w(String from, String to) {
        return new Window(d(from), d(to));
    }

    @Test
    void todaysCandlesComeFromTheIntradayApiForMinutesHoursAndSingleDaysOnly() {
        assertTrue(CandleUnit.MINUTES.servedForToday(3));
        assertTrue(CandleUnit.HOURS.servedForToday(1));
        assertTrue(CandleUnit.DAYS.servedForToday(1));
        assertFalse(CandleUnit.DAYS.servedForToday(2));
        assertFalse(CandleUnit.WEEKS.servedForToday(1));
        assertFalse(CandleUnit.MONTHS.servedForToday(1));
    }

    @Test
    void minuteCandlesOfUpTo15MinutesComeAMonthAtATimeNewestFirst() {
        assertEquals(List.of(w("2026-10-21", "2026-11-20"), w("2026-09-21", "2026-10-20")),
                CandleWindows.of(CandleUnit.MINUTES, 1, d("2026-09-21"), d("2026-11-20"), 24));
        assertEquals(List.of(w("2026-10-21", "2026-11-20"), w("2026-10-01", "2026-10-20")),
                CandleWindows.of(CandleUnit.MINUTES, 15, d("2026-10-01"), d("2026-11-20"), 24),
                "the last window is cut at from");
    }

    @Test
    void longerMinuteCandlesAndHoursComeThreeMonthsAtATime() {
        assertEquals(List.of(w("2026-08-21", "2026-11-20"), w("2026-08-01", "2026-08-20")),
                CandleWindows.of(CandleUnit.MINUTES, 30, d("2026-08-01"), d("2026-11-20"), 24));
        assertEquals(List.of(w("2026-08-21", "2026-11-20")),
                CandleWindows.of(CandleUnit.HOURS, 1, d("2026-08-21"), d("2026-11-20"), 24), "exactly one window");
    }

    @Test
    void daysComeTenYearsAtATimeWeeksAndMonthsInOne() {
        assertEquals(List.of(w("2016-11-21", "2026-11-20"), w("2006-11-21", "2016-11-20"),
                w("2000-01-01", "2006-11-20")),
                CandleWindows.of(CandleUnit.DAYS, 1, d("1995-01-01"), d("2026-11-20"), 24),
                "daily data starts in 2000, so earlier days are not asked for");
        assertEquals(List.of(w("2000-01-01", "2026-11-20")),
                CandleWindows.of(CandleUnit.WEEKS, 1, d("2000-01-01"), d("2026-11-20"), 24));
        assertEquals(List.of(w("2026-11-20", "2026-11-20")),
                CandleWindows.of(CandleUnit.MONTHS, 1, d("2026-11-20"), d("2026-11-20"), 24), "a single day");
    }

    @Test
    void whatUpstoxWouldRejectIsRefusedWithWhatToChange() {
        assertTrue(assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.HOURS, 6,
                d("2026-11-01"), d("2026-11-20"), 24)).getMessage().contains("between 1 and 5 for hours"));
        assertTrue(assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.MINUTES, 301,
                d("2026-11-01"), d("2026-11-20"), 24)).getMessage().contains("between 1 and 300"));
        assertTrue(assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.DAYS, 2,
                d("2026-11-01"), d("2026-11-20"), 24)).getMessage().contains("between 1 and 1 for days"));
        assertTrue(assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.DAYS, 1,
                d("2026-11-20"), d("2026-11-01"), 24)).getMessage().contains("swap them"));
        assertTrue(assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.MINUTES, 5,
                d("2021-01-01"), d("2021-12-31"), 24)).getMessage().contains("only from 2022-01-01"));
    }

    @Test
    void aRangeNeedingTooManyRequestsIsRefusedWithTheCount() {
        ToolCallException tooMany = assertThrows(ToolCallException.class, () -> CandleWindows.of(CandleUnit.MINUTES,
                1, d("2022-01-01"), d("2026-11-20"), 24));
        assertTrue(tooMany.getMessage().startsWith("That range needs 59 requests of 1 minutes candles (Upstox serves "
                + "at most one month per request); the limit is 24."), tooMany.getMessage());
        assertEquals(24, CandleWindows.of(CandleUnit.MINUTES, 1, d("2024-11-21"), d("2026-11-20"), 24).size(),
                "two years of minutes is exactly the limit");
    }
}
