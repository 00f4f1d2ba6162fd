package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.tools.research.FundamentalsAnswer;

/**
 * What diversification needs to know of a listed company: its sector as Upstox reports it, and an estimate of its
 * market capitalisation in INR crore. Upstox publishes no company market cap, so it is estimated from the latest
 * yearly figures as {@code P/E × net profit} (earnings-based; P/E is price over earnings per share, so P/E × net
 * profit = price × shares), or, when P/E or profit is not positive (a loss), as {@code P/B × net worth}
 * ({@code net worth = total assets − total liabilities}).
 *
 * @param sector    Upstox's sector, null when unknown
 * @param capCrore  estimated market cap, null when it cannot be estimated
 * @param capBasis  {@code "P/E × net profit Mar 2026"}, {@code "P/B × net worth Mar 2026"}, null without estimate
 * @param gaps      why the sector or market cap is unknown, one sentence each
 */
record CompanyFacts(String sector, BigDecimal capCrore, String capBasis, List<String> gaps) {

    /** A ratio's company value as a number: {@code "28.05"} is 28.05; {@code "-"}, {@code "8.9%"} or none is empty. */
    static Optional<BigDecimal> ratio(FundamentalsAnswer.KeyRatios ratios, String name) {
        if (ratios == null) return Optional.empty();
        return ratios.ratios().stream().filter(ratio -> name.equalsIgnoreCase(ratio.name())).findFirst()
                .map(FundamentalsAnswer.Ratio::company).flatMap(CompanyFacts::number);
    }

    private static Optional<BigDecimal> number(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(text.strip().replace(",", "")));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** {@code multiple × base} to the crore when both are positive. */
    static Optional<BigDecimal> estimate(Optional<BigDecimal> multiple, BigDecimal base) {
        if (multiple.isEmpty() || base == null || multiple.get().signum() <= 0 || base.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(multiple.get().multiply(base).setScale(0, RoundingMode.HALF_UP));
    }
}
