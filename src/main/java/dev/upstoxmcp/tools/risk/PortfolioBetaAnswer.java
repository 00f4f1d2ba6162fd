package dev.upstoxmcp.tools.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Beta of the portfolio to a benchmark on daily, weekly and quarterly returns, its rolling weekly beta, each
 * holding's beta and the value-weighted average of those, with the method in words.
 */
public record PortfolioBetaAnswer(InstrumentRef benchmark, int years, LocalDate from, LocalDate to, BetaStats daily,
                                  BetaStats weekly, BetaStats quarterly, int rollingWindowWeeks,
                                  List<RollingBetaPoint> rollingBeta, List<HoldingBeta> holdings,
                                  Double weightedAverageDailyBeta, Double weightedAverageWeeklyBeta, String method,
                                  OffsetDateTime asOf, DataSource source) implements Summarized {

    @Override
    public String summary() {
        return "Portfolio beta vs " + benchmark.name() + " over " + years + (years == 1 ? " year" : " years") + " ("
                + from + " to " + to + "): " + Figures.twoDecimals(daily.beta()) + " daily, "
                + Figures.twoDecimals(weekly.beta()) + " weekly"
                + (quarterly == null ? "" : ", " + Figures.twoDecimals(quarterly.beta()) + " quarterly")
                + " (R² " + Figures.twoDecimals(daily.rSquared()) + " daily)"
                + (weightedAverageDailyBeta == null ? "." : "; value-weighted holding betas "
                + Figures.twoDecimals(weightedAverageDailyBeta) + " daily.");
    }
}
