package dev.upstoxmcp.tools.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import org.junit.jupiter.api.Test;

/** Performance of the demo account's holdings at the close of 20 November 2026 (trade history from 2024-04-01). */
class PerformanceServiceTest {

    final PerformanceService service = FixtureBeans.at("2026-11-20T15:45:00+05:30").get(PerformanceService.class);

    PortfolioPerformance performance(String period, String from, String to) {
        return service.performance(period, Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse));
    }

    /** One step for the holdings and trades, one per security's candle history, one for the returns; each once. */
    @Test
    void progressIsMonotonicPerSecurityAndReachesItsTotal() {
        List<int[]> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        service.performance("MAX", Optional.empty(), Optional.empty(),
                (done, total, message) -> steps.add(new int[] {done, total}));
        int total = steps.get(0)[1];
        assertTrue(total >= 3, "holdings, at least one history and the returns");
        assertTrue(steps.stream().allMatch(step -> step[1] == total), "one total throughout");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(),
                steps.stream().map(step -> step[0]).sorted().toList());
        assertEquals(total, steps.get(steps.size() - 1)[0]);
    }

    /**
     * No delivery trade since 2025-11-03, so over 1Y (closes of 2025-11-20 to last prices of 2026-11-20, 365 days)
     * money- and time-weighted returns are both 8,70,450.75 / 8,32,618.55 − 1 = 4.544 %; the end value is
     * get_holdings' current value.
     */
    @Test
    void withoutFlowsOverAYearXirrAndTwrAreTheSimpleReturn() {
        PortfolioPerformance year = performance("1Y", null, null);
        assertEquals(LocalDate.parse("2025-11-21"), year.from());
        assertEquals(LocalDate.parse("2025-11-20"), year.valuedFrom());
        assertEquals(new BigDecimal("832618.55"), year.startValue());
        assertEquals(new BigDecimal("870450.75"), year.endValue());
        assertEquals(0, year.trades());
        assertEquals(new BigDecimal("4.54"), year.xirrPercent());
        assertEquals(new BigDecimal("4.54"), year.twrPercent());
        assertEquals(new BigDecimal("4.54"), year.twrAnnualisedPercent());
        assertEquals(new BigDecimal("37832.20"), year.gain());
        assertEquals(13, year.monthly().size(), "21-30 November 2025, then December to November");
        assertEquals(List.of("TATASTEEL", "ADANIPORTS", "TATAMOTORS"), year.excluded());
    }

    /**
     * June-August 2025: buys of NIFTYBEES (3 × 10), sales of HDFCBANK 15,086.00, TITAN 34,651.50 and ASIANPAINT
     * 28,453.20 = 78,190.70; gain = 8,34,630.15 − 8,33,923.55 − 8,014.50 + 78,190.70 = 70,882.80. The months chain
     * to the period's TWR: 1.0419 × 1.0240 × 1.0178 − 1 = 8.60 %.
     */
    @Test
    void aCustomRangeCountsItsTradesAsFlows() {
        PortfolioPerformance summer = performance("1Y", "2025-06-01", "2025-08-31");
        assertEquals("custom", summer.period());
        assertEquals(6, summer.trades());
        assertEquals(new BigDecimal("8014.50"), summer.bought());
        assertEquals(new BigDecimal("78190.70"), summer.sold());
        assertEquals(new BigDecimal("70882.80"), summer.gain());
        assertEquals(new BigDecimal("8.60"), summer.twrPercent());
        assertNull(summer.twrAnnualisedPercent(), "shorter than a year");
        assertEquals(List.of("2025-06", "2025-07", "2025-08"), summer.monthly().stream().map(MonthlyReturn::month)
                .toList());
        double chained = summer.monthly().stream().mapToDouble(month -> 1 + month.twrPercent().doubleValue() / 100)
                .reduce(1, (a, b) -> a * b) - 1;
        assertEquals(0.0860, chained, 0.0002);
        assertEquals(new BigDecimal("-12503.00"), summer.monthly().get(0).netFlows(), "2,583 bought − 15,086 sold");
    }

    @Test
    void sinceTheHistoryStartsIncludesEveryDeliveryTrade() {
        PortfolioPerformance all = performance("MAX", null, null);
        assertEquals(LocalDate.parse("2024-04-01"), all.from());
        assertEquals(33, all.trades());
        assertEquals(new BigDecimal("870450.75"), all.endValue());
        assertTrue(all.twrAnnualisedPercent() != null);
        assertTrue(all.method().contains("Brent"));
    }

    @Test
    void badPeriodsAreExplained() {
        assertEquals("from (2026-05-01) is after to (2026-04-01); swap them.", assertThrows(ToolCallException.class,
                () -> performance(null, "2026-05-01", "2026-04-01")).getMessage());
        assertTrue(assertThrows(ToolCallException.class, () -> performance(null, "2023-06-01", null)).getMessage()
                .startsWith("The period would start on 2023-06-01, before 2024-04-01: Upstox keeps trade history"));
        assertTrue(assertThrows(ToolCallException.class, () -> performance("5Y", null, null)).getMessage()
                .startsWith("period must be 1M, 3M, 6M, 1Y, FY"));
    }
}
