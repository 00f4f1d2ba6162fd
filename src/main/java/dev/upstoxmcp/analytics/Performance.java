package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.stat.StatUtils;

/** Return and risk figures of a price or value series. Returns and volatilities are fractions (0.12 = 12%). */
public final class Performance {

    /** Calendar days per year for annualising over dates (leap years averaged). */
    static final double DAYS_PER_YEAR = 365.25;

    private Performance() {}

    /** The largest fall from a peak: {@code min_t (P_t / max_{s<=t} P_s - 1)} (≤ 0), with its peak and trough. */
    public record Drawdown(double fraction, LocalDate peak, LocalDate trough) {}

    /** {@code P_last / P_first - 1}. */
    public static double totalReturn(DatedSeries prices) {
        requirePoints(prices, 2);
        return prices.value(prices.size() - 1) / prices.value(0) - 1;
    }

    /** Years between the first and last date: calendar days / 365.25. */
    public static double years(DatedSeries prices) {
        requirePoints(prices, 2);
        return ChronoUnit.DAYS.between(prices.date(0), prices.date(prices.size() - 1)) / DAYS_PER_YEAR;
    }

    /** Compound annual growth rate: {@code (P_last / P_first)^(1 / years) - 1}, years as in {@link #years}. */
    public static double cagr(DatedSeries prices) {
        return Math.pow(1 + totalReturn(prices), 1 / years(prices)) - 1;
    }

    /**
     * Annualised volatility: the sample standard deviation of period returns (n - 1 denominator) times
     * {@code sqrt(periodsPerYear)} (252 for daily, 52 for weekly returns).
     */
    public static double annualisedVolatility(double[] returns, int periodsPerYear) {
        if (returns.length < 2) throw new IllegalArgumentException("volatility needs at least 2 returns");
        return Math.sqrt(StatUtils.variance(returns) * periodsPerYear);
    }

    /**
     * Tracking error: the annualised volatility of the return differences {@code r_a,t - r_b,t} of aligned returns.
     */
    public static double trackingError(AlignedSeries returns, int periodsPerYear) {
        double[] asset = returns.asset();
        double[] benchmark = returns.benchmark();
        double[] differences = new double[asset.length];
        for (int i = 0; i < asset.length; i++) differences[i] = asset[i] - benchmark[i];
        return annualisedVolatility(differences, periodsPerYear);
    }

    /** The maximum drawdown; a series that never falls has 0 with peak = trough = the first date. */
    public static Drawdown maxDrawdown(DatedSeries prices) {
        requirePoints(prices, 1);
        int peak = 0;
        Drawdown worst = new Drawdown(0, prices.date(0), prices.date(0));
        for (int t = 1; t < prices.size(); t++) {
            if (prices.value(t) > prices.value(peak)) peak = t;
            double fall = prices.value(t) / prices.value(peak) - 1;
            if (fall < worst.fraction()) worst = new Drawdown(fall, prices.date(peak), prices.date(t));
        }
        return worst;
    }

    /** The series scaled so its first value is {@code base}: {@code base * P_t / P_first} (a growth curve). */
    public static DatedSeries rebased(DatedSeries prices, double base) {
        requirePoints(prices, 1);
        double[] values = prices.values();
        double first = values[0];
        for (int t = 0; t < values.length; t++) values[t] = base * values[t] / first;
        return new DatedSeries(prices.dates(), values);
    }

    private static void requirePoints(DatedSeries prices, int least) {
        if (prices.size() < least) {
            throw new IllegalArgumentException("needs at least " + least + " prices, got " + prices.size());
        }
    }
}
