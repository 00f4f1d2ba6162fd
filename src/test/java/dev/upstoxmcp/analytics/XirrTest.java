package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class XirrTest {

    static Xirr.Flow flow(String date, double amount) {
        return new Xirr.Flow(LocalDate.parse(date), amount);
    }

    /** ₹1,000 in, ₹1,100 out 365 days later: 1,100 / 1,000 − 1 = 10 % a year. */
    @Test
    void tenPercentOverOneYearIsTenPercent() {
        assertEquals(0.10, Xirr.of(List.of(flow("2025-01-01", -1000), flow("2026-01-01", 1100))), 1e-9);
    }

    /** ₹1,000 in, ₹900 out a year later: −10 %. */
    @Test
    void aTenPercentLossIsMinusTenPercent() {
        assertEquals(-0.10, Xirr.of(List.of(flow("2025-01-01", -1000), flow("2026-01-01", 900))), 1e-9);
    }

    /**
     * The example of Excel's XIRR documentation: −10,000 on 1 Jan 2008, then 2,750 (1 Mar 2008), 4,250 (30 Oct 2008),
     * 3,250 (15 Feb 2009), 2,750 (1 Apr 2009); Excel answers 0.373362535 (37.34 %), checked by bisection on the same
     * NPV by hand.
     */
    @Test
    void excelsDocumentedExampleIs37Point34Percent() {
        double rate = Xirr.of(List.of(flow("2008-01-01", -10000), flow("2008-03-01", 2750),
                flow("2008-10-30", 4250), flow("2009-02-15", 3250), flow("2009-04-01", 2750)));
        assertEquals(0.373362535, rate, 1e-8);
    }

    /** Half a year doubling: (2)^(365/181) − 1 ≈ 3.05, found after widening the bracket past +100 %. */
    @Test
    void largeReturnsWidenTheBracket() {
        double rate = Xirr.of(List.of(flow("2025-01-01", -1000), flow("2025-07-01", 2000)));
        assertEquals(Math.pow(2, 365.0 / 181) - 1, rate, 1e-8);
    }

    @Test
    void flowsAllOneWayOrOneDayHaveNoRate() {
        assertThrows(IllegalArgumentException.class,
                () -> Xirr.of(List.of(flow("2025-01-01", -1000), flow("2026-01-01", -100))));
        assertThrows(IllegalArgumentException.class,
                () -> Xirr.of(List.of(flow("2025-01-01", -1000), flow("2025-01-01", 1100))));
        assertThrows(IllegalArgumentException.class, () -> Xirr.of(List.of(flow("2025-01-01", -1000))));
    }
}
