package dev.upstoxmcp.analytics;

import static dev.upstoxmcp.analytics.SeriesAlignmentTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegressionTest {

    static final double[] NIFTY = {0.012, -0.008, 0.004, 0.015, -0.011, 0.007};

    @Test
    void assetMovingTwiceTheIndexHasBetaTwoAndItsAlpha() {
        double[] asset = Arrays.stream(NIFTY).map(r -> 2 * r + 0.001).toArray();
        Regression fit = Regression.of(asset, NIFTY);
        assertEquals(2.0, fit.beta(), 1e-12);
        assertEquals(0.001, fit.alpha(), 1e-12);
        assertEquals(1.0, fit.correlation(), 1e-12);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(6, fit.observations());
        // (1 + 0.001)^252 - 1 = 0.286434...
        assertEquals(0.28643404437615, fit.annualisedAlpha(252), 1e-12);
    }

    /*
     * b = 1%, 2%, 3%; a = 2%, 1%, 6%. Means 0.02 and 0.03; deviations b -0.01, 0, 0.01 and a -0.01, -0.02, 0.03.
     * Sxy = 0.0001 + 0 + 0.0003 = 0.0004, Sxx = 0.0002, Syy = 0.0001 + 0.0004 + 0.0009 = 0.0014.
     * beta = Sxy / Sxx = 2; alpha = 0.03 - 2 * 0.02 = -0.01; r = 0.0004 / sqrt(0.0002 * 0.0014) = 0.755929;
     * R² = 0.16e-6 / 2.8e-7 = 4/7.
     */
    @Test
    void imperfectFitByHand() {
        Regression fit = Regression.of(new double[] {0.02, 0.01, 0.06}, new double[] {0.01, 0.02, 0.03});
        assertEquals(2.0, fit.beta(), 1e-12);
        assertEquals(-0.01, fit.alpha(), 1e-12);
        assertEquals(0.7559289460184545, fit.correlation(), 1e-12);
        assertEquals(4.0 / 7, fit.rSquared(), 1e-12);
    }

    @Test
    void rollingBetaSlidesOnePeriodAtATime() {
        // returns of the 4 dates after the first; window 3 → betas of returns 1-3 (dated 3rd) and 2-4 (dated 4th).
        // Window 1: b 1%, 2%, 3% and a 2%, 1%, 6% → 2 (above). Window 2: b 2%, 3%, 1%, a = 3b → 3.
        AlignedSeries returns = new AlignedSeries(List.of(LocalDate.parse("2026-01-06"),
                LocalDate.parse("2026-01-07"), LocalDate.parse("2026-01-08"), LocalDate.parse("2026-01-09")),
                new double[] {0.02, 0.01, 0.06, 0.03}, new double[] {0.01, 0.02, 0.03, 0.01});
        DatedSeries rolling = Regression.rollingBeta(returns, 3);
        assertEquals(List.of(LocalDate.parse("2026-01-08"), LocalDate.parse("2026-01-09")), rolling.dates());
        // second window: b 0.02, 0.03, 0.01 (mean 0.02), a 0.01, 0.06, 0.03 (mean 0.0333):
        // Sxy = 0 + 0.01 * 0.02667 + (-0.01)(-0.00333) = 0.0003, Sxx = 0.0002 → 1.5
        assertArrayEquals(new double[] {2.0, 1.5}, rolling.values(), 1e-12);
        assertEquals(0, Regression.rollingBeta(returns, 5).size());
    }

    @Test
    void tooFewOrConstantReturnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Regression.of(new double[2], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> Regression.of(new double[5], NIFTY));
        assertThrows(IllegalArgumentException.class, () -> Regression.of(NIFTY, new double[6]));
    }

    @Test
    void weeklyReturnsOfAlignedClosesRegress() {
        // weekly closes: asset 100 → 110 → 99, index 1000 → 1050 → 997.5: returns 10%, -10% and 5%, -5% plus a
        // third week 99 → 108.9 (+10%) and 997.5 → 1047.375 (+5%): beta exactly 2, alpha 0
        AlignedSeries weekly = AlignedSeries.of(
                series("2026-01-02=100", "2026-01-09=110", "2026-01-16=99", "2026-01-23=108.9"),
                series("2026-01-02=1000", "2026-01-09=1050", "2026-01-16=997.5", "2026-01-23=1047.375"))
                .weekly().returns();
        Regression fit = Regression.of(weekly);
        assertEquals(2.0, fit.beta(), 1e-9);
        assertEquals(0.0, fit.alpha(), 1e-9);
    }
}
