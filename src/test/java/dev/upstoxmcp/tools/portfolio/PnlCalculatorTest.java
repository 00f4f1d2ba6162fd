package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.upstox.dto.PnlTrade;
import org.junit.jupiter.api.Test;

class PnlCalculatorTest {

    static PnlTrade row(String scrip, String isin, long quantity, String buyDate, String buy, String sellDate,
                        String sell) {
        BigDecimal buyAverage = new BigDecimal(buy);
        BigDecimal sellAverage = new BigDecimal(sell);
        return new PnlTrade(quantity, isin, scrip, "EQ", buyDate, buyAverage, sellDate, sellAverage,
                buyAverage.multiply(BigDecimal.valueOf(quantity)), sellAverage.multiply(BigDecimal.valueOf(quantity)));
    }

    /** FY 2024-25 of the demo account. */
    static final List<PnlTrade> ROWS = List.of(
            row("WIPRO LTD", "INE075A01022", 100, "06-02-2023", "299.25", "25-04-2024", "364.00"),
            row("AXIS BANK LIMITED", "INE238A01034", 40, "13-05-2024", "1001.75", "25-11-2024", "918.70"),
            row("INFOSYS LIMITED", "INE009A01021", 10, "20-04-2023", "2182.15", "23-01-2025", "1584.65"),
            row("STATE BANK OF INDIA", "INE062A01020", 50, "20-11-2024", "807.45", "20-11-2024", "815.70"),
            row("WIPRO LTD", "INE075A01022", 20, "01-05-2024", "400.00", "25-04-2025", "390.00"));

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theTaxTermFollowsTheHoldingPeriod() {
        LocalDate bought = LocalDate.of(2024, 1, 1);
        assertEquals(PnlTerm.INTRADAY, PnlTerm.of(bought, bought));
        assertEquals(PnlTerm.SHORT_TERM, PnlTerm.of(bought, LocalDate.of(2024, 1, 2)));
        assertEquals(PnlTerm.SHORT_TERM, PnlTerm.of(bought, LocalDate.of(2024, 12, 31)), "365 days, a leap year");
        assertEquals(PnlTerm.LONG_TERM, PnlTerm.of(bought, LocalDate.of(2025, 1, 1)), "366 days");
    }

    /**
     * WIPRO (100) held 444 days: +6,475.00 long-term. AXISBANK held 196 days: -3,322.00 short-term. INFY held 644
     * days: -5,975.00 long-term. SBIN same day: +412.50 intraday. WIPRO (20) held 359 days: -200.00 short-term.
     * Realised -2,609.50 = intraday 412.50 + short-term -3,522.00 + long-term 500.00.
     */
    @Test
    void equityTotalsSplitIntoIntradayShortAndLongTerm() {
        assertEquals(new PnlTotals(5, 4, money("140189.00"), money("137579.50"), money("-2609.50"), money("412.50"),
                money("-3522.00"), money("500.00")), PnlCalculator.totals(ROWS, PnlSegment.EQ));
    }

    @Test
    void scripsAddUpTheirLotsLargestPnlFirst() {
        List<ScripPnl> scrips = PnlCalculator.scrips(ROWS, PnlSegment.EQ, true);
        assertEquals(List.of("WIPRO LTD", "STATE BANK OF INDIA", "AXIS BANK LIMITED", "INFOSYS LIMITED"),
                scrips.stream().map(ScripPnl::scrip).toList());
        ScripPnl wipro = scrips.get(0);
        assertEquals(120, wipro.quantity());
        assertEquals(money("6275.00"), wipro.pnl());
        assertEquals(money("-200.00"), wipro.shortTerm());
        assertEquals(money("6475.00"), wipro.longTerm());
        assertEquals(new PnlLot(100, LocalDate.of(2023, 2, 6), money("299.25"), LocalDate.of(2024, 4, 25),
                money("364.00"), money("29925.00"), money("36400.00"), money("6475.00"), 444, PnlTerm.LONG_TERM),
                wipro.lots().get(0));
        assertEquals(List.of(), PnlCalculator.scrips(ROWS, PnlSegment.EQ, false).get(0).lots());
    }

    @Test
    void otherSegmentsHaveNoTaxTerms() {
        PnlTotals totals = PnlCalculator.totals(ROWS, PnlSegment.FO);
        assertEquals(money("-2609.50"), totals.realised());
        assertNull(totals.shortTerm());
        assertNull(PnlCalculator.scrips(ROWS, PnlSegment.FO, true).get(0).lots().get(0).term());
    }

    @Test
    void missingAmountsComeFromAveragePriceAndQuantity() {
        PnlTrade withoutAmounts = new PnlTrade(3L, "INE002A01018", "RELIANCE", "EQ", "01-04-2025",
                money("1200.10"), "02-04-2025", money("1210.00"), null, null);
        assertEquals(money("29.70"), PnlCalculator.lot(withoutAmounts, PnlSegment.EQ).pnl());
    }

    @Test
    void pagesCoverEveryRowAtTheAnnouncedSize() {
        assertEquals(0, PnlCalculator.pages(0, 5000));
        assertEquals(1, PnlCalculator.pages(1, 5000));
        assertEquals(1, PnlCalculator.pages(5000, 5000));
        assertEquals(2, PnlCalculator.pages(5001, 5000));
        assertEquals(3, PnlCalculator.pages(12_345, 5000));
        assertThrows(IllegalArgumentException.class, () -> PnlCalculator.pages(10, 0));
    }
}
