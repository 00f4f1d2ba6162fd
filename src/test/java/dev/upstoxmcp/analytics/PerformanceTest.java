package dev.upstoxmcp.analytics;

import static dev.upstoxmcp.analytics.SeriesAlignmentTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PerformanceTest {

    static final DatedSeries PRICES = series("2023-01-02=100", "2023-06-01=120", "2024-01-02=90", "2024-06-03=108",
            "2025-01-02=130");

    @Test
    void totalReturnAndCagr() {
        // 130 / 100 - 1 = 30%; 2 Jan 2023 to 2 Jan 2025 is 731 days = 2.001369 years; 1.3^(1/2.001369) - 1
        assertEquals(0.30, Performance.totalReturn(PRICES), 1e-12);
        assertEquals(731 / 365.25, Performance.years(PRICES), 1e-12);
        assertEquals(0.1400731241871962, Performance.cagr(PRICES), 1e-12);
    }

    @Test
    void maxDrawdownFromThePeakBeforeTheTrough() {
        // peak 120 on 1 Jun 2023, trough 90 on 2 Jan 2024: 90 / 120 - 1 = -25%
        assertEquals(new Performance.Drawdown(-0.25, LocalDate.parse("2023-06-01"), LocalDate.parse("2024-01-02")),
                Performance.maxDrawdown(PRICES));
        DatedSeries rising = series("2023-01-02=1", "2023-01-03=2");
        assertEquals(0, Performance.maxDrawdown(rising).fraction());
    }

    @Test
    void volatilityAndTrackingErrorAnnualiseTheSampleDeviation() {
        // returns +1%, -1%: mean 0, sample variance (0.0001 + 0.0001) / 1 = 0.0002; sqrt(0.0002 * 252) = 0.224499
        assertEquals(0.22449944320643647, Performance.annualisedVolatility(new double[] {0.01, -0.01}, 252), 1e-12);
        // differences of 2% vs 1% and 0% vs 1% are again +1%, -1%
        AlignedSeries returns = new AlignedSeries(List.of(LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-01-06")), new double[] {0.02, 0.0}, new double[] {0.01, 0.01});
        assertEquals(0.22449944320643647, Performance.trackingError(returns, 252), 1e-12);
        // weekly: sqrt(0.0002 * 52) = 0.101980
        assertEquals(Math.sqrt(0.0104), Performance.annualisedVolatility(new double[] {0.01, -0.01}, 52), 1e-12);
    }

    @Test
    void growthCurveRebasedTo100() {
        // 50, 60, 45 → 100, 120, 90
        DatedSeries rebased = Performance.rebased(series("2026-01-05=50", "2026-01-06=60", "2026-01-07=45"), 100);
        assertArrayEquals(new double[] {100, 120, 90}, rebased.values(), 1e-12);
    }
}
