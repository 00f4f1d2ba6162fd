package dev.upstoxmcp.tools.stock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.portfolio.BreakdownRow;
import dev.upstoxmcp.tools.research.CorporateActionsAnswer;
import dev.upstoxmcp.tools.research.FundamentalsAnswer;
import dev.upstoxmcp.tools.research.NewsArticle;
import dev.upstoxmcp.tools.technicals.TechnicalsAnswer;

/** The parts of a {@link StockAnalysis}, cut from the answers of the tools that own them. */
final class StockViews {

    /** Valuation multiples, where a premium to the sector means "more expensive". */
    static final List<String> MULTIPLES = List.of("P/E", "P/B", "EV/EBITDA");

    private StockViews() {}

    static StockAnalysis.TrendView trend(TechnicalsAnswer answer) {
        TechnicalsAnswer.MovingAverages averages = answer.movingAverages();
        return new StockAnalysis.TrendView(answer.trend(), answer.score(), answer.checks(), answer.reasons(),
                answer.signals(), answer.rsi14(), averages == null ? null : averages.sma50(),
                averages == null ? null : averages.sma200(), answer.fiftyTwoWeek(), answer.returns());
    }

    static StockAnalysis.Valuation valuation(FundamentalsAnswer facts, List<StockAnalysis.Peer> peers) {
        List<StockAnalysis.Ratio> ratios = facts.keyRatios() == null ? List.of() : facts.keyRatios().ratios().stream()
                .map(ratio -> new StockAnalysis.Ratio(ratio.name(), ratio.company(), ratio.sector(),
                        MULTIPLES.contains(ratio.name()) ? premium(ratio.company(), ratio.sector()) : null))
                .toList();
        return new StockAnalysis.Valuation(facts.profile() == null ? null : facts.profile().sector(), ratios, peers);
    }

    /** A competitor with the named ratios of its own key ratios (null when Upstox has none). */
    static StockAnalysis.Peer peer(FundamentalsAnswer.Competitor competitor, FundamentalsAnswer ratios,
                                   List<String> names) {
        return new StockAnalysis.Peer(competitor.symbol(), competitor.name(), ratio(ratios, names.get(0)),
                ratio(ratios, names.get(1)), ratio(ratios, names.get(2)));
    }

    static StockAnalysis.Events events(CorporateActionsAnswer actions, List<NewsArticle> articles, BigDecimal price) {
        List<StockAnalysis.Headline> news = articles.stream()
                .map(article -> new StockAnalysis.Headline(article.published(), article.heading(), article.link()))
                .toList();
        if (actions == null) return new StockAnalysis.Events(null, null, null, List.of(), news);
        BigDecimal dividends = actions.dividendsLast12Months();
        return new StockAnalysis.Events(dividends, dividends == null ? null : Inr.percent(dividends, price),
                actions.next(), actions.actions(), news);
    }

    static StockAnalysis.Holding holding(BreakdownRow row) {
        return new StockAnalysis.Holding(row.quantity(), row.averagePrice(), row.currentValue(), row.pnl(),
                row.pnlPercent(), row.weightPercent(), row.contributionPercent(), row.holdingPeriod(),
                row.term() == null ? null : row.term().name().toLowerCase(Locale.ROOT));
    }

    /** {@code company / sector − 1} in %, when both are positive numbers ("23.53", "8.94%"). */
    static BigDecimal premium(String company, String sector) {
        Optional<BigDecimal> mine = number(company);
        Optional<BigDecimal> theirs = number(sector);
        if (mine.isEmpty() || theirs.isEmpty() || mine.get().signum() <= 0 || theirs.get().signum() <= 0) return null;
        return mine.get().divide(theirs.get(), 6, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<BigDecimal> number(String text) {
        if (text == null) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(text.strip().replace("%", "").replace(",", "")));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String ratio(FundamentalsAnswer ratios, String name) {
        if (ratios == null || ratios.keyRatios() == null) return null;
        return ratios.keyRatios().ratios().stream().filter(ratio -> ratio.name().equals(name))
                .map(FundamentalsAnswer.Ratio::company).findFirst().orElse(null);
    }
}
