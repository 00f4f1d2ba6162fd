package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.upstox.dto.CorporateAction;
import dev.upstoxmcp.upstox.dto.CorporateAction.EventDetail;
import org.junit.jupiter.api.Test;

class CorporateActionMappingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static CorporateAction dividend(String exDate, String amount, String type) {
        return new CorporateAction("Dividend", exDate, new BigDecimal(amount), null, List.of(
                new EventDetail("Announcement date", "09 Oct 2026"), new EventDetail("Record date", exDate),
                new EventDetail("Dividend type", type),
                new EventDetail("Details", "Rs." + amount + " per share " + type + " Dividend")));
    }

    static CorporateAction meeting(String name, String date, String purpose) {
        return new CorporateAction(name, date, null, null, List.of(new EventDetail("Meeting date", date),
                new EventDetail("Purpose", purpose)));
    }

    static final List<CorporateAction> TCS = List.of(
            meeting("Board Meeting", "08 Jan 2027", "Quarterly Results & Interim Dividend"),
            dividend("15 Oct 2026", "11.0", "Interim"), dividend("16 Jul 2026", "11.0", "Interim"),
            meeting("AGM", "19 Jun 2026", "Annual General Meeting"), dividend("04 Jun 2026", "31.0", "Final"),
            dividend("04 Jun 2025", "30.0", "Final"),
            new CorporateAction("Bonus", "07 Sep 2017", null, "1:1", List.of()));

    @Test
    void rowsAreTypedNewestFirstAndFlagWhatIsToCome() {
        List<CorporateActionRow> rows = CorporateActionMapping.rows(TCS, CorporateActionType.ALL, TODAY);
        assertEquals(7, rows.size());
        CorporateActionRow meeting = rows.get(0);
        assertEquals(LocalDate.of(2027, 1, 8), meeting.date());
        assertTrue(meeting.upcoming());
        assertEquals("Quarterly Results & Interim Dividend", meeting.kind());
        CorporateActionRow interim = rows.get(1);
        assertEquals(new CorporateActionRow("Dividend", LocalDate.of(2026, 10, 15), false, new BigDecimal("11.0"),
                null, "Interim", LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 9),
                "Rs.11.0 per share Interim Dividend"), interim);
        assertEquals("1:1", rows.get(6).ratio());
        assertNull(rows.get(6).kind());
    }

    @Test
    void typeFiltersByUpstoxsName() {
        assertEquals(4, CorporateActionMapping.rows(TCS, CorporateActionType.DIVIDEND, TODAY).size());
        assertEquals(1, CorporateActionMapping.rows(TCS, CorporateActionType.BOARD_MEETING, TODAY).size());
        assertEquals(CorporateActionType.BOARD_MEETING, CorporateActionMapping.typeOf("Board Meeting"));
        assertEquals(CorporateActionType.AGM, CorporateActionMapping.typeOf("AGM"));
        assertEquals(CorporateActionType.ALL, CorporateActionMapping.typeOf("Scheme of Arrangement"));
    }

    @Test
    void dividendsOfTheLast365DaysAreSummedPerShare() {
        List<CorporateActionRow> rows = CorporateActionMapping.rows(TCS, CorporateActionType.ALL, TODAY);
        // 11 (Oct 2026) + 11 (Jul 2026) + 31 (Jun 2026); Jun 2025 is more than 365 days before 20 Nov 2026
        assertEquals(new BigDecimal("53.00"), CorporateActionMapping.dividendsLast12Months(rows, TODAY));
        assertEquals(LocalDate.of(2027, 1, 8), CorporateActionMapping.next(rows).orElseThrow().date());
        assertFalse(CorporateActionMapping.next(CorporateActionMapping.rows(TCS, CorporateActionType.DIVIDEND,
                TODAY)).isPresent());
    }

    @Test
    void displayDatesAreReadAndJunkIsNot() {
        assertEquals(LocalDate.of(2025, 8, 14), CorporateActionMapping.date("14 Aug 2025"));
        assertEquals(LocalDate.of(2025, 8, 4), CorporateActionMapping.date("4 Aug 2025"));
        assertNull(CorporateActionMapping.date("2025-08-14"));
        assertNull(CorporateActionMapping.date(null));
    }
}
