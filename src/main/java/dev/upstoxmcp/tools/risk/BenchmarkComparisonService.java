package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.analytics.Performance;
import dev.upstoxmcp.analytics.Regression;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.upstox.instruments.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Today's portfolio against a benchmark over a period: returns, risk, excess return, tracking error, growth curves. */
@ApplicationScoped
public class BenchmarkComparisonService {

    static final String FIGURES = " Total return = last / first close - 1 on the common dates; annualised return "
            + "(CAGR) = (1 + total)^(1 / years) - 1 with years = calendar days / 365.25, shown for periods of a "
            + "year or more; excess return = portfolio minus benchmark; volatility = standard deviation of daily "
            + "returns x sqrt(252); tracking error = the same of the daily return differences; max drawdown = the "
            + "largest fall from a peak; beta = least squares of daily portfolio returns on benchmark returns.";

    @Inject
    PortfolioHistoryService history;

    @Inject
    AnswerStamp stamp;

    public Charted<BenchmarkComparison> compare(String benchmarkText, String period, Optional<LocalDate> from,
                                                Optional<LocalDate> to, boolean chart) {
        return compare(benchmarkText, period, from, to, chart, Progress.NONE);
    }

    /** As above, reporting one step per candle history fetched and one for the computation. */
    public Charted<BenchmarkComparison> compare(String benchmarkText, String period, Optional<LocalDate> from,
                                                Optional<LocalDate> to, boolean chart, Progress progress) {
        RiskArguments.Range range = RiskArguments.range(period, from, to, history.lastCompletedDay());
        Instrument benchmark = history.benchmark(benchmarkText);
        ProgressSteps steps = new ProgressSteps(progress, 1 + PortfolioHistoryService.STEPS_AFTER_LOAD);
        PortfolioHistory data = history.load(benchmark, range.from(), range.to(), steps);
        AlignedSeries closes = data.aligned();
        AlignedSeries daily = RiskArguments.enoughReturns(closes.returns(), benchmark, "daily");
        DatedSeries portfolio = closes.assetSeries();
        DatedSeries index = closes.benchmarkSeries();
        boolean annualise = !range.from().plusYears(1).isAfter(range.to());
        ReturnFigures mine = ReturnFigures.of(portfolio, daily.asset(), annualise);
        ReturnFigures theirs = ReturnFigures.of(index, daily.benchmark(), annualise);
        BenchmarkComparison answer = new BenchmarkComparison(InstrumentRef.of(benchmark), range.label(),
                closes.dates().get(0), closes.dates().get(closes.size() - 1), closes.size(), mine, theirs,
                mine.totalReturnPercent().subtract(theirs.totalReturnPercent()),
                mine.annualisedReturnPercent() == null ? null
                        : mine.annualisedReturnPercent().subtract(theirs.annualisedReturnPercent()),
                Figures.percent(Performance.trackingError(daily, PortfolioBetaService.DAYS_PER_YEAR)),
                Figures.ratio(Regression.of(daily).beta()), data.method() + FIGURES, stamp.now(), stamp.source());
        steps.finish("Compared the portfolio with " + benchmark.name());
        if (!chart) return Charted.of(answer);
        return new Charted<>(answer, List.of(RiskCharts.growth(benchmark.name(), Performance.rebased(portfolio, 100),
                Performance.rebased(index, 100), Performance.totalReturn(portfolio), Performance.totalReturn(index))));
    }
}
