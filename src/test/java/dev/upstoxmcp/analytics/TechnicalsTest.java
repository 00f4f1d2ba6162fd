package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

import dev.upstoxmcp.analytics.Technicals.Bar;
import org.junit.jupiter.api.Test;

class TechnicalsTest {

    /** Wilder's RSI example as StockCharts prints it: 33 closes, 14-day RSI from the 15th. */
    static final double[] WILDER = {44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89,
            46.03, 45.61, 46.28, 46.28, 46.00, 46.03, 46.41, 46.22, 45.64, 46.21, 46.25, 45.71, 46.45, 45.78, 45.35,
            44.03, 44.18, 44.22, 44.57, 43.42, 42.66, 43.13};

    /** Weekday bars from Monday 2 Jan 2023, close {@code close(i)}, high = close + 1, low = close - 1, volume 1000. */
    static List<Bar> bars(int count, IntToDoubleFunction close) {
        List<Bar> bars = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 1, 2);
        for (int i = 0; i < count; i++) {
            double c = close.applyAsDouble(i);
            bars.add(new Bar(day, c, c + 1, c - 1, c, 1000));
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return bars;
    }

    /* Closes 1, 2, ..., 30. SMA20 = mean(11..30) = 20.5. EMA20 (alpha = 2/21), seeded with the first close: the gap
       d = close - ema obeys d(t) = (1 - alpha)(d(t-1) + 1), d(0) = 0, so d(t) = 9.5 (1 - (19/21)^t);
       d(29) = 9.5 (1 - 0.0548902) = 8.978543, EMA20 = 30 - 8.978543 = 21.021457. */
    @Test
    void movingAveragesOfARisingLine() {
        Technicals.Report report = Technicals.of(bars(30, i -> i + 1));
        assertEquals(20.5, report.averages().sma20(), 1e-9);
        assertEquals(21.021457, report.averages().ema20(), 1e-6);
        assertNull(report.averages().sma50());
        assertNull(report.averages().ema200());
        assertTrue(report.unavailable().contains("SMA50 needs 50 daily bars; there are 30"),
                report.unavailable()::toString);
        assertTrue(report.unavailable().contains("SMA200 needs 200 daily bars; there are 30"));
    }

    /* The test's own textbook Wilder RSI (first averages = means of the first 14 gains and losses) reproduces the
       StockCharts table: changes 2..15 gain 3.34 and lose 1.40 in all, RS = 0.238571 / 0.1, RSI = 70.46; the last
       row 37.79. */
    @Test
    void theTextbookReferenceMatchesWildersTable() {
        double[] rsi = textbookRsi(WILDER);
        assertEquals(70.4641, rsi[14], 1e-4);
        assertEquals(66.2496, rsi[15], 1e-4);
        assertEquals(37.7888, rsi[32], 1e-4);
    }

    /* ta4j seeds Wilder's average with the first bar's zero change instead of a 14-bar mean; on the 33 closes of the
       table that leaves RSI 35.51 instead of 37.79 (the seed still weighs (13/14)^18 = 26%). Computed with ta4j's
       recursion avg(t) = avg(t-1) + (x(t) - avg(t-1)) / 14 from avg(0) = 0. */
    @Test
    void rsiOnWildersTableUsesWildersSmoothingFromTheFirstBar() {
        Technicals.Report report = Technicals.of(bars(WILDER.length, i -> WILDER[i]));
        assertEquals(35.511902, report.rsi(), 1e-6);
    }

    /* After 300 bars the seed weighs (13/14)^286 < 1e-9: ta4j's RSI is Wilder's. */
    @Test
    void rsiOnALongSeriesIsTheTextbookWilderRsi() {
        SplittableRandom random = new SplittableRandom(7);
        double[] closes = new double[300];
        closes[0] = 100;
        for (int i = 1; i < closes.length; i++) closes[i] = closes[i - 1] * (1 + 0.02 * (random.nextDouble() - 0.5));
        Technicals.Report report = Technicals.of(bars(closes.length, i -> closes[i]));
        assertEquals(textbookRsi(closes)[299], report.rsi(), 1e-6);
    }

    @Test
    void macdIsPositiveOnARiseAndNegativeOnAFall() {
        Technicals.Report up = Technicals.of(bars(60, i -> 100 + i));
        Technicals.Report down = Technicals.of(bars(60, i -> 200 - i));
        assertTrue(up.macd().macd() > 0);
        assertTrue(down.macd().macd() < 0);
        assertEquals(up.macd().macd() - up.macd().signal(), up.macd().histogram(), 1e-9);
        assertNull(Technicals.of(bars(33, i -> 100 + i)).macd(), "MACD with signal needs 34 bars");
    }

    /* Constant closes: no deviation, so the bands collapse onto the SMA; %B is undefined. */
    @Test
    void bollingerBandsOfAConstantSeriesHaveNoWidth() {
        Technicals.Bollinger bands = Technicals.of(bars(40, i -> 100)).bollinger();
        assertEquals(100, bands.upper(), 1e-12);
        assertEquals(100, bands.lower(), 1e-12);
        assertEquals(0, bands.bandwidthPercent(), 1e-12);
        assertNull(bands.percentB());
    }

    /* Closes alternate 99, 101, ending on 101: mean 100, population standard deviation 1, so the bands are 98 and
       102, bandwidth (102 - 98) / 100 = 4 %, %B = (101 - 98) / 4 = 0.75. */
    @Test
    void bollingerBandsAreTwoPopulationDeviationsWide() {
        Technicals.Bollinger bands = Technicals.of(bars(40, i -> i % 2 == 0 ? 99 : 101)).bollinger();
        assertEquals(102, bands.upper(), 1e-9);
        assertEquals(100, bands.middle(), 1e-9);
        assertEquals(98, bands.lower(), 1e-9);
        assertEquals(4, bands.bandwidthPercent(), 1e-9);
        assertEquals(0.75, bands.percentB(), 1e-9);
    }

    /* Every bar spans close ± 1 and closes do not move: the true range is always 2, so ATR(14) = 2, 2% of 100. */
    @Test
    void averageTrueRangeOfEqualBars() {
        Technicals.Atr atr = Technicals.of(bars(40, i -> 100)).atr();
        assertEquals(2, atr.value(), 1e-12);
        assertEquals(2, atr.percentOfClose(), 1e-12);
    }

    /* 300 weekday bars from 2 Jan 2023 end on Fri 23 Feb 2024; the 52 weeks start on 24 Feb 2023. Close 200 at bar
       39 (Fri 24 Feb 2023) is in the window, close 300 at bar 38 (Thu 23 Feb 2023) is not; otherwise 100, last close
       100. High 201 (24 Feb 2023), 100/201 - 1 = -50.2488 %; low 99 (the latest such day), 100/99 - 1 = +1.0101 %. */
    @Test
    void fiftyTwoWeekRangeCoversOneCalendarYear() {
        List<Bar> bars = bars(300, i -> i == 39 ? 200 : i == 38 ? 300 : 100);
        Technicals.Range range = Technicals.of(bars).range();
        assertEquals(LocalDate.of(2024, 2, 23), bars.get(299).date());
        assertEquals(LocalDate.of(2023, 2, 24), bars.get(39).date());
        assertEquals(201, range.high(), 1e-12);
        assertEquals(LocalDate.of(2023, 2, 24), range.highDate());
        assertEquals(99, range.low(), 1e-12);
        assertEquals(LocalDate.of(2024, 2, 23), range.lowDate());
        assertEquals(-50.248756, range.fromHighPercent(), 1e-6);
        assertEquals(1.010101, range.fromLowPercent(), 1e-6);
        assertEquals(LocalDate.of(2023, 2, 24), range.from());
    }

    /* Close i + 1 on bar i. Last bar 299 (Fri 23 Feb 2024, close 300). One month back is Tue 23 Jan 2024 = bar 276
       (close 277): 300/277 - 1 = 8.3032 %. One year back is Thu 23 Feb 2023 = bar 38 (close 39): 669.2308 %. */
    @Test
    void returnsAreFromTheCloseOnOrBeforeTheSameDayMonthsEarlier() {
        List<Bar> bars = bars(300, i -> i + 1);
        assertEquals(LocalDate.of(2024, 1, 23), bars.get(276).date());
        Technicals.Returns returns = Technicals.of(bars).returns();
        assertEquals(8.303249, returns.oneMonth(), 1e-6);
        assertEquals(669.230769, returns.oneYear(), 1e-6);
        Technicals.Report young = Technicals.of(bars(100, i -> i + 1));
        assertNull(young.returns().sixMonths());
        assertNotNull(young.returns().threeMonths());
    }

    /* Volume 1000 for 30 bars then 2500 for the last 20: 20-day average 2500, 50-day (30 × 1000 + 20 × 2500) / 50 =
       1600, ratio 1.5625. */
    @Test
    void volumeTrendIsTheRatioOfTheTwentyToTheFiftyDayAverage() {
        List<Bar> bars = new ArrayList<>();
        for (Bar bar : bars(50, i -> 100)) {
            bars.add(new Bar(bar.date(), 100, 101, 99, 100, bars.size() < 30 ? 1000 : 2500));
        }
        Technicals.Report report = Technicals.of(bars);
        assertEquals(1.5625, report.volume().ratio(), 1e-12);
        assertTrue(report.verdict().signals().contains("volume rising: 20-day average 1.56× the 50-day average"));
    }

    @Test
    void indicesWithoutVolumeHaveNoVolumeTrend() {
        List<Bar> bars = bars(60, i -> 100).stream().map(bar -> new Bar(bar.date(), 100, 101, 99, 100, 0)).toList();
        Technicals.Report report = Technicals.of(bars);
        assertNull(report.volume());
        assertTrue(report.unavailable().stream().anyMatch(note -> note.startsWith("volume trend: no traded volume")));
    }

    @Test
    void tooFewOrUnorderedBarsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Technicals.of(bars(29, i -> 100)));
        List<Bar> reversed = new ArrayList<>(bars(30, i -> 100));
        java.util.Collections.reverse(reversed);
        assertThrows(IllegalArgumentException.class, () -> Technicals.of(reversed));
    }

    static double[] textbookRsi(double[] closes) {
        double[] rsi = new double[closes.length];
        double gain = 0;
        double loss = 0;
        for (int i = 1; i < closes.length; i++) {
            double change = closes[i] - closes[i - 1];
            double up = Math.max(change, 0);
            double down = Math.max(-change, 0);
            if (i <= 14) {
                gain += up / 14;
                loss += down / 14;
            } else {
                gain = (gain * 13 + up) / 14;
                loss = (loss * 13 + down) / 14;
            }
            rsi[i] = i < 14 ? Double.NaN : 100 - 100 / (1 + gain / loss);
        }
        return rsi;
    }
}
