package dev.upstoxmcp.tools.research;

import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.market.Quote;
import dev.upstoxmcp.tools.market.QuoteMode;
import dev.upstoxmcp.tools.market.QuoteService;
import dev.upstoxmcp.upstox.ParallelRequests;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.CorporateAction;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A governance review of the account's equity holdings (or of named companies) from their corporate actions and
 * shareholding, both from {@link CompanyService} and its 12-hour cache. A company Upstox has no such data for is
 * reviewed with what there is, and says what is missing.
 */
@ApplicationScoped
public class GovernanceService {

    /** Most companies one call may name. */
    static final int MAX_INSTRUMENTS = 50;

    @Inject
    CompanyService companies;

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    QuoteService quotes;

    @Inject
    ParallelRequests parallel;

    @Inject
    AnswerStamp stamp;

    public GovernanceAnswer summary(Optional<List<String>> asked, int lookbackMonths) {
        List<String> notCovered = new ArrayList<>();
        Map<Instrument, BigDecimal> subjects = asked.filter(list -> !list.isEmpty()).map(this::named)
                .orElseGet(() -> held(notCovered));
        LocalDate today = stamp.now().toLocalDate();
        List<GovernanceAnswer.CompanyGovernance> reviews = parallel.all(subjects.entrySet().stream()
                .<Supplier<GovernanceAnswer.CompanyGovernance>>map(subject -> () -> review(subject.getKey(),
                        subject.getValue(), today, lookbackMonths)).toList());
        return new GovernanceAnswer(lookbackMonths, reviews, GovernanceMapping.portfolio(reviews), notCovered,
                List.of(GovernanceMapping.RULES_NOTE, GovernanceMapping.PLEDGE_NOTE), stamp.now(), stamp.source());
    }

    /** The companies named, each checked before anything is fetched, with their last prices. */
    private Map<Instrument, BigDecimal> named(List<String> texts) {
        if (texts.size() > MAX_INSTRUMENTS) {
            throw new ToolCallException("instruments takes at most " + MAX_INSTRUMENTS + " companies; got "
                    + texts.size() + ". Ask in parts, or leave instruments out to review all equity holdings.");
        }
        List<Instrument> resolved = instruments.resolveAll(texts);
        resolved.forEach(CompanyService::companyShare);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (Quote quote : quotes.quotes(resolved.stream().map(Instrument::key).toList(), QuoteMode.LTP, false)
                .quotes()) {
            prices.put(quote.instrumentKey(), quote.lastPrice());
        }
        Map<Instrument, BigDecimal> subjects = new LinkedHashMap<>();
        resolved.forEach(company -> subjects.put(company, prices.get(company.key())));
        return subjects;
    }

    /** The equity holdings with their last prices; ETFs, bonds and unknown instruments are named in notCovered. */
    private Map<Instrument, BigDecimal> held(List<String> notCovered) {
        Map<Instrument, BigDecimal> subjects = new LinkedHashMap<>();
        for (Holding holding : upstox.fetch(PORTFOLIO, portfolio::longTermHoldings)) {
            Optional<Instrument> instrument = instruments.known(holding.instrumentKey());
            if (instrument.isEmpty()) {
                notCovered.add(holding.symbol() + ": not in Upstox's instrument list.");
                continue;
            }
            if (CompanyService.isCompanyShare(instrument.get())) {
                subjects.put(instrument.get(), holding.lastPrice());
            } else {
                notCovered.add(holding.symbol() + ": not a company share (ISIN " + holding.isin() + ").");
            }
        }
        return subjects;
    }

    private GovernanceAnswer.CompanyGovernance review(Instrument company, BigDecimal price, LocalDate today,
                                                      int lookbackMonths) {
        List<String> gaps = new ArrayList<>();
        List<CorporateAction> actions = null;
        FundamentalsAnswer.Shareholding shareholding = null;
        try {
            actions = companies.actions(company);
        } catch (NoCompanyDataException missing) {
            gaps.add(missing.getMessage());
        }
        try {
            shareholding = companies.shareholding(company);
        } catch (NoCompanyDataException missing) {
            gaps.add(missing.getMessage());
        }
        return GovernanceMapping.review(InstrumentRef.of(company), price, actions, shareholding, today,
                lookbackMonths, gaps);
    }

}
