package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values on dates, oldest first, one value per date (e.g. daily closes, returns, a rolling beta). Dates strictly
 * increase; the value array is copied in and out, so a series never changes.
 */
public record DatedSeries(List<LocalDate> dates, double[] values) {

    public DatedSeries {
        if (dates.size() != values.length) {
            throw new IllegalArgumentException(dates.size() + " dates but " + values.length + " values");
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException("dates must increase: " + dates.get(i - 1) + " then "
                        + dates.get(i));
            }
        }
        dates = List.copyOf(dates);
        values = values.clone();
    }

    /** An empty series. */
    public static DatedSeries empty() {
        return new DatedSeries(List.of(), new double[0]);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public LocalDate date(int i) {
        return dates.get(i);
    }

    public double value(int i) {
        return values[i];
    }

    /** The points dated from {@code from} to {@code to}, both inclusive. */
    public DatedSeries between(LocalDate from, LocalDate to) {
        List<LocalDate> kept = new ArrayList<>();
        List<Double> keptValues = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (dates.get(i).isBefore(from) || dates.get(i).isAfter(to)) continue;
            kept.add(dates.get(i));
            keptValues.add(values[i]);
        }
        return new DatedSeries(kept, keptValues.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatedSeries series && dates.equals(series.dates)
                && Arrays.equals(values, series.values);
    }

    @Override
    public int hashCode() {
        return 31 * dates.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DatedSeries[");
        for (int i = 0; i < values.length; i++) text.append(i == 0 ? "" : ", ").append(dates.get(i)).append('=')
                .append(values[i]);
        return text.append(']').toString();
    }

    /** Simple returns {@code r_t = P_t / P_{t-1} - 1}, dated by {@code t}; one point fewer than the prices. */
    public DatedSeries simpleReturns() {
        if (values.length < 2) return empty();
        return new DatedSeries(dates.subList(1, dates.size()), Returns.simple(values));
    }
}
