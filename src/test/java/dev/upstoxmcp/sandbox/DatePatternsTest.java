package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DatePatternsTest {

    @Test
    void aRangeMatchesItsDaysAndNoOthers() {
        Pattern pattern = Pattern.compile(DatePatterns.DAY_MONTH_YEAR.between(LocalDate.of(2025, 1, 30),
                LocalDate.of(2025, 3, 2)));
        for (String inside : new String[] {"30-01-2025", "31-01-2025", "01-02-2025", "28-02-2025", "02-03-2025"}) {
            assertTrue(pattern.matcher(inside).matches(), inside);
        }
        for (String outside : new String[] {"29-01-2025", "03-03-2025", "30-01-2024", "2025-01-30"}) {
            assertFalse(pattern.matcher(outside).matches(), outside);
        }
    }

    @Test
    void wholeMonthsAreOnePatternEach() {
        assertEquals("(?:2026-11-(?:29|30)|2026-12-\\d{2})",
                DatePatterns.ISO.between(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 12, 31)));
        assertEquals("19-11-2026", DatePatterns.DAY_MONTH_YEAR.between(LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 19)));
    }

    @Test
    void anEmptyRangeMatchesNothing() {
        Pattern pattern = Pattern.compile(DatePatterns.ISO.between(LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1)));
        assertFalse(pattern.matcher("2026-01-01").matches());
        assertFalse(pattern.matcher("").matches());
    }
}
