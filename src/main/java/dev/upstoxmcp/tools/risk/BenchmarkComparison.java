package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Today's portfolio against a benchmark over a period: both sides' returns and risk, the excess return (portfolio
 * minus benchmark, total and annualised), the tracking error and the daily beta.
 */
public record BenchmarkComparison(InstrumentRef benchmark, String period, LocalDate from, LocalDate to,
                                  int tradingDays, ReturnFigures portfolio, ReturnFigures benchmarkFigures,
                                  BigDecimal excessReturnPercent, BigDecimal excessAnnualisedReturnPercent,
                                  BigDecimal trackingErrorPercent, double beta, String method, OffsetDateTime asOf,
                                  DataSource source) implements Summarized {

    @Override
    public String summary() {
        return "Portfolio " + Inr.signedPercent(portfolio.totalReturnPercent()) + " vs " + benchmark.name() + " "
                + Inr.signedPercent(benchmarkFigures.totalReturnPercent()) + " from " + from + " to " + to
                + " (excess " + Inr.signedPercent(excessReturnPercent) + "); volatility "
                + portfolio.volatilityPercent() + "% vs " + benchmarkFigures.volatilityPercent()
                + "%, tracking error " + trackingErrorPercent + "%, beta " + Figures.twoDecimals(beta)
                + ", max drawdown " + portfolio.maxDrawdownPercent() + "% vs " + benchmarkFigures.maxDrawdownPercent()
                + "%.";
    }
}
