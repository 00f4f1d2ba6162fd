package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.analytics.AlignedSeries;
import dev.upstoxmcp.analytics.BuyAndHold;
import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.analytics.Regression;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.upstox.instruments.Instrument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One stock's risk in the context of today's portfolio: its beta to a benchmark, its correlation with the rest of the
 * portfolio, and every holding's weekly beta so a caller can weigh what buying or selling it would do.
 */
@ApplicationScoped
public class StockRiskService {

    /** The span the figures cover, as get_portfolio_beta's default. */
    static final int YEARS = 3;

    @Inject
    PortfolioHistoryService history;

    /**
     * @throws dev.upstoxmcp.mcp.ToolCallException when the account holds nothing (there is no portfolio)
     */
    public StockRisk of(Instrument stock, String benchmarkText) {
        Instrument benchmark = history.benchmark(benchmarkText);
        LocalDate to = history.lastCompletedDay();
        LocalDate from = to.minusYears(YEARS);
        PortfolioHistory data = history.load(benchmark, from, to);
        List<HeldSeries> others = data.holdings().stream()
                .filter(holding -> !holding.instrument().key().equals(stock.key())).toList();
        DatedSeries closes = data.holdings().stream().filter(holding -> holding.instrument().key()
                .equals(stock.key())).map(HeldSeries::closes).findFirst()
                .orElseGet(() -> history.closes(stock, from, to));
        AlignedSeries withBenchmark = AlignedSeries.of(closes, data.benchmarkCloses());
        Regression daily = PortfolioBetaService.fit(withBenchmark.returns());
        Regression weekly = PortfolioBetaService.fit(withBenchmark.weekly().returns());
        Regression withRest = others.isEmpty() ? null : PortfolioBetaService.fit(AlignedSeries.of(closes,
                BuyAndHold.value(others.stream().map(HeldSeries::closes).toList(),
                        others.stream().mapToDouble(HeldSeries::quantity).toArray())).weekly().returns());
        Map<String, Double> holdingBetas = new LinkedHashMap<>();
        for (HeldSeries holding : data.holdings()) {
            Regression beta = PortfolioBetaService.fit(data.aligned(holding).weekly().returns());
            holdingBetas.put(holding.symbol(), beta == null ? null : Figures.ratio(beta.beta()));
        }
        return new StockRisk(benchmark.name(), YEARS, ratio(daily, Regression::beta), ratio(weekly, Regression::beta),
                ratio(weekly, Regression::correlation), ratio(withRest, Regression::correlation), holdingBetas,
                "Over the last " + YEARS + " years to " + to + ": betas are ordinary least squares of the stock's "
                        + "simple daily and weekly (last close of each ISO week) returns on " + benchmark.name()
                        + "'s, on the dates both traded; the correlation with the portfolio is of the stock's weekly "
                        + "returns with those of the rest of today's holdings held throughout (buy-and-hold of "
                        + "today's quantities, the stock left out). Prices are daily closes, not adjusted for "
                        + "dividends.");
    }

    private static Double ratio(Regression regression, java.util.function.ToDoubleFunction<Regression> figure) {
        return regression == null ? null : Figures.ratio(figure.applyAsDouble(regression));
    }
}
