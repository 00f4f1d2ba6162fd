package dev.upstoxmcp.tools.research;

import static dev.upstoxmcp.upstox.UpstoxGroup.RESEARCH;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.MeteredCaches;
import dev.upstoxmcp.upstox.FundamentalsApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxRejectedException;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.dto.CategoryHistory;
import dev.upstoxmcp.upstox.dto.Competitor;
import dev.upstoxmcp.upstox.dto.CorporateAction;
import dev.upstoxmcp.upstox.dto.KeyRatio;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A listed company's fundamentals and corporate actions, by its shares' ISIN. They change at most a few times a
 * quarter and are the same for every user, so each answer of Upstox is cached for {@link #TTL}.
 */
@ApplicationScoped
public class CompanyService implements MeteredCaches {

    static final Duration TTL = Duration.ofHours(12);
    static final String STATEMENT_TYPE = "consolidated";
    static final String TIME_PERIOD = "yearly";
    private static final int NOT_FOUND = 404;

    @Inject
    @RestClient
    FundamentalsApi fundamentals;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    AnswerStamp stamp;

    private final Cache<String, Object> answers = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(5_000)
            .recordStats().build();

    @Override
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("company-data", answers);
    }

    public FundamentalsAnswer fundamentals(String instrumentText, List<FundamentalsSection> asked) {
        return fundamentals(companyShare(instrumentText), asked);
    }

    /**
     * The sections asked of an instrument already resolved, which must be a company share. A section Upstox has no
     * data for fails with {@link NoCompanyDataException}.
     */
    public FundamentalsAnswer fundamentals(Instrument instrument, List<FundamentalsSection> asked) {
        Instrument company = companyShare(instrument);
        String isin = company.isin();
        Set<FundamentalsSection> sections = asked.isEmpty() ? EnumSet.of(FundamentalsSection.PROFILE)
                : EnumSet.copyOf(asked);
        return new FundamentalsAnswer(InstrumentRef.of(company), isin, List.copyOf(sections),
                sections.contains(FundamentalsSection.PROFILE)
                        ? FundamentalsMapping.profile(cached(company, "profile", () -> fundamentals.profile(isin)))
                        : null,
                sections.contains(FundamentalsSection.KEY_RATIOS) ? FundamentalsMapping.keyRatios(
                        this.<List<KeyRatio>>cached(company, "key-ratios", () -> fundamentals.keyRatios(isin))) : null,
                sections.contains(FundamentalsSection.INCOME_STATEMENT)
                        ? FundamentalsMapping.incomeStatement(cached(company, "income-statement",
                                () -> fundamentals.incomeStatement(isin, STATEMENT_TYPE, TIME_PERIOD, false)))
                        : null,
                sections.contains(FundamentalsSection.BALANCE_SHEET)
                        ? FundamentalsMapping.balanceSheet(cached(company, "balance-sheet",
                                () -> fundamentals.balanceSheet(isin, STATEMENT_TYPE, false)))
                        : null,
                sections.contains(FundamentalsSection.CASH_FLOW)
                        ? FundamentalsMapping.cashFlow(cached(company, "cash-flow",
                                () -> fundamentals.cashFlow(isin, STATEMENT_TYPE, false)))
                        : null,
                sections.contains(FundamentalsSection.SHAREHOLDING) ? shareholding(company) : null,
                sections.contains(FundamentalsSection.COMPETITORS) ? competitors(company) : null,
                stamp.now(), stamp.source());
    }

    public CorporateActionsAnswer corporateActions(String instrumentText, CorporateActionType type,
                                                   PageRequest page) {
        Instrument company = companyShare(instrumentText);
        LocalDate today = stamp.now().toLocalDate();
        List<CorporateActionRow> rows = CorporateActionMapping.rows(actions(company), type, today);
        PageRequest.Page<CorporateActionRow> shown = page.slice(rows);
        return new CorporateActionsAnswer(InstrumentRef.of(company), type, shown.items(), rows.size(),
                CorporateActionMapping.dividendsLast12Months(rows, today),
                CorporateActionMapping.next(rows).orElse(null), shown.nextCursor(), shown.hasMore(), stamp.now(),
                stamp.source());
    }

    /** The company's corporate actions as Upstox lists them (cached). */
    List<CorporateAction> actions(Instrument company) {
        return cached(company, "corporate-actions", () -> fundamentals.corporateActions(company.isin()));
    }

    /** Who owns the company, latest quarter first (cached). */
    FundamentalsAnswer.Shareholding shareholding(Instrument company) {
        return FundamentalsMapping.shareholding(this.<List<CategoryHistory>>cached(company, "share-holdings",
                () -> fundamentals.shareHoldings(company.isin())));
    }

    private FundamentalsAnswer.Competitors competitors(Instrument company) {
        List<Competitor> peers = cached(company, "competitors", () -> fundamentals.competitors(company.key()));
        return new FundamentalsAnswer.Competitors(peers.stream().map(peer -> {
            Instrument listed = peer.instrumentKey() == null || !catalog.loaded() ? null
                    : catalog.master().byKey(peer.instrumentKey()).orElse(null);
            return new FundamentalsAnswer.Competitor(listed == null ? null : listed.symbol(),
                    listed == null ? null : listed.name(), peer.instrumentKey(), peer.sector(),
                    peer.companyProfile());
        }).toList());
    }

    /** The equity share {@code text} names; indices, derivatives, ETFs, funds and bonds have no fundamentals. */
    Instrument companyShare(String text) {
        return companyShare(instruments.resolve(text));
    }

    /** {@code instrument} itself when it is an equity share, else the reason it has no fundamentals. */
    static Instrument companyShare(Instrument instrument) {
        if (instrument.isIndex()) {
            throw new ToolCallException(instrument.label() + " is an index; fundamentals exist for company shares "
                    + "only. Name a stock, e.g. RELIANCE or \"HDFC Bank\".");
        }
        if (instrument.isDerivative()) {
            throw new ToolCallException(instrument.label() + " is a futures or options contract; fundamentals exist "
                    + "for company shares only. Ask about its underlying, " + instrument.underlyingSymbol() + ".");
        }
        if (!isCompanyShare(instrument)) {
            throw new ToolCallException(instrument.label() + " is not a company share (ISIN " + instrument.isin()
                    + ": an ETF, fund, bond or other security); fundamentals exist for company shares only.");
        }
        return instrument;
    }

    /** Whether Upstox keeps fundamentals for it: an equity share of an Indian company (ISIN INE…). */
    public static boolean isCompanyShare(Instrument instrument) {
        String isin = instrument.isin();
        return instrument.isEquity() && !instrument.isIndex() && !instrument.isDerivative() && isin != null
                && isin.startsWith("INE");
    }

    /**
     * One Upstox answer about a company, from the cache when it is there. Upstox's "not found" becomes a message
     * that the company has no such data.
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(Instrument company, String part, Supplier<UpstoxResponse<T>> call) {
        return (T) answers.get(part + '|' + company.key(), key -> {
            try {
                return upstox.fetch(RESEARCH, call);
            } catch (UpstoxRejectedException rejected) {
                if (rejected.status() != NOT_FOUND) throw rejected;
                throw new NoCompanyDataException("Upstox has no " + part.replace('-', ' ') + " data for "
                        + company.symbol() + " (" + company.isin() + ").", rejected);
            }
        });
    }
}
