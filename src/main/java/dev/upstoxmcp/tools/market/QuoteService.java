package dev.upstoxmcp.tools.market;

import static dev.upstoxmcp.upstox.UpstoxGroup.MARKET_DATA;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.MarketQuoteApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.dto.LtpQuote;
import dev.upstoxmcp.upstox.dto.MarketQuote;
import dev.upstoxmcp.upstox.dto.OhlcQuote;
import dev.upstoxmcp.upstox.dto.OptionGreekQuote;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Quotes of many instruments: resolved from what the user typed, fetched in batches (Upstox takes at most 500 keys a
 * request and 50 for greeks; a batch of 100 keeps the URL under 3 KB, which every proxy on the way accepts) and
 * matched back to the request keys through {@code instrument_token}, since Upstox keys its answer by symbol.
 */
@ApplicationScoped
public class QuoteService {

    /** Most instruments one call may ask for. */
    public static final int MAX_INSTRUMENTS = 500;
    static final int QUOTE_BATCH = 100;
    static final int GREEK_BATCH = 50;

    @Inject
    @RestClient
    MarketQuoteApi api;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    AnswerStamp stamp;

    public QuotesAnswer quotes(List<String> texts, QuoteMode mode, boolean withDepth) {
        List<Instrument> resolved = instruments.resolveAll(texts);
        List<String> notQuoted = new ArrayList<>();
        List<Quote> quotes = switch (mode) {
            case LTP -> assemble(resolved, fetch(resolved, QUOTE_BATCH, api::ltp, LtpQuote::instrumentKey),
                    QuoteService::ofLtp, notQuoted);
            case OHLC -> assemble(resolved, fetch(resolved, QUOTE_BATCH, keys -> api.ohlc(keys, "1d"),
                    OhlcQuote::instrumentKey), QuoteService::ofOhlc, notQuoted);
            case FULL -> assemble(resolved, fetch(resolved, QUOTE_BATCH, api::quotes, MarketQuote::instrumentKey),
                    (instrument, full) -> ofFull(instrument, full, withDepth), notQuoted);
        };
        return new QuotesAnswer(mode, quotes, notQuoted, stamp.now(), stamp.source());
    }

    /** Quotes in the order asked; instruments Upstox left out are named in {@code notQuoted}. */
    private static <T> List<Quote> assemble(List<Instrument> instruments, Map<String, T> byKey,
                                            BiFunction<Instrument, T, Quote> toQuote, List<String> notQuoted) {
        List<Quote> quotes = new ArrayList<>();
        for (Instrument instrument : instruments) {
            T answer = byKey.get(instrument.key());
            if (answer == null) {
                notQuoted.add(instrument.label());
            } else {
                quotes.add(toQuote.apply(instrument, answer));
            }
        }
        return quotes;
    }

    /** Greeks of option contracts already resolved, by request key. */
    public Map<String, OptionGreekQuote> greeks(List<Instrument> options) {
        return fetch(options, GREEK_BATCH, api::optionGreeks, OptionGreekQuote::instrumentKey);
    }

    private <T> Map<String, T> fetch(List<Instrument> instruments, int batchSize,
                                     Function<String, UpstoxResponse<Map<String, T>>> call,
                                     Function<T, String> requestKey) {
        Map<String, T> byKey = new HashMap<>();
        for (int from = 0; from < instruments.size(); from += batchSize) {
            String keys = String.join(",", instruments.subList(from, Math.min(instruments.size(), from + batchSize))
                    .stream().map(Instrument::key).toList());
            for (T quote : upstox.fetch(MARKET_DATA, () -> call.apply(keys)).values()) {
                byKey.put(requestKey.apply(quote), quote);
            }
        }
        return byKey;
    }

    private static Quote ofLtp(Instrument instrument, LtpQuote ltp) {
        return brief(instrument, ltp.lastPrice(), ltp.previousClose(), null, null, null, ltp.volume(),
                ltp.lastQuantity());
    }

    private static Quote ofOhlc(Instrument instrument, OhlcQuote ohlc) {
        MarketQuote.Ohlc live = ohlc.live();
        BigDecimal previousClose = ohlc.previous() == null ? null : ohlc.previous().close();
        if (live == null) return brief(instrument, ohlc.lastPrice(), previousClose, null, null, null, null, null);
        return brief(instrument, ohlc.lastPrice(), previousClose, live.open(), live.high(), live.low(), live.volume(),
                null);
    }

    private static Quote ofFull(Instrument instrument, MarketQuote full, boolean withDepth) {
        MarketQuote.Ohlc day = full.ohlc();
        Quote.Depth depth = depthOf(full.depth());
        Quote.Level bid = depth == null || depth.bids().isEmpty() ? null : depth.bids().get(0);
        Quote.Level ask = depth == null || depth.asks().isEmpty() ? null : depth.asks().get(0);
        boolean index = instrument.isIndex();
        BigDecimal last = full.lastPrice();
        return new Quote(instrument.symbol(), instrument.exchange(), instrument.key(), last,
                Inr.change(last, full.previousClose()), Inr.changePercent(last, full.previousClose()),
                full.previousClose(), day == null ? null : day.open(), day == null ? null : day.high(),
                day == null ? null : day.low(), full.volume(), null, index ? null : full.averagePrice(),
                full.yearHigh(), full.yearLow(), index ? null : positive(full.lowerCircuitLimit()),
                index ? null : positive(full.upperCircuitLimit()), instrument.isDerivative() ? full.oi() : null,
                bid == null ? null : bid.price(), ask == null ? null : ask.price(),
                index ? null : full.totalBuyQuantity(), index ? null : full.totalSellQuantity(),
                tradeTime(full.lastTradeTime()), withDepth ? depth : null);
    }

    /** The fields the LTP and OHLC modes share. */
    private static Quote brief(Instrument instrument, BigDecimal last, BigDecimal previousClose, BigDecimal open,
                               BigDecimal high, BigDecimal low, Long volume, Long lastQuantity) {
        boolean index = instrument.isIndex();
        return new Quote(instrument.symbol(), instrument.exchange(), instrument.key(), last,
                Inr.change(last, previousClose), Inr.changePercent(last, previousClose), previousClose, open, high,
                low, index ? null : volume, index ? null : lastQuantity, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Levels with a price; Upstox zero-fills a thin book to five levels. */
    private static Quote.Depth depthOf(MarketQuote.Depth depth) {
        if (depth == null) return null;
        return new Quote.Depth(levels(depth.buy()), levels(depth.sell()));
    }

    private static List<Quote.Level> levels(List<MarketQuote.Level> levels) {
        if (levels == null) return List.of();
        return levels.stream().filter(level -> level.price() != null && level.price().signum() > 0)
                .map(level -> new Quote.Level(level.price(), orZero(level.quantity()), orZero(level.orders())))
                .toList();
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Upstox sends epoch milliseconds as a string; "0" or garbage means none. */
    private static OffsetDateTime tradeTime(String epochMillis) {
        if (epochMillis == null || !epochMillis.matches("\\d{10,}")) return null;
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(epochMillis)), Ist.ZONE);
    }
}
