package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.FixtureBeans;
import org.junit.jupiter.api.Test;

/** The breakdown and open lots of the demo account at the close of 20 November 2026 (trade history from 2024-04-01). */
class PortfolioBreakdownTest {

    final FixtureBeans beans = FixtureBeans.at("2026-11-20T15:45:00+05:30");

    PortfolioBreakdown breakdown(BreakdownSort sortBy, SortOrder order, ListView view) {
        return beans.get(PortfolioService.class).breakdown(sortBy, order, view, new PageRequest(50, 0));
    }

    @Test
    void totalsAreGetHoldingsTotals() {
        HoldingsTotals holdings = beans.get(PortfolioService.class).holdings(ListView.SUMMARY, new PageRequest(50, 0))
                .totals();
        PortfolioBreakdown breakdown = breakdown(BreakdownSort.VALUE, SortOrder.DESC, ListView.COMPACT);
        assertEquals(holdings, breakdown.totals());
        assertEquals(new BigDecimal("870450.75"), breakdown.totals().currentValue());
        assertEquals(holdings.currentValue(), breakdown.holdings().stream().map(BreakdownRow::currentValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Contributions (pnl_i / ₹6,59,398.76) sum to the portfolio's +32.01 % within their rounding (14 × 0.005). */
    @Test
    void contributionsSumToThePortfoliosPnlPercent() {
        PortfolioBreakdown breakdown = breakdown(BreakdownSort.CONTRIBUTION, SortOrder.DESC, ListView.COMPACT);
        BigDecimal sum = breakdown.holdings().stream().map(BreakdownRow::contributionPercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(32.01, sum.doubleValue(), 0.07);
        // SGBFEB32IV: 63,870.00 / 6,59,398.76 × 100 = 9.686 → 9.69 pp; INFY −15,621.90 → −2.37 pp
        assertEquals("SGBFEB32IV", breakdown.holdings().get(0).symbol());
        assertEquals(new BigDecimal("9.69"), breakdown.holdings().get(0).contributionPercent());
        assertEquals("INFY", breakdown.holdings().get(13).symbol());
        assertEquals(new BigDecimal("-2.37"), breakdown.holdings().get(13).contributionPercent());
    }

    /**
     * HDFCBANK: held 60, the history shows buy 30 (2024-08-05) and sell 10 (2025-06-16), so 40 were held before
     * 2024-04-01; FIFO sells 10 of those. Open: 30 opening shares at the residual 70,086.60 − 37,770.00 = 32,316.60
     * and the 30 bought at 1,259.
     */
    @Test
    void lotsAreFifoWithAnOpeningLotAtTheResidualCost() {
        BreakdownRow hdfc = breakdown(BreakdownSort.SYMBOL, SortOrder.ASC, ListView.FULL).holdings().stream()
                .filter(row -> row.symbol().equals("HDFCBANK")).findFirst().orElseThrow();
        assertEquals(List.of(new OpenLot(java.time.LocalDate.parse("2024-04-01"), 30, new BigDecimal("32316.60"),
                        true), new OpenLot(java.time.LocalDate.parse("2024-08-05"), 30, new BigDecimal("37770.00"),
                        false)), hdfc.lots());
        assertEquals(null, hdfc.holdingDays());
        assertEquals("since before 2024-04-01 (over 963 days)", hdfc.holdingPeriod());
        assertEquals(HoldingTerm.LONG_TERM, hdfc.term());
    }

    /** HINDUNILVR is the only holding bought wholly inside the history: 15 on 2024-10-07, 774 days ago. */
    @Test
    void holdingPeriodSortsOpeningLotsAsTheLongestHeld() {
        List<BreakdownRow> rows = breakdown(BreakdownSort.HOLDING_PERIOD, SortOrder.ASC, ListView.COMPACT).holdings();
        assertEquals("HINDUNILVR", rows.get(0).symbol());
        assertEquals(774L, rows.get(0).holdingDays());
        assertEquals(java.time.LocalDate.parse("2024-10-07"), rows.get(0).firstBuyDate());
        assertEquals(List.of(), rows.get(0).lots(), "compact rows leave out the lots");
        BreakdownRow gold = rows.stream().filter(row -> row.symbol().equals("SGBFEB32IV")).findFirst().orElseThrow();
        assertEquals(null, gold.term(), "gold bonds are not taxed as equity");
    }

    @Test
    void sortsByEachColumnInEitherOrder() {
        List<BreakdownRow> byPnl = breakdown(BreakdownSort.PNL, SortOrder.ASC, ListView.COMPACT).holdings();
        assertEquals("INFY", byPnl.get(0).symbol());
        List<BreakdownRow> bySymbol = breakdown(BreakdownSort.SYMBOL, SortOrder.ASC, ListView.COMPACT).holdings();
        assertEquals("BHARTIARTL", bySymbol.get(0).symbol());
        List<BreakdownRow> byDay = breakdown(BreakdownSort.DAY_CHANGE, SortOrder.DESC, ListView.COMPACT).holdings();
        assertEquals("HDFCBANK", byDay.get(0).symbol(), "+753.00 today");
        assertTrue(breakdown(BreakdownSort.VALUE, SortOrder.DESC, ListView.SUMMARY).holdings().isEmpty());
    }

    /** Margin (TATASTEEL, ADANIPORTS) and the open intraday TATAMOTORS buy are not delivery holdings. */
    @Test
    void tradesThatDoNotReconcileWithTheHoldingsAreSetAside() {
        LotBook book = beans.get(OpenLotsService.class).book();
        assertEquals(List.of("TATASTEEL", "ADANIPORTS", "TATAMOTORS"), book.unexplained());
        assertTrue(book.trades().stream().noneMatch(trade -> trade.symbol().equals("SBIN")),
                "the SBIN same-day round trip is intraday");
        assertEquals(33, book.trades().size());
    }
}
