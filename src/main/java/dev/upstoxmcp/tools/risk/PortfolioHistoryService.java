package dev.upstoxmcp.tools.risk;

import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.upstoxmcp.analytics.DatedSeries;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.Inr;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.tools.market.Candle;
import dev.upstoxmcp.tools.market.CandleService;
import dev.upstoxmcp.upstox.CandleUnit;
import dev.upstoxmcp.upstox.ParallelRequests;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The price history both risk tools work from: today's holdings, one daily-candle history per holding and one for the
 * benchmark (fetched in parallel, cached by {@link CandleService}), and the buy-and-hold value of today's quantities.
 * Series end on the last session before today, so every candle window is complete and cached.
 */
@ApplicationScoped
public class PortfolioHistoryService {

    /** Steps a caller of {@link #load(Instrument, LocalDate, LocalDate, ProgressSteps)} keeps for its computation. */
    static final int STEPS_AFTER_LOAD = 1;

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    UpstoxGateway upstox;

    @Inject
    InstrumentResolver instruments;

    @Inject
    CandleService candles;

    @Inject
    ParallelRequests parallel;

    @Inject
    AnswerStamp stamp;

    /** The benchmark the user named: an index such as "NIFTY 50", or any instrument. */
    Instrument benchmark(String text) {
        return instruments.resolve(text);
    }

    /** The last day whose close is final: the day before today (IST). */
    LocalDate lastCompletedDay() {
        return stamp.now().toLocalDate().minusDays(1);
    }

    /** Holdings, their closes and the benchmark's from {@code from} to {@code to}. */
    PortfolioHistory load(Instrument benchmark, LocalDate from, LocalDate to) {
        return load(benchmark, from, to, ProgressSteps.none());
    }

    /**
     * As {@link #load(Instrument, LocalDate, LocalDate)}, one step for the holdings and one per candle history
     * fetched; {@code steps}' total becomes that plus the caller's {@link #STEPS_AFTER_LOAD} for its own work.
     */
    PortfolioHistory load(Instrument benchmark, LocalDate from, LocalDate to, ProgressSteps steps) {
        List<Holding> holdings = upstox.fetch(PORTFOLIO, portfolio::longTermHoldings).stream()
                .filter(holding -> holding.quantity() != null && holding.quantity() > 0).toList();
        if (holdings.isEmpty()) {
            throw new ToolCallException("The account has no delivery holdings, so there is no portfolio to measure. "
                    + "Once shares are held (see get_holdings), ask again; for one stock, use get_candles.");
        }
        Map<String, Instrument> byKey = instruments.resolveAll(holdings.stream().map(Holding::instrumentKey)
                .toList()).stream().collect(Collectors.toMap(Instrument::key, Function.identity()));
        List<Instrument> held = holdings.stream().map(holding -> byKey.get(holding.instrumentKey())).toList();
        List<Instrument> all = Stream.concat(held.stream(), Stream.of(benchmark)).toList();
        steps.total(1 + all.size() + STEPS_AFTER_LOAD);
        steps.done("Read " + holdings.size() + " holdings; fetching " + all.size() + " daily candle histories");
        List<Supplier<DatedSeries>> fetches = all.stream()
                .<Supplier<DatedSeries>>map(instrument -> () -> {
                    DatedSeries fetched = closes(instrument, from, to);
                    steps.done("Fetched daily closes of " + instrument.symbol());
                    return fetched;
                }).toList();
        List<DatedSeries> closes = parallel.all(fetches);
        List<HeldSeries> series = new ArrayList<>();
        for (int i = 0; i < holdings.size(); i++) {
            Holding holding = holdings.get(i);
            BigDecimal value = Inr.orZero(holding.lastPrice()).multiply(BigDecimal.valueOf(holding.quantity()));
            series.add(new HeldSeries(held.get(i).symbol(), held.get(i), holding.quantity(), value, closes.get(i)));
        }
        return PortfolioHistory.of(benchmark, from, to, series, closes.get(closes.size() - 1));
    }

    /** An instrument's daily closes from {@code from} to {@code to}. */
    DatedSeries closes(Instrument instrument, LocalDate from, LocalDate to) {
        List<Candle> daily = candles.history(instrument, CandleUnit.DAYS, 1, from, to);
        return new DatedSeries(daily.stream().map(candle -> LocalDate.parse(candle.t())).toList(),
                daily.stream().mapToDouble(candle -> candle.c().doubleValue()).toArray());
    }
}
