package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWeightedReturnTest {

    /**
     * 100 grows to 110 (+10 %); 50 is added at the end of day 2, which ends at 160, so day 2 earned
     * (160 − 50) / 110 − 1 = 0 %; day 3 ends at 144: 144 / 160 − 1 = −10 %. TWR = 1.1 × 1.0 × 0.9 − 1 = −1 %,
     * although the money-weighted gain is positive (144 − 100 − 50 = −6 on 150 put in).
     */
    @Test
    void flowsAtDayEndAreTakenOutOfThatDaysReturn() {
        double[] values = {100, 110, 160, 144};
        double[] flows = {0, 0, 50, 0};
        assertArrayEquals(new double[] {0.10, 0.0, -0.10}, TimeWeightedReturn.subPeriodReturns(values, flows), 1e-12);
        assertEquals(-0.01, TimeWeightedReturn.of(values, flows), 1e-12);
    }

    /** A withdrawal of 30 at the end of day 1: (80 − (−30)) / 100 − 1 = +10 %; then 88 / 80 − 1 = +10 %: 21 %. */
    @Test
    void withdrawalsCountAsNegativeFlows() {
        assertEquals(0.21, TimeWeightedReturn.of(new double[] {100, 80, 88}, new double[] {0, -30, 0}), 1e-12);
    }

    /** Nothing held on day 0, 100 bought at day 1's end (worth 100): no return until there is money invested. */
    @Test
    void aStartFromNothingIsSkipped() {
        assertEquals(0.05, TimeWeightedReturn.of(new double[] {0, 100, 105}, new double[] {0, 100, 0}), 1e-12);
    }

    /** 21 % over two years (730 days) is 1.21^(365/730) − 1 = 10 % a year. */
    @Test
    void annualisingTwoYearsTakesTheSquareRoot() {
        assertEquals(0.10, TimeWeightedReturn.annualise(0.21, 730), 1e-12);
    }

    @Test
    void misalignedSeriesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeWeightedReturn.of(new double[] {1, 2, 3}, new double[] {0, 0}));
    }
}
