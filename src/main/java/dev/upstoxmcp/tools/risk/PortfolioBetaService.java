package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.analytics.BuyAndHold;
import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.analytics.Regression;
import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.upstox.instruments.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Beta of today's portfolio to a benchmark on daily, weekly and quarterly returns, overall and per holding. */
@ApplicationScoped
public class PortfolioBetaService {

    static final int DAYS_PER_YEAR = 252;
    static final int WEEKS_PER_YEAR = 52;
    static final int QUARTERS_PER_YEAR = 4;
    static final String ALPHA_AND_BETA = " Beta, correlation, R² and alpha are ordinary least squares of portfolio "
            + "returns on benchmark returns; annualised alpha = (1 + alpha per period)^periods - 1 (252 days, 52 "
            + "weeks, 4 quarters). The weighted-average beta weights each holding's beta by today's value (holdings "
            + "with fewer than 3 returns left out); it differs a little from the portfolio's own beta because over "
            + "the period weights drift with prices.";

    @Inject
    PortfolioHistoryService history;

    @Inject
    AnswerStamp stamp;

    public Charted<PortfolioBetaAnswer> beta(String benchmarkText, int years, int rollingWindowWeeks, boolean chart) {
        return beta(benchmarkText, years, rollingWindowWeeks, chart, Progress.NONE);
    }

    /** For the client's log: the holdings left out of the weighted-average beta, and why. */
    static List<String> leftOut(PortfolioBetaAnswer answer) {
        return answer.holdings().stream().filter(holding -> holding.dailyBeta() == null)
                .map(holding -> holding.symbol() + " has " + holding.dailyObservations() + " daily returns in the "
                        + "period (3 needed): left out of the weighted-average beta")
                .toList();
    }

    /** As above, reporting one step per candle history fetched and one for the computation. */
    public Charted<PortfolioBetaAnswer> beta(String benchmarkText, int years, int rollingWindowWeeks, boolean chart,
                                             Progress progress) {
        RiskArguments.requireBetween("years", years, 1, 10);
        RiskArguments.requireBetween("rolling_window_weeks", rollingWindowWeeks, 8, 156);
        Instrument benchmark = history.benchmark(benchmarkText);
        LocalDate to = history.lastCompletedDay();
        ProgressSteps steps = new ProgressSteps(progress, 1 + PortfolioHistoryService.STEPS_AFTER_LOAD);
        PortfolioHistory data = history.load(benchmark, to.minusYears(years), to, steps);
        AlignedSeries closes = data.aligned();
        AlignedSeries daily = RiskArguments.enoughReturns(closes.returns(), benchmark, "daily");
        AlignedSeries weekly = RiskArguments.enoughReturns(closes.weekly().returns(), benchmark, "weekly");
        AlignedSeries quarterly = closes.quarterly().returns();
        BetaStats dailyStats = BetaStats.of(Regression.of(daily), DAYS_PER_YEAR);
        BetaStats weeklyStats = BetaStats.of(Regression.of(weekly), WEEKS_PER_YEAR);
        BetaStats quarterlyStats = quarterly.size() < 3 ? null
                : BetaStats.of(Regression.of(quarterly), QUARTERS_PER_YEAR);
        DatedSeries rolling = Regression.rollingBeta(weekly, rollingWindowWeeks);
        List<HoldingBeta> holdings = holdingBetas(data);
        PortfolioBetaAnswer answer = new PortfolioBetaAnswer(InstrumentRef.of(benchmark), years,
                closes.dates().get(0), closes.dates().get(closes.size() - 1), dailyStats, weeklyStats, quarterlyStats,
                rollingWindowWeeks, points(rolling), holdings, weightedAverage(holdings, HoldingBeta::dailyBeta),
                weightedAverage(holdings, HoldingBeta::weeklyBeta), data.method() + ALPHA_AND_BETA, stamp.now(),
                stamp.source());
        steps.finish("Computed beta of " + holdings.size() + " holdings against " + benchmark.name());
        if (!chart) return Charted.of(answer);
        String name = benchmark.name();
        List<Chart> charts = new ArrayList<>(List.of(RiskCharts.weeklyReturns(name, weekly, weeklyStats)));
        if (!rolling.isEmpty()) charts.add(RiskCharts.rollingBeta(name, rolling, rollingWindowWeeks, weeklyStats));
        if (quarterlyStats != null) charts.add(RiskCharts.quarterlyReturns(name, quarterly, quarterlyStats));
        return new Charted<>(answer, charts);
    }

    private static List<HoldingBeta> holdingBetas(PortfolioHistory data) {
        BigDecimal total = data.currentValue();
        List<HoldingBeta> betas = new ArrayList<>();
        for (HeldSeries holding : data.holdings()) {
            AlignedSeries closes = data.aligned(holding);
            Regression daily = fit(closes.returns());
            Regression weekly = fit(closes.weekly().returns());
            betas.add(new HoldingBeta(holding.symbol(), Inr.percent(holding.currentValue(), total),
                    daily == null ? null : Figures.ratio(daily.beta()),
                    weekly == null ? null : Figures.ratio(weekly.beta()),
                    daily == null ? null : Figures.ratio(daily.correlation()),
                    daily == null ? 0 : daily.observations()));
        }
        return betas;
    }

    /** The regression, or null with too few returns or a flat benchmark. */
    static Regression fit(AlignedSeries returns) {
        try {
            return Regression.of(returns);
        } catch (IllegalArgumentException tooFew) {
            return null;
        }
    }

    /** Null when no holding has a beta. */
    private static Double weightedAverage(List<HoldingBeta> holdings, Function<HoldingBeta, Double> beta) {
        List<HoldingBeta> measured = holdings.stream().filter(holding -> beta.apply(holding) != null
                && holding.weightPercent() != null).toList();
        if (measured.isEmpty()) return null;
        return Figures.ratio(BuyAndHold.weightedAverage(measured.stream().mapToDouble(beta::apply).toArray(),
                measured.stream().mapToDouble(holding -> holding.weightPercent().doubleValue()).toArray()));
    }

    private static List<RollingBetaPoint> points(DatedSeries rolling) {
        List<RollingBetaPoint> points = new ArrayList<>();
        for (int i = 0; i < rolling.size(); i++) {
            points.add(new RollingBetaPoint(rolling.date(i), Figures.ratio(rolling.value(i))));
        }
        return points;
    }
}
