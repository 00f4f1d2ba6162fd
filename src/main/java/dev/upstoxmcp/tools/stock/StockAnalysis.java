package dev.upstoxmcp.tools.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.upstoxmcp.analytics.TrendRules.Trend;
import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.research.CorporateActionRow;
import dev.upstoxmcp.tools.technicals.TechnicalsAnswer;
import dev.upstoxmcp.upstox.DataSource;

/**
 * One stock seen from every side: its trend, its valuation against its sector and competitors, its recent corporate
 * actions and news, and its place in the user's portfolio, with what buying or selling {@code change.shares} would
 * do. A section is null when its data is missing; {@code notes} says why. Amounts in INR; dates IST.
 */
public record StockAnalysis(
        InstrumentRef instrument,
        BigDecimal lastPrice,
        LocalDate priceDate,
        TrendView trend,
        Valuation valuation,
        Events events,
        PortfolioContext portfolio,
        List<String> notes,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /** The technical picture (get_technical_indicators has every indicator). */
    public record TrendView(Trend verdict, int score, int checks, List<String> reasons,
                        List<String> signals, BigDecimal rsi14, BigDecimal sma50, BigDecimal sma200,
                        TechnicalsAnswer.FiftyTwoWeek fiftyTwoWeek, TechnicalsAnswer.Returns returns) {}

    /**
     * Key ratios against the sector, and the same ratios of competitors Upstox lists.
     *
     * @param ratios company and sector values as Upstox formats them, with the company's premium (+) or discount
     *               (−) to the sector in % where both are numbers
     */
    public record Valuation(String sector, List<Ratio> ratios, List<Peer> competitors) {}

    public record Ratio(String name, String company, String sector, BigDecimal premiumToSectorPercent) {}

    /** A competitor's P/E, P/B and ROE as Upstox reports them; null where Upstox has no ratios for it. */
    public record Peer(String symbol, String name, String pe, String pb, String roe) {}

    /**
     * Corporate actions and news.
     *
     * @param dividendYieldPercent dividends per share with an ex-date in the last 12 months over the last price
     */
    public record Events(BigDecimal dividendsLast12Months, BigDecimal dividendYieldPercent, CorporateActionRow next,
                         List<CorporateActionRow> recent, List<Headline> news) {}

    public record Headline(OffsetDateTime published, String heading, String link) {}

    /**
     * The stock in today's delivery portfolio (valued at last prices, as get_holdings): the holding when held, its
     * sector's weight, its betas and correlation with the rest of the portfolio, the portfolio's value-weighted
     * weekly beta, and {@code change} when shares to buy or sell were given. {@code method} says how.
     */
    public record PortfolioContext(boolean held, Holding holding, String sector, BigDecimal sectorWeightPercent,
                                   String benchmark, Double dailyBeta, Double weeklyBeta,
                                   Double correlationWithPortfolio, Double portfolioWeeklyBeta, Change change,
                                   String method) {}

    /** The holding as get_portfolio_breakdown shows it. */
    public record Holding(long quantity, BigDecimal averagePrice, BigDecimal currentValue, BigDecimal pnl,
                          BigDecimal pnlPercent, BigDecimal weightPercent, BigDecimal contributionPercent,
                          String holdingPeriod, String term) {}

    /** Buying (shares > 0) or selling (shares < 0) at the last price; cash is outside the portfolio. */
    public record Change(long shares, BigDecimal amount, long quantityAfter, BigDecimal weightPercentBefore,
                         BigDecimal weightPercentAfter, BigDecimal sectorWeightPercentAfter,
                         Double portfolioWeeklyBetaAfter) {}

    @Override
    public String summary() {
        StringBuilder text = new StringBuilder(instrument.symbol()).append(' ').append(lastPrice);
        if (trend != null) {
            text.append(": ").append(trend.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(" (").append(trend.score() >= 0 ? "+" : "").append(trend.score()).append('/')
                    .append(trend.checks()).append(')');
        }
        if (valuation != null) {
            valuation.ratios().stream().filter(ratio -> ratio.name().equals("P/E")).findFirst().ifPresent(pe ->
                    text.append("; P/E ").append(pe.company()).append(" vs sector ").append(pe.sector()));
        }
        if (portfolio != null) {
            if (portfolio.held()) text.append("; weight ").append(portfolio.holding().weightPercent()).append('%');
            else text.append("; not held");
            if (portfolio.weeklyBeta() != null) text.append(", weekly beta ").append(portfolio.weeklyBeta());
            if (portfolio.correlationWithPortfolio() != null) {
                text.append(", correlation with the rest ").append(portfolio.correlationWithPortfolio());
            }
            Change change = portfolio.change();
            if (change != null) {
                text.append("; ").append(change.shares() > 0 ? "buying " : "selling ").append(Math.abs(change.shares()))
                        .append(" (").append(Inr.format(change.amount().abs())).append(") → weight ")
                        .append(change.weightPercentAfter()).append('%');
                if (change.portfolioWeeklyBetaAfter() != null) {
                    text.append(", portfolio beta ").append(portfolio.portfolioWeeklyBeta()).append(" → ")
                            .append(change.portfolioWeeklyBetaAfter());
                }
            }
        }
        return text.append('.').toString();
    }
}
