package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FinancialYear;
import org.junit.jupiter.api.Test;

class PnlPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static PnlPeriod period(String year, String from, String to) {
        return PnlPeriod.of(Optional.ofNullable(year), Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse), TODAY);
    }

    static String error(String year, String from, String to) {
        return assertThrows(ToolCallException.class, () -> period(year, from, to)).getMessage();
    }

    @Test
    void withoutArgumentsTheCurrentYearUpToTodayIsAskedWithoutDates() {
        PnlPeriod current = period(null, null, null);
        assertEquals(new PnlPeriod(new FinancialYear(2026), LocalDate.of(2026, 4, 1), TODAY, false), current);
        assertNull(current.upstoxFrom());
        assertNull(current.upstoxTo());
    }

    @Test
    void aPastYearIsWhole() {
        assertEquals(new PnlPeriod(new FinancialYear(2024), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31),
                false), period("FY25", null, null));
    }

    @Test
    void aRangeGoesOnTheWireAsDayMonthYearInTheYearOfFrom() {
        PnlPeriod range = period(null, "2025-06-01", "2025-08-31");
        assertTrue(range.custom());
        assertEquals("2526", range.year().upstoxCode());
        assertEquals("01-06-2025", range.upstoxFrom());
        assertEquals("31-08-2025", range.upstoxTo());
    }

    @Test
    void aMissingEndOfARangeIsTheYearsEdge() {
        assertEquals("01-04-2025", period("2025-26", null, "2025-08-31").upstoxFrom());
        assertEquals("31-03-2026", period(null, "2025-06-01", null).upstoxTo());
        assertEquals("24-11-2026", period(null, "2026-06-01", null).upstoxTo(), "the current year ends today");
        assertFalse(period("2025-26", null, null).custom());
    }

    @Test
    void whatUpstoxWouldRejectIsExplainedFirst() {
        assertEquals("from (2025-03-01) is outside FY 2025-26 (2025-04-01 to 2026-03-31). Leave financial_year out "
                + "to report a from/to range across years.", error("2025-26", "2025-03-01", "2025-06-30"));
        assertEquals("to (2026-04-02) is outside FY 2025-26 (2025-04-01 to 2026-03-31). Leave financial_year out to "
                + "report a from/to range across years.", error("2025-26", "2025-06-01", "2026-04-02"));
        assertEquals("from (2025-09-01) is after to (2025-08-01); swap them.", error(null, "2025-09-01", "2025-08-01"));
        assertEquals("to (2026-12-01) is in the future; the latest allowed is today, 2026-11-24.",
                error(null, "2026-11-01", "2026-12-01"));
        assertEquals("financial_year 2027-28 has not begun; the current one is 2026-27.", error("FY28", null, null));
        assertTrue(error("2025", null, null).startsWith("financial_year must name an Indian financial year"));
    }
}
