package dev.upstoxmcp.tools.options;

import static dev.upstoxmcp.upstox.UpstoxGroup.MARKET_DATA;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.upstoxmcp.analytics.OptionChains;
import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.MeteredCaches;
import dev.upstoxmcp.tools.market.QuoteService;
import dev.upstoxmcp.upstox.OptionApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.OptionChainStrike;
import dev.upstoxmcp.upstox.dto.OptionContract;
import dev.upstoxmcp.upstox.dto.OptionGreekQuote;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Options of an index or stock: the listed contracts, the chain of one expiry and the greeks of chosen contracts.
 * Expiries are checked against the listed contracts before a chain is asked for, so a wrong date gets the valid
 * ones back instead of an empty chain. Listed contracts are market data, the same for everyone, and cached for an
 * hour per underlying and day.
 */
@ApplicationScoped
public class OptionService implements MeteredCaches {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    @RestClient
    OptionApi api;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    QuoteService quotes;

    @Inject
    AnswerStamp stamp;

    private final Cache<String, List<OptionContract>> listed = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(500)
            .recordStats()
            .build();

    @Override
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("option-contracts", listed);
    }

    public OptionContractsAnswer contracts(String underlyingText, Optional<LocalDate> expiry, PageRequest page) {
        Instrument underlying = underlying(underlyingText);
        List<OptionContract> contracts = listedContracts(underlying);
        List<OptionExpiry> expiries = expiries(contracts);
        if (expiry.isEmpty()) {
            return new OptionContractsAnswer(InstrumentRef.of(underlying), expiries, null, List.of(), null, false,
                    stamp.now(), stamp.source());
        }
        LocalDate chosen = requireListed(underlying, expiries, expiry.get());
        Map<BigDecimal, OptionStrike> byStrike = new TreeMap<>();
        for (OptionContract contract : contracts) {
            if (!chosen.toString().equals(contract.expiry())) continue;
            OptionStrike known = byStrike.getOrDefault(contract.strikePrice(),
                    new OptionStrike(contract.strikePrice(), null, null));
            byStrike.put(contract.strikePrice(), "CE".equals(contract.instrumentType())
                    ? new OptionStrike(known.strike(), contract.instrumentKey(), known.putKey())
                    : new OptionStrike(known.strike(), known.callKey(), contract.instrumentKey()));
        }
        PageRequest.Page<OptionStrike> shown = page.slice(new ArrayList<>(byStrike.values()));
        return new OptionContractsAnswer(InstrumentRef.of(underlying), expiries, chosen, shown.items(),
                shown.nextCursor(), shown.hasMore(), stamp.now(), stamp.source());
    }

    public OptionChainAnswer chain(String underlyingText, Optional<LocalDate> expiry, int strikesAround) {
        Instrument underlying = underlying(underlyingText);
        if (underlying.segment().startsWith("MCX")) {
            throw new ToolCallException("Upstox has no option chain for MCX instruments; use get_option_contracts "
                    + "and get_option_greeks for " + underlying.symbol() + ".");
        }
        List<OptionExpiry> expiries = expiries(listedContracts(underlying));
        LocalDate today = stamp.now().toLocalDate();
        LocalDate chosen = expiry.isPresent() ? requireListed(underlying, expiries, expiry.get())
                : expiries.stream().map(OptionExpiry::expiry).filter(date -> !date.isBefore(today)).findFirst()
                        .orElseThrow(() -> new ToolCallException("No unexpired " + underlying.symbol()
                                + " options are listed."));
        List<OptionChainStrike> chain = new ArrayList<>(upstox.fetch(MARKET_DATA, () -> api.chain(underlying.key(),
                chosen.toString())));
        if (chain.isEmpty()) {
            throw new ToolCallException("Upstox returned no option chain for " + underlying.symbol() + " expiring "
                    + chosen + "; try again shortly or pick another expiry.");
        }
        chain.sort(Comparator.comparing(OptionChainStrike::strikePrice));
        BigDecimal spot = chain.get(0).underlyingSpotPrice();
        List<BigDecimal> strikes = chain.stream().map(OptionChainStrike::strikePrice).toList();
        BigDecimal atm = OptionChains.atTheMoney(strikes, spot);
        int atmIndex = strikes.indexOf(atm);
        List<OptionChainStrike> shown = strikesAround == 0 ? chain
                : chain.subList(Math.max(0, atmIndex - strikesAround), Math.min(chain.size(),
                        atmIndex + strikesAround + 1));
        return new OptionChainAnswer(InstrumentRef.of(underlying), chosen, ChronoUnit.DAYS.between(today, chosen),
                spot, atm, totals(chain), chain.size(), shown.stream().map(OptionService::row).toList(),
                stamp.now(), stamp.source());
    }

    public OptionGreeksAnswer greeks(List<String> texts) {
        List<Instrument> options = instruments.resolveAll(texts);
        List<String> notOptions = options.stream().filter(option -> !isOption(option)).map(Instrument::label)
                .toList();
        if (!notOptions.isEmpty()) {
            throw new ToolCallException("Greeks exist only for option contracts (CE/PE); not for "
                    + String.join(", ", notOptions) + ". Use get_option_chain or get_option_contracts to find "
                    + "contracts. Nothing was fetched.");
        }
        Map<String, OptionGreekQuote> byKey = quotes.greeks(options);
        List<OptionGreeks> rows = new ArrayList<>();
        List<String> notQuoted = new ArrayList<>();
        for (Instrument option : options) {
            OptionGreekQuote quote = byKey.get(option.key());
            if (quote == null) {
                notQuoted.add(option.label());
                continue;
            }
            rows.add(new OptionGreeks(option.symbol(), option.key(), option.underlyingSymbol(), option.expiry(),
                    option.strike(), option.type(), quote.lastPrice(), Inr.change(quote.lastPrice(),
                    quote.previousClose()), Inr.changePercent(quote.lastPrice(), quote.previousClose()),
                    quote.iv() == null ? null : quote.iv().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP),
                    quote.delta(), quote.gamma(), quote.theta(), quote.vega(), quote.oi(), quote.volume()));
        }
        return new OptionGreeksAnswer(rows, notQuoted, stamp.now(), stamp.source());
    }

    private Instrument underlying(String text) {
        Instrument underlying = instruments.resolve(text);
        if (underlying.isDerivative()) {
            throw new ToolCallException(underlying.label() + " is itself a derivative; name its underlying instead, "
                    + "e.g. " + (underlying.underlyingSymbol() == null ? "NIFTY" : underlying.underlyingSymbol())
                    + ".");
        }
        return underlying;
    }

    private List<OptionContract> listedContracts(Instrument underlying) {
        String cacheKey = underlying.key() + '|' + stamp.now().toLocalDate();
        List<OptionContract> contracts = listed.get(cacheKey, ignored -> List.copyOf(upstox.fetch(MARKET_DATA, 
                () -> api.contracts(underlying.key(), null))));
        if (contracts.isEmpty()) {
            listed.invalidate(cacheKey);
            throw new ToolCallException(underlying.label() + " has no listed options. Options exist on the F&O "
                    + "stocks and on indices such as NIFTY, BANKNIFTY, FINNIFTY and SENSEX.");
        }
        return contracts;
    }

    private static List<OptionExpiry> expiries(List<OptionContract> contracts) {
        Map<String, List<OptionContract>> byExpiry = contracts.stream()
                .collect(Collectors.groupingBy(OptionContract::expiry, TreeMap::new, Collectors.toList()));
        List<OptionExpiry> expiries = new ArrayList<>();
        byExpiry.forEach((expiry, members) -> {
            List<BigDecimal> strikes = members.stream().map(OptionContract::strikePrice).distinct().sorted().toList();
            OptionContract first = members.get(0);
            expiries.add(new OptionExpiry(LocalDate.parse(expiry), Boolean.TRUE.equals(first.weekly()),
                    strikes.size(), strikes.get(0), strikes.get(strikes.size() - 1),
                    first.lotSize() == null ? 0 : first.lotSize()));
        });
        return expiries;
    }

    private static LocalDate requireListed(Instrument underlying, List<OptionExpiry> expiries, LocalDate wanted) {
        if (expiries.stream().anyMatch(row -> row.expiry().equals(wanted))) return wanted;
        throw new ToolCallException("No " + underlying.symbol() + " options expire on " + wanted + ". Listed "
                + "expiries: " + expiries.stream().map(row -> row.expiry().toString())
                .collect(Collectors.joining(", ")) + ".");
    }

    private static OptionChainTotals totals(List<OptionChainStrike> chain) {
        long callOi = 0;
        long putOi = 0;
        long callVolume = 0;
        long putVolume = 0;
        List<OptionChains.StrikeInterest> interest = new ArrayList<>();
        for (OptionChainStrike strike : chain) {
            long call = oi(strike.call());
            long put = oi(strike.put());
            callOi += call;
            putOi += put;
            callVolume += volume(strike.call());
            putVolume += volume(strike.put());
            interest.add(new OptionChains.StrikeInterest(strike.strikePrice(), call, put));
        }
        return new OptionChainTotals(callOi, putOi, OptionChains.putCallRatio(putOi, callOi), callVolume, putVolume,
                OptionChains.maxPain(interest));
    }

    private static OptionChainRow row(OptionChainStrike strike) {
        return new OptionChainRow(strike.strikePrice(), OptionChains.putCallRatio(oi(strike.put()),
                oi(strike.call())), leg(strike.call()), leg(strike.put()));
    }

    private static OptionLeg leg(OptionChainStrike.Side side) {
        if (side == null) return null;
        OptionChainStrike.MarketData market = side.marketData();
        OptionChainStrike.Greeks greeks = side.greeks();
        if (market == null) return new OptionLeg(side.instrumentKey(), null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        return new OptionLeg(side.instrumentKey(), market.ltp(), Inr.change(market.ltp(),
                market.closePrice()), market.oi(), market.oi() == null || market.previousOi() == null ? null
                : market.oi() - market.previousOi(), market.volume(), positive(market.bidPrice()),
                positive(market.askPrice()), greeks == null ? null : greeks.iv(), greeks == null ? null
                : greeks.delta(), greeks == null ? null : greeks.gamma(), greeks == null ? null : greeks.theta(),
                greeks == null ? null : greeks.vega(), greeks == null ? null : greeks.pop());
    }

    private static boolean isOption(Instrument instrument) {
        return "CE".equals(instrument.type()) || "PE".equals(instrument.type());
    }

    private static long oi(OptionChainStrike.Side side) {
        return side == null || side.marketData() == null || side.marketData().oi() == null ? 0
                : side.marketData().oi();
    }

    private static long volume(OptionChainStrike.Side side) {
        return side == null || side.marketData() == null || side.marketData().volume() == null ? 0
                : side.marketData().volume();
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
