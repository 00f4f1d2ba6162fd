package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.analytics.Performance;
import dev.upstoxmcp.tools.Figures;

/**
 * Return and risk of one side of a comparison, in percent: total return, annualised return (CAGR; only for a
 * period of a year or more), annualised volatility of daily returns (× √252) and the maximum drawdown with its peak
 * and trough dates.
 */
public record ReturnFigures(BigDecimal totalReturnPercent, BigDecimal annualisedReturnPercent,
                            BigDecimal volatilityPercent, BigDecimal maxDrawdownPercent, LocalDate drawdownPeak,
                            LocalDate drawdownTrough) {

    /** @param annualise whether the period asked for spans a year or more */
    static ReturnFigures of(DatedSeries prices, double[] dailyReturns, boolean annualise) {
        Performance.Drawdown drawdown = Performance.maxDrawdown(prices);
        return new ReturnFigures(Figures.percent(Performance.totalReturn(prices)),
                annualise ? Figures.percent(Performance.cagr(prices)) : null,
                Figures.percent(Performance.annualisedVolatility(dailyReturns, PortfolioBetaService.DAYS_PER_YEAR)),
                Figures.percent(drawdown.fraction()), drawdown.peak(), drawdown.trough());
    }
}
