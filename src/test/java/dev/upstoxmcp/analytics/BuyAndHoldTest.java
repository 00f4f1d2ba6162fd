package dev.upstoxmcp.analytics;

import static dev.upstoxmcp.analytics.SeriesAlignmentTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BuyAndHoldTest {

    @Test
    void valueIsQuantityTimesCloseSummed() {
        // 2 × A + 3 × B: 2×10 + 3×100 = 320, 2×11 + 3×90 = 292, 2×12 + 3×95 = 309
        DatedSeries value = BuyAndHold.value(List.of(series("2026-01-05=10", "2026-01-06=11", "2026-01-07=12"),
                series("2026-01-05=100", "2026-01-06=90", "2026-01-07=95")), new double[] {2, 3});
        assertArrayEquals(new double[] {320, 292, 309}, value.values(), 1e-9);
    }

    @Test
    void aMissingCloseCountsAtTheLastKnownClose() {
        // A does not trade on the 6th: 2 × 10 + 90 = 110 that day
        DatedSeries value = BuyAndHold.value(List.of(series("2026-01-05=10", "2026-01-07=12"),
                series("2026-01-05=100", "2026-01-06=90", "2026-01-07=95")), new double[] {2, 1});
        assertArrayEquals(new double[] {120, 110, 119}, value.values(), 1e-9);
    }

    /*
     * B lists on the 6th. Chain-linked: 5th 2×10 = 20; 6th: only A is priced on both days, 22/20 → 22;
     * 7th: 2×12 + 90 = 114 against 2×11 + 100 = 122 → 22 × 114/122 = 20.557. Scaled so the 7th is the real 114:
     * × 114/20.557 = × 5.5455 → 110.909, 122, 114 (the 6th is the real 2×11 + 100 too).
     */
    @Test
    void aLaterListingJoinsWithoutAJump() {
        DatedSeries value = BuyAndHold.value(List.of(series("2026-01-05=10", "2026-01-06=11", "2026-01-07=12"),
                series("2026-01-06=100", "2026-01-07=90")), new double[] {2, 1});
        assertArrayEquals(new double[] {110.9090909090909, 122, 114}, value.values(), 1e-9);
    }

    @Test
    void weightedAverage() {
        // (1.2 × 300 + 0.0 × 100) / 400 = 0.9
        assertEquals(0.9, BuyAndHold.weightedAverage(new double[] {1.2, 0.0}, new double[] {300, 100}), 1e-12);
    }
}
