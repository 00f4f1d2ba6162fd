package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.charts.BarChart;
import dev.upstoxmcp.charts.TimeSeriesChart;
import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.tools.Figures;

/** The pictures of the risk answers, each with a description carrying its key numbers. */
final class RiskCharts {

    private static final String PORTFOLIO = "Portfolio";

    private RiskCharts() {}

    /** Week-on-week returns of the portfolio and the benchmark, in percent. */
    static Chart weeklyReturns(String benchmark, AlignedSeries weekly, BetaStats stats) {
        byte[] png = TimeSeriesChart.of("Week-on-week returns: portfolio vs " + benchmark, period(weekly.dates())
                        + ", " + weekly.size() + " weeks; weekly beta " + Figures.twoDecimals(stats.beta()),
                        "Weekly return (%)")
                .line(new TimeSeriesChart.Line(PORTFOLIO, weekly.dates(), percents(weekly.asset())))
                .line(new TimeSeriesChart.Line(benchmark, weekly.dates(), percents(weekly.benchmark())))
                .png();
        return new Chart("Week-on-week returns of the portfolio and " + benchmark + ", " + period(weekly.dates())
                + " (" + weekly.size() + " weeks): weekly beta " + Figures.twoDecimals(stats.beta()) + ", correlation "
                + Figures.twoDecimals(stats.correlation()) + ", R² " + Figures.twoDecimals(stats.rSquared()) + ".",
                png);
    }

    /** The rolling weekly beta against the beta of the whole period. */
    static Chart rollingBeta(String benchmark, DatedSeries rolling, int windowWeeks, BetaStats weekly) {
        double[] whole = new double[rolling.size()];
        Arrays.fill(whole, weekly.beta());
        double[] values = rolling.values();
        byte[] png = TimeSeriesChart.of(windowWeeks + "-week rolling beta vs " + benchmark, period(rolling.dates())
                        + "; each point: beta of the " + windowWeeks + " weekly returns ending that week", "Beta")
                .line(new TimeSeriesChart.Line("Rolling beta", rolling.dates(), values))
                .line(new TimeSeriesChart.Line("Whole period (" + Figures.twoDecimals(weekly.beta()) + ")",
                        rolling.dates(), whole))
                .png();
        double low = Arrays.stream(values).min().orElse(Double.NaN);
        double high = Arrays.stream(values).max().orElse(Double.NaN);
        return new Chart(windowWeeks + "-week rolling beta of the portfolio vs " + benchmark + ", "
                + period(rolling.dates()) + ": from " + Figures.twoDecimals(low) + " to " + Figures.twoDecimals(high)
                + ", latest " + Figures.twoDecimals(values[values.length - 1]) + "; whole-period weekly beta "
                + Figures.twoDecimals(weekly.beta()) + ".", png);
    }

    /** Quarter-on-quarter returns of the portfolio and the benchmark as bars, in percent. */
    static Chart quarterlyReturns(String benchmark, AlignedSeries quarterly, BetaStats stats) {
        List<String> quarters = quarterly.dates().stream().map(RiskCharts::quarter).toList();
        byte[] png = BarChart.of("Quarter-on-quarter returns: portfolio vs " + benchmark, period(quarterly.dates())
                        + "; quarterly beta " + Figures.twoDecimals(stats.beta()), "Quarterly return (%)")
                .bars(new BarChart.Bars(PORTFOLIO, quarters, percents(quarterly.asset())))
                .bars(new BarChart.Bars(benchmark, quarters, percents(quarterly.benchmark())))
                .png();
        return new Chart("Quarter-on-quarter returns of the portfolio and " + benchmark + " (" + quarterly.size()
                + " quarters, " + quarters.get(0) + " to " + quarters.get(quarters.size() - 1) + "; a partial "
                + "quarter at either end counts from or to its available close): quarterly beta "
                + Figures.twoDecimals(stats.beta()) + ", R² " + Figures.twoDecimals(stats.rSquared()) + ".", png);
    }

    /** Both growth curves rebased to 100 on the first date. */
    static Chart growth(String benchmark, DatedSeries portfolio, DatedSeries index, double portfolioReturn,
                        double benchmarkReturn) {
        byte[] png = TimeSeriesChart.of("Growth of 100: portfolio vs " + benchmark, period(portfolio.dates())
                        + "; today's holdings held throughout", "Value (start = 100)")
                .line(new TimeSeriesChart.Line(PORTFOLIO, portfolio.dates(), portfolio.values()))
                .line(new TimeSeriesChart.Line(benchmark, index.dates(), index.values()))
                .png();
        return new Chart("Growth of 100 for the portfolio (today's holdings) and " + benchmark + ", "
                + period(portfolio.dates()) + ": portfolio " + Figures.twoDecimals(100 * (1 + portfolioReturn))
                + ", " + benchmark + " " + Figures.twoDecimals(100 * (1 + benchmarkReturn)) + ".", png);
    }

    private static String period(List<LocalDate> dates) {
        return dates.get(0) + " to " + dates.get(dates.size() - 1);
    }

    private static String quarter(LocalDate date) {
        return date.getYear() + " Q" + date.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static double[] percents(double[] fractions) {
        return Arrays.stream(fractions).map(fraction -> fraction * 100).toArray();
    }
}
