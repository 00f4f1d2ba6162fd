package dev.upstoxmcp.tools.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.upstoxmcp.analytics.PositionChange;
import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Figures;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer;
import dev.upstoxmcp.tools.allocation.DiversificationService;
import dev.upstoxmcp.tools.portfolio.BreakdownRow;
import dev.upstoxmcp.tools.portfolio.BreakdownSort;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.tools.portfolio.PortfolioService;
import dev.upstoxmcp.tools.portfolio.SortOrder;
import dev.upstoxmcp.tools.research.CompanyService;
import dev.upstoxmcp.tools.research.CorporateActionType;
import dev.upstoxmcp.tools.research.CorporateActionsAnswer;
import dev.upstoxmcp.tools.research.FundamentalsAnswer;
import dev.upstoxmcp.tools.research.FundamentalsSection;
import dev.upstoxmcp.tools.research.NewsService;
import dev.upstoxmcp.tools.risk.StockRisk;
import dev.upstoxmcp.tools.risk.StockRiskService;
import dev.upstoxmcp.tools.stock.StockAnalysis.Change;
import dev.upstoxmcp.tools.stock.StockAnalysis.PortfolioContext;
import dev.upstoxmcp.tools.technicals.TechnicalService;
import dev.upstoxmcp.tools.technicals.TechnicalsAnswer;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts together what the other tools know about one stock. Each view comes from the service behind its own tool,
 * so the numbers agree with those tools; a view whose data Upstox lacks (e.g. no fundamentals for an ETF) is left
 * out with a note instead of failing the whole analysis.
 */
@ApplicationScoped
public class StockAnalysisService {

    static final int RECENT_ACTIONS = 5;
    static final int HEADLINES = 5;
    static final int MAX_COMPETITORS = 5;
    static final int MAX_HOLDINGS = 200;
    static final List<String> PEER_RATIOS = List.of("P/E", "P/B", "ROE");
    /** Progress steps: trend, valuation, events, portfolio context. */
    static final int PARTS = 4;

    @Inject
    InstrumentResolver instruments;

    @Inject
    TechnicalService technicals;

    @Inject
    CompanyService companies;

    @Inject
    NewsService news;

    @Inject
    PortfolioService portfolio;

    @Inject
    DiversificationService diversification;

    @Inject
    StockRiskService risk;

    @Inject
    AnswerStamp stamp;

    public StockAnalysis analyze(String instrumentText, Optional<Long> changeShares, String benchmark) {
        return analyze(instrumentText, changeShares, benchmark, Progress.NONE);
    }

    /** As {@link #analyze(String, Optional, String)}, reporting a step per part of the answer. */
    public StockAnalysis analyze(String instrumentText, Optional<Long> changeShares, String benchmark,
                                 Progress progress) {
        Instrument stock = instruments.resolve(instrumentText);
        if (!stock.isEquity() || stock.isIndex()) {
            throw new ToolCallException(stock.label() + " is not a stock or ETF; analyze_stock looks at one listed "
                    + "share. For an index use get_technical_indicators or compare_with_benchmark.");
        }
        if (changeShares.isPresent() && changeShares.get() == 0) {
            throw new ToolCallException("change_shares is 0; give the shares to buy (e.g. 10) or to sell (e.g. -10), "
                    + "or leave it out.");
        }
        ProgressSteps steps = new ProgressSteps(progress, PARTS);
        List<String> notes = new ArrayList<>();
        TechnicalsAnswer indicators = technicals.indicators(stock);
        steps.done("trend of " + stock.symbol());
        boolean company = CompanyService.isCompanyShare(stock);
        if (!company) {
            notes.add("Valuation and corporate actions: " + stock.label() + " is not a company share (ISIN "
                    + stock.isin() + "); Upstox keeps fundamentals for company shares only.");
        }
        FundamentalsAnswer facts = !company ? null : optional(() -> companies.fundamentals(stock,
                List.of(FundamentalsSection.PROFILE, FundamentalsSection.KEY_RATIOS, FundamentalsSection.COMPETITORS)),
                "Valuation", notes);
        StockAnalysis.Valuation valuation = facts == null ? null : StockViews.valuation(facts, peers(facts, notes));
        steps.done("valuation against the sector and competitors");
        CorporateActionsAnswer actions = !company ? null : optional(() -> companies.corporateActions(stock.key(),
                CorporateActionType.ALL, PageRequest.of(RECENT_ACTIONS, Optional.empty())), "Corporate actions", notes);
        StockAnalysis.Events events = StockViews.events(actions, news.news(Optional.of(stock.key()),
                PageRequest.of(HEADLINES, Optional.empty())).articles(), indicators.close());
        steps.done("corporate actions and news");
        String sector = facts == null || facts.profile() == null ? null : facts.profile().sector();
        PortfolioContext context = portfolioContext(stock, sector, indicators.close(), changeShares, benchmark,
                notes);
        steps.finish("place in the portfolio");
        return new StockAnalysis(InstrumentRef.of(stock), indicators.close(), indicators.date(),
                StockViews.trend(indicators), valuation, events, context, notes, stamp.now(), stamp.source());
    }

    private PortfolioContext portfolioContext(Instrument stock, String profileSector, BigDecimal price,
                                              Optional<Long> changeShares, String benchmark, List<String> notes) {
        StockRisk figures;
        try {
            figures = risk.of(stock, benchmark);
        } catch (ToolCallException noPortfolio) {
            if (changeShares.isPresent()) throw noPortfolio;
            notes.add("Portfolio context: " + noPortfolio.getMessage());
            return null;
        }
        Optional<BreakdownRow> held = portfolio.breakdown(BreakdownSort.VALUE, SortOrder.DESC, ListView.COMPACT,
                PageRequest.of(MAX_HOLDINGS, Optional.empty())).holdings().stream()
                .filter(row -> row.symbol().equals(stock.symbol())).findFirst();
        List<DiversificationAnswer.HoldingLine> lines = diversification.diversification(false, false).holdings();
        PortfolioMix mix = PortfolioMix.of(lines, figures.holdingWeeklyBetas(), stock.symbol(), profileSector,
                figures.weeklyBeta());
        long quantity = held.map(BreakdownRow::quantity).orElse(0L);
        Change change = changeShares.map(shares -> change(mix, shares, quantity, price)).orElse(null);
        PositionChange now = PositionChange.of(mix.values(), mix.index(), 0);
        return new PortfolioContext(held.isPresent(), held.map(StockViews::holding).orElse(null), mix.sector(),
                mix.sector() == null ? null : Figures.percent(now.groupWeightBefore(mix.sameSector())),
                figures.benchmark(), figures.dailyBeta(), figures.weeklyBeta(),
                figures.correlationWithPortfolio(), mix.hasBetas() ? Figures.ratio(now.betaBefore(mix.betas())) : null,
                change, figures.method() + " Weights are of today's delivery holdings at last prices (cash and "
                        + "mutual funds outside); the portfolio beta is the value-weighted average of the holdings' "
                        + "weekly betas; a change is priced at the last price " + Inr.format(price) + ".");
    }

    private static Change change(PortfolioMix mix, long shares, long quantity, BigDecimal price) {
        if (quantity + shares < 0) {
            throw new ToolCallException("change_shares " + shares + " sells more than the " + quantity
                    + " shares held; the most that can be sold is -" + quantity + ".");
        }
        BigDecimal amount = price.multiply(BigDecimal.valueOf(shares));
        PositionChange change = PositionChange.of(mix.values(), mix.index(), amount.doubleValue());
        return new Change(shares, Inr.amount(amount), quantity + shares,
                Figures.percent(change.weightBefore(mix.index())), Figures.percent(change.weightAfter(mix.index())),
                mix.sector() == null ? null : Figures.percent(change.groupWeightAfter(mix.sameSector())),
                mix.hasBetas() ? Figures.ratio(change.betaAfter(mix.betas())) : null);
    }

    /** Competitors' P/E, P/B and ROE; a competitor Upstox has no ratios for is listed without them. */
    private List<StockAnalysis.Peer> peers(FundamentalsAnswer facts, List<String> notes) {
        if (facts.competitors() == null) return List.of();
        List<StockAnalysis.Peer> peers = new ArrayList<>();
        for (FundamentalsAnswer.Competitor competitor : facts.competitors().companies().stream()
                .limit(MAX_COMPETITORS).toList()) {
            Optional<Instrument> listed = competitor.instrumentKey() == null ? Optional.empty()
                    : instruments.known(competitor.instrumentKey());
            FundamentalsAnswer ratios = listed.map(peer -> optional(() -> companies.fundamentals(peer,
                    List.of(FundamentalsSection.KEY_RATIOS)), "Ratios of " + peer.symbol(), notes)).orElse(null);
            peers.add(StockViews.peer(competitor, ratios, PEER_RATIOS));
        }
        return peers;
    }

    /** A view Upstox may have no data for: null and a note when it says "not found". */
    private static <T> T optional(Supplier<T> view, String what, List<String> notes) {
        try {
            return view.get();
        } catch (dev.upstoxmcp.tools.research.NoCompanyDataException missing) {
            notes.add(what + ": " + missing.getMessage());
            return null;
        }
    }
}
