package dev.upstoxmcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-26", "2025-2026", " 2025 - 26 ", "2025/26", "FY26", "fy 26", "FY2026",
        "FY2025-26", "FY 2025-26", "FY25-26", "2526"})
    void everyUsualSpellingNamesApril2025ToMarch2026(String text) {
        FinancialYear year = FinancialYear.parse(text, "financial_year");
        assertEquals(2025, year.startYear());
        assertEquals(LocalDate.of(2025, 4, 1), year.start());
        assertEquals(LocalDate.of(2026, 3, 31), year.end());
        assertEquals("2526", year.upstoxCode());
        assertEquals("2025-26", year.label());
        assertEquals("FY 2025-26", year.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-27", "2526x", "FY", "last year", "", "1999-00", "2024-2026"})
    void otherTextIsRejectedNamingTheArgumentAndTheForms(String text) {
        ToolCallException error = assertThrows(ToolCallException.class,
                () -> FinancialYear.parse(text, "financial_year"));
        assertEquals("financial_year must name an Indian financial year (April to March) like 2025-26, FY26 or 2526; "
                + "got \"" + text + "\".", error.getMessage());
    }

    @Test
    void aYearRunsFromAprilToMarch() {
        assertEquals(2025, FinancialYear.of(LocalDate.of(2026, 3, 31)).startYear());
        assertEquals(2026, FinancialYear.of(LocalDate.of(2026, 4, 1)).startYear());
        assertEquals(2026, FinancialYear.of(LocalDate.of(2026, 11, 20)).startYear());
        assertEquals("2627", FinancialYear.of(LocalDate.of(2026, 11, 20)).upstoxCode());
        assertEquals("0001", new FinancialYear(2000).upstoxCode());
        assertEquals("9900", new FinancialYear(2099).upstoxCode());
    }
}
