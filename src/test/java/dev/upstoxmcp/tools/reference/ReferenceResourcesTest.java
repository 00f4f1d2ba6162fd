package dev.upstoxmcp.tools.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.market.HolidayCalendar;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import org.junit.jupiter.api.Test;

/** The reference resources over the sandbox fixtures, today being Friday 20 November 2026. */
class ReferenceResourcesTest {

    final ReferenceResources resources = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(InstrumentCatalog.class, FixtureInstruments.catalog())
            .get(ReferenceResources.class);

    @Test
    void instrumentSummaryCountsEveryInstrumentOnceAndListsTheIndices() {
        InstrumentSummary summary = resources.instrumentSummary();
        int all = summary.instruments();
        assertTrue(all > 0);
        assertEquals(all, summary.byExchange().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(all, summary.bySegment().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(all, summary.byInstrumentType().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(summary.bySegment().getOrDefault("NSE_INDEX", 0L) + summary.bySegment().getOrDefault(
                "BSE_INDEX", 0L), summary.indices().size());
        assertTrue(summary.indices().stream().anyMatch(index -> index.name().equals("Nifty 50")
                && index.instrumentKey().equals("NSE_INDEX|Nifty 50")), () -> summary.indices().toString());
    }

    @Test
    void holidaysAreThisYearsListAndAnotherYearIsRefused() {
        HolidayCalendar calendar = resources.holidays();
        assertEquals(2026, calendar.year());
        assertTrue(!calendar.holidays().isEmpty());
        assertTrue(calendar.holidays().stream().allMatch(row -> row.date().getYear() == 2026));
        assertEquals(calendar.holidays(), resources.holidaysOf("2026").holidays());
        ToolCallException other = assertThrows(ToolCallException.class, () -> resources.holidaysOf("2025"));
        assertTrue(other.getMessage().startsWith("year must be 2026 or left out"), other.getMessage());
        ToolCallException notAYear = assertThrows(ToolCallException.class, () -> resources.holidaysOf("abc"));
        assertEquals("year must be four digits, e.g. 2026; got abc", notAYear.getMessage());
    }

    @Test
    void theYearCompletesToTheOnlyListedYear() {
        assertEquals(List.of("2026"), resources.holidayYears(""));
        assertEquals(List.of("2026"), resources.holidayYears("20"));
        assertEquals(List.of(), resources.holidayYears("2025"));
    }

    @Test
    void glossaryExplainsTheTermsOurAnswersUse() {
        String glossary = resources.glossary();
        for (String term : List.of("XIRR", "TWR", "Beta", "R²", "Tracking error", "HHI", "Effective number of "
                + "holdings", "STCG / LTCG", "T1 holdings", "MTF", "CAGR", "Max drawdown")) {
            assertTrue(glossary.contains("**" + term), term);
        }
    }
}
