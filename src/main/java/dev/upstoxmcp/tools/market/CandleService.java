package dev.upstoxmcp.tools.market;

import static dev.upstoxmcp.upstox.UpstoxGroup.MARKET_DATA;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.MeteredCaches;
import dev.upstoxmcp.upstox.CandleUnit;
import dev.upstoxmcp.upstox.CandleWindows;
import dev.upstoxmcp.upstox.HistoryApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.CandleData;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Candles over any range: split into the windows Upstox serves per request, fetched newest first, merged and
 * de-duplicated. Today's candles (intraday ones and the day's own) come from the intraday API, so a range up to today
 * is a complete, cached range up to yesterday plus one request for today. Windows that ended before today are
 * complete and cached (market data, the same for every user).
 */
@ApplicationScoped
public class CandleService implements MeteredCaches {

    static final int MAX_WINDOWS = 24;

    @Inject
    @RestClient
    HistoryApi history;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    AnswerStamp stamp;

    private final Cache<String, List<Candle>> completedWindows = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(12))
            .maximumSize(5_000)
            .recordStats()
            .build();

    @Override
    public Map<String, Cache<?, ?>> caches() {
        return Map.of("candles", completedWindows);
    }

    public CandlesAnswer candles(String instrumentText, CandleUnit unit, int every, Optional<LocalDate> from,
                                 Optional<LocalDate> to, Optional<Period> period, PageRequest page) {
        Instrument instrument = instruments.resolve(instrumentText);
        LocalDate today = stamp.now().toLocalDate();
        LocalDate end = to.filter(date -> date.isBefore(today)).orElse(today);
        LocalDate start = from.orElseGet(() -> end.minus(period.orElse(defaultSpan(unit))).plusDays(1));
        List<Candle> all = history(instrument, unit, every, start, end);
        List<Candle> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);
        PageRequest.Page<Candle> shown = page.slice(newestFirst);
        List<Candle> pageOldestFirst = new ArrayList<>(shown.items());
        Collections.reverse(pageOldestFirst);
        return new CandlesAnswer(InstrumentRef.of(instrument), unit, every, start, end, summarise(all),
                pageOldestFirst, shown.nextCursor(), shown.hasMore(), stamp.now(), stamp.source());
    }

    /**
     * Every candle of an instrument from {@code from} to {@code to} (at most today), oldest first, fetched in the
     * windows Upstox allows and cached like {@code get_candles}; for analytics over price history.
     */
    public List<Candle> history(Instrument instrument, CandleUnit unit, int every, LocalDate from, LocalDate to) {
        LocalDate today = stamp.now().toLocalDate();
        LocalDate end = to.isAfter(today) ? today : to;
        return fetch(instrument.key(), unit, every, CandleWindows.of(unit, every, from, end, MAX_WINDOWS), today);
    }

    static Period defaultSpan(CandleUnit unit) {
        return switch (unit) {
            case MINUTES, HOURS -> Period.ofDays(1);
            case DAYS -> Period.ofYears(1);
            case WEEKS -> Period.ofYears(3);
            case MONTHS -> Period.ofYears(10);
        };
    }

    private List<Candle> fetch(String key, CandleUnit unit, int every, List<CandleWindows.Window> windows,
                               LocalDate today) {
        Map<String, Candle> byTime = new LinkedHashMap<>();
        for (CandleWindows.Window window : windows) {
            boolean includesToday = !window.to().isBefore(today);
            if (includesToday && unit.servedForToday(every)) {
                parse(upstox.fetch(MARKET_DATA, () -> history.intraday(key, unit.wireName(), every)), unit)
                        .forEach(candle -> byTime.put(candle.t(), candle));
                if (window.from().isBefore(today)) {
                    historical(key, unit, every, new CandleWindows.Window(window.from(), today.minusDays(1)), true)
                            .forEach(candle -> byTime.put(candle.t(), candle));
                }
            } else {
                historical(key, unit, every, window, !includesToday)
                        .forEach(candle -> byTime.put(candle.t(), candle));
            }
        }
        List<Candle> candles = new ArrayList<>(byTime.values());
        candles.sort(Comparator.comparing(Candle::t));
        return candles;
    }

    private List<Candle> historical(String key, CandleUnit unit, int every, CandleWindows.Window window,
                                    boolean complete) {
        String cacheKey = key + '|' + unit + '|' + every + '|' + window.from() + '|' + window.to();
        if (complete) {
            List<Candle> cached = completedWindows.getIfPresent(cacheKey);
            if (cached != null) return cached;
        }
        List<Candle> candles = parse(upstox.fetch(MARKET_DATA, () -> history.historical(key, unit.wireName(), every,
                window.to().toString(), window.from().toString())), unit);
        if (complete) completedWindows.put(cacheKey, candles);
        return candles;
    }

    /** Upstox's rows, newest first, become compact candles. */
    static List<Candle> parse(CandleData data, CandleUnit unit) {
        List<Candle> candles = new ArrayList<>();
        if (data.candles() == null) return candles;
        for (List<Object> row : data.candles()) {
            OffsetDateTime time = OffsetDateTime.parse(row.get(0).toString());
            String t = unit.isIntraday() ? time.toLocalDateTime().toString() : time.toLocalDate().toString();
            candles.add(new Candle(t, decimal(row.get(1)), decimal(row.get(2)), decimal(row.get(3)),
                    decimal(row.get(4)), row.size() > 5 ? decimal(row.get(5)).longValue() : 0));
        }
        return candles;
    }

    static CandleSummary summarise(List<Candle> candles) {
        if (candles.isEmpty()) {
            return new CandleSummary(0, null, null, null, null, null, null, null, null, null, null, 0);
        }
        Candle first = candles.get(0);
        Candle last = candles.get(candles.size() - 1);
        Candle highest = candles.stream().max(Comparator.comparing(Candle::h)).orElseThrow();
        Candle lowest = candles.stream().min(Comparator.comparing(Candle::l)).orElseThrow();
        BigDecimal change = last.c().subtract(first.o());
        BigDecimal percent = first.o().signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(first.o(), 2, RoundingMode.HALF_UP);
        return new CandleSummary(candles.size(), first.t(), last.t(), first.o(), last.c(), change, percent,
                highest.h(), highest.t(), lowest.l(), lowest.t(), candles.stream().mapToLong(Candle::v).sum());
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
