package dev.upstoxmcp.tools.funds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.upstox.dto.MutualFundHolding;
import dev.upstoxmcp.upstox.dto.MutualFundSip;
import org.junit.jupiter.api.Test;

class MutualFundCalculatorTest {

    // A: 100 units bought at 50, now 60. B: 10.5 units bought at 200, now 180; pledged_quantity left out.
    static final MutualFundHolding A = new MutualFundHolding("INF000A01011", "111", "ALPHA FUND - DIRECT - GROWTH",
            new BigDecimal("999.99"), new BigDecimal("100.000"), new BigDecimal("50.0000"), new BigDecimal("60.0000"),
            "2026-11-20", BigDecimal.ZERO);
    static final MutualFundHolding B = new MutualFundHolding("INF000B01012", "222", "BETA FUND - DIRECT - GROWTH",
            new BigDecimal("-210.00"), new BigDecimal("10.500"), new BigDecimal("200.0000"),
            new BigDecimal("180.0000"), "2026-11-20", null);

    static MutualFundSip sip(String id, String status, String frequency, String amount, String next, int completed) {
        return new MutualFundSip("INF000A01011", "Fund " + id, "Growth", status, "2023-01-30 00:00:00.0", frequency,
                999, id, "BUY", next, new BigDecimal(amount), "2026-11-05 00:00:00.0", 0, 5, new BigDecimal("0.0"),
                "Auto", completed);
    }

    @Test
    void rowsAreValuedFromUnitsAndNavsLargestFirst() {
        List<MutualFundHoldingRow> rows = MutualFundCalculator.rows(List.of(B, A));
        MutualFundHoldingRow alpha = rows.get(0);
        assertEquals("ALPHA FUND - DIRECT - GROWTH", alpha.fund());
        assertEquals(new BigDecimal("5000.00"), alpha.invested());          // 100 × 50
        assertEquals(new BigDecimal("6000.00"), alpha.currentValue());      // 100 × 60
        assertEquals(new BigDecimal("1000.00"), alpha.pnl());
        assertEquals(new BigDecimal("20.00"), alpha.pnlPercent());          // 1000 / 5000
        assertEquals(new BigDecimal("76.05"), alpha.weightPercent());       // 6000 / 7890
        assertEquals(LocalDate.of(2026, 11, 20), alpha.navDate());
        MutualFundHoldingRow beta = rows.get(1);
        assertEquals(new BigDecimal("2100.00"), beta.invested());           // 10.5 × 200
        assertEquals(new BigDecimal("1890.00"), beta.currentValue());       // 10.5 × 180
        assertEquals(new BigDecimal("-210.00"), beta.pnl());
        assertEquals(new BigDecimal("-10.00"), beta.pnlPercent());
        assertEquals(new BigDecimal("23.95"), beta.weightPercent());        // 1890 / 7890
        assertNull(beta.pledgedUnits());
    }

    @Test
    void totalsCoverEveryScheme() {
        assertEquals(new MutualFundTotals(2, new BigDecimal("7100.00"), new BigDecimal("7890.00"),
                new BigDecimal("790.00"), new BigDecimal("11.13")),                 // 790 / 7100 = 11.127
                MutualFundCalculator.totals(List.of(A, B)));
        assertEquals(new MutualFundTotals(0, new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                null), MutualFundCalculator.totals(List.of()));
    }

    @Test
    void sipsCountWhatTheyDrawAMonthAndWhatTheyHaveInvested() {
        List<SipRow> rows = MutualFundCalculator.sipRows(List.of(
                sip("3", "PAUSED", "MONTHLY", "3000.0", "2027-01-15 00:00:00.0", 30),
                sip("2", "ACTIVE", "WEEKLY", "1000.0", "2026-11-27 00:00:00.0", 4),
                sip("1", "ACTIVE", "MONTHLY", "10000.0", "2026-12-05 00:00:00.0", 46)));
        assertEquals(List.of("2", "1", "3"), rows.stream().map(SipRow::sipId).toList(),
                "active first, soonest instalment first");
        assertEquals(new BigDecimal("460000.00"), rows.get(1).investedSoFar());    // 46 × 10,000
        assertEquals(LocalDate.of(2026, 12, 5), rows.get(1).nextInstalment());
        assertEquals(LocalDate.of(2023, 1, 30), rows.get(1).registered());
        assertNull(rows.get(1).instalments(), "999 instalments means until cancelled");
        // active only: 10,000 + 1,000 × 52 / 12 = 14,333.33; invested: 460,000 + 4,000 + 90,000
        assertEquals(new SipTotals(3, 2, 1, new BigDecimal("14333.33"), new BigDecimal("554000.00")),
                MutualFundCalculator.sipTotals(rows));
    }

    @Test
    void upstoxDatesAreReadWithOrWithoutTheirTime() {
        assertEquals(LocalDate.of(2025, 3, 11), MutualFundCalculator.date("2025-03-11 00:00:00.0"));
        assertEquals(LocalDate.of(2026, 3, 6), MutualFundCalculator.date("2026-03-06"));
        assertNull(MutualFundCalculator.date(""));
        assertNull(MutualFundCalculator.date("not a date at all"));
        assertEquals(BigDecimal.ZERO, MutualFundCalculator.perMonth("EVERY_FULL_MOON"));
    }
}
