package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.util.Optional;

import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the portfolio moves with the market: its beta and its performance against a benchmark. */
@ApplicationScoped
public class RiskTools {

    @Inject
    PortfolioBetaService betas;

    @Inject
    BenchmarkComparisonService comparisons;

    @Tool(name = "get_portfolio_beta", title = "Portfolio beta", description = """
            Beta of today's holdings to an index (default NIFTY 50; any index or instrument by name) over the last \
            N years (1-10, default 3): beta, correlation, R², alpha (per period and annualised, %) and observations \
            on daily, weekly (week-on-week) and quarterly (quarter-on-quarter) returns; a rolling weekly beta \
            (window rolling_window_weeks, default 26) as date/value points; each holding's weight (% of today's \
            value, INR), daily and weekly beta and correlation; and the value-weighted average of the holding betas. \
            Method: buy-and-hold of today's quantities over daily closes of Upstox candles (not dividend-adjusted), \
            dates matched where both traded, ending on the last session before today (IST); stated in method. \
            chart=true adds PNG charts of weekly returns, the rolling beta and quarterly returns.""")
    public Charted<PortfolioBetaAnswer> getPortfolioBeta(
            @ToolArg(description = "Index or instrument to measure against, e.g. \"NIFTY 50\", \"NIFTY BANK\", SENSEX",
                    defaultValue = "NIFTY 50") String benchmark,
            @ToolArg(description = "Years of history, 1-10", defaultValue = "3") @Min(1) @Max(10) int years,
            @ToolArg(description = "Weeks in each rolling-beta window, 8-156", defaultValue = "26") @Min(8) @Max(156)
            int rollingWindowWeeks,
            @ToolArg(description = "Whether to add PNG charts", defaultValue = "true") boolean chart,
            Progress progress, McpLog log) {
        Charted<PortfolioBetaAnswer> answer = betas.beta(benchmark, years, rollingWindowWeeks, chart, progress);
        PortfolioBetaService.leftOut(answer.result()).forEach(log::warning);
        return answer;
    }

    @Tool(name = "compare_with_benchmark", title = "Portfolio vs benchmark", description = """
            Today's holdings against an index (default NIFTY 50; any index or instrument by name) over a period \
            (1M, 3M, 6M, 1Y default, 3Y, 5Y, or from/to dates): total return, annualised return (CAGR, periods of a \
            year or more), excess return, annualised volatility, tracking error, max drawdown with peak and trough \
            dates (all in %, of values in INR), and daily beta, for both sides. Method: buy-and-hold of today's \
            quantities over daily closes of Upstox candles (not dividend-adjusted), dates matched where both \
            traded, ending on the last session before today (IST); stated in method. For the account's realised \
            returns from actual trades use get_portfolio_performance. chart=true adds a PNG of both growth curves rebased to 100.""")
    public Charted<BenchmarkComparison> compareWithBenchmark(
            @ToolArg(description = "Index or instrument to compare with, e.g. \"NIFTY 50\", \"NIFTY BANK\", SENSEX",
                    defaultValue = "NIFTY 50") String benchmark,
            @ToolArg(description = "1M | 3M | 6M | 1Y | 3Y | 5Y; ignored when from is given", defaultValue = "1Y")
            String period,
            @ToolArg(description = "First day, yyyy-MM-dd (IST), for a custom period") Optional<LocalDate> from,
            @ToolArg(description = "Last day, yyyy-MM-dd (IST); default the last session before today")
            Optional<LocalDate> to,
            @ToolArg(description = "Whether to add a PNG chart", defaultValue = "true") boolean chart,
            Progress progress) {
        return comparisons.compare(benchmark, period, from, to, chart, progress);
    }
}
