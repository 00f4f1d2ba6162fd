package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The value over time of fixed quantities of several instruments: {@code V_t = sum_i q_i * P_i,t} on every date any
 * instrument has a close. An instrument without a close on a date counts at its last known close (no trade that
 * day); before its first close it is left out. So that an instrument joining does not look like a gain, the series
 * is chain-linked: {@code V_t = V_{t-1} * (1 + R_t)} with {@code R_t = sum_i q_i (P_i,t - P_i,t-1) / sum_i q_i
 * P_i,t-1} over the instruments priced on both days, then scaled so the last value is the sum of values on the last
 * date. From the last time an instrument joined onwards this is exactly {@code sum_i q_i * P_i,t}; before, it is
 * that sum's chain-linked continuation (with no late listings, the whole series is the plain sum).
 */
public final class BuyAndHold {

    private BuyAndHold() {}

    /** @param closes each instrument's closes; {@code quantities} in the same order */
    public static DatedSeries value(List<DatedSeries> closes, double[] quantities) {
        if (closes.size() != quantities.length) {
            throw new IllegalArgumentException(closes.size() + " series but " + quantities.length + " quantities");
        }
        TreeSet<LocalDate> allDates = new TreeSet<>();
        closes.forEach(series -> allDates.addAll(series.dates()));
        List<LocalDate> dates = new ArrayList<>(allDates);
        double[][] carried = new double[closes.size()][];
        for (int i = 0; i < closes.size(); i++) carried[i] = carriedForward(closes.get(i), dates);
        double[] index = new double[dates.size()];
        for (int t = 0; t < dates.size(); t++) {
            double now = 0;
            double before = 0;
            double current = 0;
            for (int i = 0; i < closes.size(); i++) {
                if (Double.isNaN(carried[i][t])) continue;
                current += quantities[i] * carried[i][t];
                if (t > 0 && !Double.isNaN(carried[i][t - 1])) {
                    now += quantities[i] * carried[i][t];
                    before += quantities[i] * carried[i][t - 1];
                }
            }
            index[t] = t == 0 || before == 0 ? current : index[t - 1] * now / before;
        }
        double last = index.length == 0 ? 0 : lastValue(carried, quantities, dates.size() - 1);
        if (index.length > 0 && index[index.length - 1] != 0) {
            double scale = last / index[index.length - 1];
            for (int t = 0; t < index.length; t++) index[t] *= scale;
        }
        return new DatedSeries(dates, index);
    }

    /**
     * Weighted average {@code sum_i w_i x_i / sum_i w_i}, e.g. a portfolio beta from holding betas weighted by value.
     */
    public static double weightedAverage(double[] values, double[] weights) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("needs as many weights as values, and at least one");
        }
        double sum = 0;
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            sum += weights[i] * values[i];
            total += weights[i];
        }
        if (total == 0) throw new IllegalArgumentException("weights sum to zero");
        return sum / total;
    }

    private static double lastValue(double[][] carried, double[] quantities, int t) {
        double value = 0;
        for (int i = 0; i < carried.length; i++) {
            if (!Double.isNaN(carried[i][t])) value += quantities[i] * carried[i][t];
        }
        return value;
    }

    /** The series' close on each date, its last known close where it has none, NaN before its first. */
    private static double[] carriedForward(DatedSeries series, List<LocalDate> dates) {
        double[] values = new double[dates.size()];
        int next = 0;
        double last = Double.NaN;
        for (int t = 0; t < dates.size(); t++) {
            while (next < series.size() && !series.date(next).isAfter(dates.get(t))) last = series.value(next++);
            values[t] = last;
        }
        return values;
    }
}
