package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import dev.upstoxmcp.upstox.dto.Holding;
import org.junit.jupiter.api.Test;

/** Values checked by hand: 10 × 100 bought at 90 (close 98) and 5 × 400 bought at 420 (close 410). */
class HoldingsCalculatorTest {

    static Holding holding(String symbol, long quantity, String average, String close, String last) {
        return new Holding("INE000000000", symbol + " LTD", symbol, symbol, "NSE", "NSE_EQ|INE000000000", "D",
                quantity, 0L, new BigDecimal(average), new BigDecimal(last), new BigDecimal(close), null,
                BigDecimal.ZERO, BigDecimal.ZERO, 0L, "WC", 0L, new BigDecimal("0.2"));
    }

    static final List<Holding> HOLDINGS = List.of(
            holding("AAA", 10, "90", "98", "100"),
            holding("BBB", 5, "420", "410", "400"));

    @Test
    void totalsSumValueCostAndDayChange() {
        // invested 900 + 2100 = 3000; value 1000 + 2000 = 3000; day change 10*2 + 5*(-10) = -30 on 3030
        assertEquals(new HoldingsTotals(2, new BigDecimal("3000.00"), new BigDecimal("3000.00"),
                new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("-30.00"), new BigDecimal("-0.99")),
                HoldingsCalculator.totals(HOLDINGS));
    }

    @Test
    void rowsAreSortedByValueWithWeightsAndPercentages() {
        List<HoldingRow> rows = HoldingsCalculator.rows(HOLDINGS, ListView.COMPACT);
        assertEquals(List.of("BBB", "AAA"), rows.stream().map(HoldingRow::symbol).toList());
        HoldingRow bbb = rows.get(0);
        assertEquals(new BigDecimal("-100.00"), bbb.pnl());
        assertEquals(new BigDecimal("-4.76"), bbb.pnlPercent());
        assertEquals(new BigDecimal("-2.44"), bbb.dayChangePercent());
        assertEquals(new BigDecimal("66.67"), bbb.weightPercent());
        assertNull(bbb.isin(), "compact rows leave out the detail");
    }

    @Test
    void fullRowsCarryTheDetail() {
        HoldingRow aaa = HoldingsCalculator.rows(HOLDINGS, ListView.FULL).get(1);
        assertEquals("NSE_EQ|INE000000000", aaa.instrumentKey());
        assertEquals(new BigDecimal("900.00"), aaa.invested());
        assertEquals(new BigDecimal("20.00"), aaa.dayChange());
    }

    @Test
    void anEmptyPortfolioHasZeroTotalsAndNoPercentages() {
        HoldingsTotals totals = HoldingsCalculator.totals(List.of());
        assertEquals(0, totals.holdings());
        assertNull(totals.pnlPercent());
        assertNull(totals.dayChangePercent());
    }

    @Test
    void missingPricesCountAsZeroRatherThanFailing() {
        Holding noPrices = new Holding(null, null, "X", null, "NSE", null, "D", 3L, null, null, null, null, null,
                null, null, null, null, null, null);
        assertEquals(new BigDecimal("0.00"), HoldingsCalculator.totals(List.of(noPrices)).currentValue());
    }
}
