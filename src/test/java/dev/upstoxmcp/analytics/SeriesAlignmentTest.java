package dev.upstoxmcp.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesAlignmentTest {

    static DatedSeries series(String... datesAndValues) {
        List<LocalDate> dates = Arrays.stream(datesAndValues).map(point -> LocalDate.parse(point.split("=")[0]))
                .toList();
        double[] values = Arrays.stream(datesAndValues).mapToDouble(point -> Double.parseDouble(point.split("=")[1]))
                .toArray();
        return new DatedSeries(dates, values);
    }

    @Test
    void onlyDatesBothSidesTradedAreKept() {
        // the asset has no close on the 8th (its holiday), the index none on the 7th: both dates go, nothing filled
        DatedSeries asset = series("2026-01-05=100", "2026-01-06=102", "2026-01-07=101", "2026-01-09=104");
        DatedSeries index = series("2026-01-05=1000", "2026-01-06=1010", "2026-01-08=1020", "2026-01-09=1030");
        AlignedSeries aligned = AlignedSeries.of(asset, index);
        assertEquals(List.of(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-06"),
                LocalDate.parse("2026-01-09")), aligned.dates());
        assertArrayEquals(new double[] {100, 102, 104}, aligned.asset());
        assertArrayEquals(new double[] {1000, 1010, 1030}, aligned.benchmark());
    }

    @Test
    void returnsAreSimpleAndDatedByTheLaterClose() {
        // 102/100 - 1 = 0.02; 104/102 - 1 = 0.0196078...; index 1010/1000 - 1 = 0.01; 1030/1010 - 1 = 0.0198019...
        AlignedSeries returns = AlignedSeries.of(series("2026-01-05=100", "2026-01-06=102", "2026-01-09=104"),
                series("2026-01-05=1000", "2026-01-06=1010", "2026-01-09=1030")).returns();
        assertEquals(List.of(LocalDate.parse("2026-01-06"), LocalDate.parse("2026-01-09")), returns.dates());
        assertArrayEquals(new double[] {0.02, 2.0 / 102}, returns.asset(), 1e-15);
        assertArrayEquals(new double[] {0.01, 20.0 / 1010}, returns.benchmark(), 1e-15);
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearEnd() {
        // Fri 26 Dec 2025 ends ISO week 2025-W52; Mon 29 Dec 2025 to Fri 2 Jan 2026 is 2026-W01; 9 Jan ends W02
        DatedSeries closes = series("2025-12-24=1", "2025-12-26=2", "2025-12-29=3", "2026-01-02=4", "2026-01-05=5",
                "2026-01-09=6");
        assertEquals(series("2025-12-26=2", "2026-01-02=4", "2026-01-09=6"), Resampling.weekly(closes));
    }

    @Test
    void quartersAreCalendarQuarters() {
        // 29 Dec 2025 is the last close of Q4 2025; 2 Jan and 31 Mar 2026 are Q1; 1 Apr opens Q2 and is its last
        DatedSeries closes = series("2025-12-01=1", "2025-12-29=2", "2026-01-02=3", "2026-03-31=4", "2026-04-01=5");
        assertEquals(series("2025-12-29=2", "2026-03-31=4", "2026-04-01=5"), Resampling.quarterly(closes));
    }

    @Test
    void datesMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> series("2026-01-06=1", "2026-01-05=2"));
    }
}
