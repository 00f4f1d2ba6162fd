package dev.upstoxmcp.tools.risk;

import java.math.BigDecimal;

import dev.upstoxmcp.analytics.Regression;
import dev.upstoxmcp.tools.Figures;

/**
 * The regression of portfolio (or holding) returns on benchmark returns over one return frequency: beta, Pearson
 * correlation, R², alpha per period and compounded over a year ({@code (1 + alpha)^periodsPerYear - 1}), in percent,
 * and the number of return pairs.
 */
public record BetaStats(double beta, double correlation, double rSquared, BigDecimal alphaPerPeriodPercent,
                        BigDecimal alphaAnnualisedPercent, int periodsPerYear, int observations) {

    static BetaStats of(Regression fit, int periodsPerYear) {
        return new BetaStats(Figures.ratio(fit.beta()), Figures.ratio(fit.correlation()),
                Figures.ratio(fit.rSquared()), Figures.percent(fit.alpha()),
                Figures.percent(fit.annualisedAlpha(periodsPerYear)), periodsPerYear, fit.observations());
    }
}
