package dev.upstoxmcp.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.orders.TradeHistoryWindows.Window;
import org.junit.jupiter.api.Test;

class TradeHistoryWindowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void upstoxKeepsTheCurrentAndTwoPreviousFinancialYears() {
        assertEquals(day("2024-04-01"), TradeHistoryWindows.earliest(TODAY));
        assertEquals(day("2023-04-01"), TradeHistoryWindows.earliest(day("2026-03-31")));
        assertEquals(day("2025-04-01"), TradeHistoryWindows.earliest(day("2027-04-01")));
    }

    @Test
    void aRangeIsFetchedAsTheWholeFinancialYearsItTouchesTheLastEndingToday() {
        assertEquals(List.of(new Window(day("2024-04-01"), day("2025-03-31")),
                        new Window(day("2025-04-01"), day("2026-03-31")),
                        new Window(day("2026-04-01"), TODAY)),
                TradeHistoryWindows.of(day("2024-04-01"), TODAY, TODAY));
        assertEquals(List.of(new Window(day("2024-04-01"), day("2025-03-31")),
                        new Window(day("2025-04-01"), day("2026-03-31"))),
                TradeHistoryWindows.of(day("2025-01-01"), day("2025-06-30"), TODAY));
        assertEquals(List.of(new Window(day("2026-04-01"), TODAY)),
                TradeHistoryWindows.of(day("2026-11-20"), day("2026-11-20"), TODAY));
    }

    @Test
    void datesUpstoxWouldRejectAreExplained() {
        assertEquals("from (2024-03-31) is before 2024-04-01: Upstox keeps trade history for the current and the two "
                + "previous financial years only (from 2024-04-01 while today is in FY 2026-27). For realised P&L of "
                + "earlier years use get_pnl_report.", assertThrows(ToolCallException.class,
                () -> TradeHistoryWindows.of(day("2024-03-31"), TODAY, TODAY)).getMessage());
        assertEquals("from (2026-05-01) is after to (2026-04-01); swap them.", assertThrows(ToolCallException.class,
                () -> TradeHistoryWindows.of(day("2026-05-01"), day("2026-04-01"), TODAY)).getMessage());
        assertEquals("to (2026-11-25) is in the future; the latest allowed is today, 2026-11-24.",
                assertThrows(ToolCallException.class,
                        () -> TradeHistoryWindows.of(day("2026-11-01"), day("2026-11-25"), TODAY)).getMessage());
    }
}
