package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.api.Test;

class PnlSpanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static PnlSpan span(String year, String from, String to) {
        return PnlSpan.of(Optional.ofNullable(year), Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse), TODAY);
    }

    @Test
    void aRangeAcrossYearsIsEachYearsPartOfIt() {
        PnlSpan span = span(null, "2024-11-01", "2026-06-30");
        assertEquals(List.of("01-11-2024|31-03-2025", "01-04-2025|31-03-2026", "01-04-2026|30-06-2026"),
                span.parts().stream().map(part -> part.upstoxFrom() + "|" + part.upstoxTo()).toList());
        assertEquals("2024-25 to 2026-27", span.label());
        assertEquals(LocalDate.of(2024, 11, 1), span.from());
        assertTrue(span.custom());
    }

    @Test
    void oneYearStaysOnePart() {
        PnlSpan year = span("2025-26", null, null);
        assertEquals(1, year.parts().size());
        assertEquals("2025-26", year.label());
        assertEquals(1, span(null, "2025-05-01", "2025-06-30").parts().size());
    }

    @Test
    void aRangeAcrossYearsIsCheckedLikeOneYear() {
        assertEquals("from (2026-06-01) is after to (2025-06-01); swap them.", assertThrows(ToolCallException.class,
                () -> span(null, "2026-06-01", "2025-06-01")).getMessage());
        assertEquals("to (2026-12-01) is in the future; the latest allowed is today, 2026-11-20.", assertThrows(
                ToolCallException.class, () -> span(null, "2025-06-01", "2026-12-01")).getMessage());
        assertEquals("from 2020-06-01 to 2026-06-01 spans 7 financial years; one report covers at most 5. Ask for a "
                + "shorter range, or year by year.", assertThrows(ToolCallException.class,
                () -> span(null, "2020-06-01", "2026-06-01")).getMessage());
    }
}
