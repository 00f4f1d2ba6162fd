package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares of asset returns on benchmark returns, {@code r_a = alpha + beta * r_b + e} (Commons Math
 * {@link SimpleRegression}): {@code beta = cov(r_a, r_b) / var(r_b)}, {@code alpha = mean(r_a) - beta *
 * mean(r_b)} (per period), {@code correlation} Pearson's r, {@code rSquared = r^2}; {@code betaStdErr} is the
 * standard error of the slope, {@code s_e / (s_b * sqrt(n - 1))}.
 */
public record Regression(double beta, double alpha, double correlation, double rSquared, double betaStdErr,
                         int observations) {

    /** Needs at least 3 return pairs (2 degrees of freedom) and benchmark returns that are not all equal. */
    public static Regression of(double[] asset, double[] benchmark) {
        if (asset.length != benchmark.length) {
            throw new IllegalArgumentException("asset and benchmark returns differ in number: " + asset.length
                    + " and " + benchmark.length);
        }
        if (asset.length < 3) {
            throw new IllegalArgumentException("a regression needs at least 3 return pairs, got " + asset.length);
        }
        if (StatUtils.variance(benchmark) == 0) throw new IllegalArgumentException("benchmark returns are constant");
        SimpleRegression ols = new SimpleRegression(true);
        for (int i = 0; i < asset.length; i++) ols.addData(benchmark[i], asset[i]);
        double correlation = StatUtils.variance(asset) == 0 ? 0 : ols.getR();
        return new Regression(ols.getSlope(), ols.getIntercept(), correlation, correlation * correlation,
                ols.getSlopeStdErr(), asset.length);
    }

    /** Of aligned returns (see {@link AlignedSeries#returns()}). */
    public static Regression of(AlignedSeries returns) {
        return of(returns.asset(), returns.benchmark());
    }

    /**
     * Alpha compounded over a year: {@code (1 + alpha)^periodsPerYear - 1} (252 trading days, 52 weeks or 4
     * quarters), as a fraction.
     */
    public double annualisedAlpha(int periodsPerYear) {
        return Math.pow(1 + alpha, periodsPerYear) - 1;
    }

    /**
     * Beta over a window sliding one period at a time: for each {@code t >= window - 1} the beta of the {@code window}
     * returns ending at {@code t}, dated by {@code t}. Empty when there are fewer returns than the window.
     */
    public static DatedSeries rollingBeta(AlignedSeries returns, int window) {
        if (window < 3) throw new IllegalArgumentException("a rolling window needs at least 3 returns, got " + window);
        double[] asset = returns.asset();
        double[] benchmark = returns.benchmark();
        List<LocalDate> dates = new ArrayList<>();
        List<Double> betas = new ArrayList<>();
        for (int end = window; end <= asset.length; end++) {
            double[] b = Arrays.copyOfRange(benchmark, end - window, end);
            if (StatUtils.variance(b) == 0) continue;
            dates.add(returns.dates().get(end - 1));
            betas.add(of(Arrays.copyOfRange(asset, end - window, end), b).beta());
        }
        return new DatedSeries(dates, betas.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
