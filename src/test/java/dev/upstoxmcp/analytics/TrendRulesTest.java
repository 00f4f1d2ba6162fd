package dev.upstoxmcp.analytics;

import static dev.upstoxmcp.analytics.TechnicalsTest.bars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.analytics.TrendRules.Trend;
import org.junit.jupiter.api.Test;

class TrendRulesTest {

    /* Up 0.4 % a day with a 1 % dip every third day (so RSI is below 100): the close is above SMA50 above SMA200,
       MACD above its signal, RSI 76.6 above 50 (and 70). */
    @Test
    void aSteadyRiseIsAStrongUptrend() {
        TrendRules.Verdict verdict = Technicals.of(bars(260, TrendRulesTest::rising)).verdict();
        assertEquals(Trend.STRONG_UPTREND, verdict.trend());
        assertEquals(5, verdict.score());
        assertEquals(5, verdict.checks());
        assertTrue(verdict.reasons().get(0).startsWith("close ") && verdict.reasons().get(0).contains(" above SMA50 "),
                verdict.reasons()::toString);
        assertTrue(verdict.signals().stream().anyMatch(signal -> signal.startsWith("RSI ") && signal.endsWith(
                "> 70: overbought")), verdict.signals()::toString);
    }

    @Test
    void aSteadyFallIsAStrongDowntrend() {
        TrendRules.Verdict verdict = Technicals.of(bars(260, TrendRulesTest::falling)).verdict();
        assertEquals(Trend.STRONG_DOWNTREND, verdict.trend());
        assertEquals(-5, verdict.score());
        assertTrue(verdict.signals().stream().anyMatch(signal -> signal.endsWith("< 30: oversold")));
        assertTrue(verdict.signals().stream()
                .anyMatch(signal -> signal.startsWith("close within 2% of the 52-week low")));
    }

    /* Every check is a tie: close = SMA50 = SMA200, MACD = signal = 0; RSI of no change is 0 by ta4j's convention,
       which votes bearish, so the score is -1: sideways. */
    @Test
    void aFlatLineIsSideways() {
        TrendRules.Verdict verdict = Technicals.of(bars(260, i -> 100)).verdict();
        assertEquals(Trend.SIDEWAYS, verdict.trend());
        assertEquals(-1, verdict.score());
        assertEquals("close 100.00 at SMA50 100.00 (+0.0%)", verdict.reasons().get(0));
    }

    /* 260 rising bars, then 15 falling 1 % a day: still above SMA200 with SMA50 above SMA200 (+2), but below SMA50,
       MACD below its signal, RSI 22 below 50 (-3): score -1, sideways. */
    @Test
    void aSharpPullbackInAnUptrendIsSideways() {
        double top = rising(259);
        TrendRules.Verdict verdict = Technicals.of(bars(275, i -> i < 260 ? rising(i) : top * Math.pow(0.99,
                i - 259))).verdict();
        assertEquals(Trend.SIDEWAYS, verdict.trend(), verdict.reasons()::toString);
        assertEquals(-1, verdict.score());
    }

    /* Without 200 bars only three checks are possible: a rise gives +3, an uptrend but never a strong one. */
    @Test
    void withoutSma200TheVerdictIsNeverStrong() {
        Technicals.Report report = Technicals.of(bars(120, TrendRulesTest::rising));
        assertEquals(Trend.UPTREND, report.verdict().trend());
        assertEquals(3, report.verdict().checks());
        assertEquals(List.of("SMA200 needs 200 daily bars; there are 120", "EMA200 needs 200 daily bars; there are 120",
                "6-month return needs a close on or before 2022-12-16; the bars start 2023-01-02",
                "1-year return needs a close on or before 2022-06-16; the bars start 2023-01-02"),
                report.unavailable());
    }

    /* Down 1 a day for 200 bars (300 to 101), then up 3 a day: SMA50 first closes above SMA200 on bar 250
       (Mon 18 Dec 2023), 49 bars before the last. */
    @Test
    void aGoldenCrossIsDatedAndSignalled() {
        Technicals.Report report = Technicals.of(bars(300, i -> i < 200 ? 300 - i : 100 + 3 * (i - 200)));
        assertEquals(new Technicals.Cross(true, LocalDate.of(2023, 12, 18), 49), report.smaCross());
        assertTrue(report.verdict().reasons().contains("SMA50 323.50 above SMA200 199.50 (golden cross on 2023-12-18, "
                + "49 sessions ago)"), report.verdict().reasons()::toString);
    }

    static double rising(int i) {
        return 100 * Math.pow(1.004, i) * (i % 3 == 2 ? 0.99 : 1);
    }

    /* Down 1 a day from 400 with a 1.5 bounce every third day; on bar 259 the close is the year's low. */
    static double falling(int i) {
        return 400 - i + (i % 3 == 2 ? 1.5 : 0);
    }
}
