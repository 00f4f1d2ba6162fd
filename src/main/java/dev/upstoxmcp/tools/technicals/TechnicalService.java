package dev.upstoxmcp.tools.technicals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import dev.upstoxmcp.analytics.Technicals;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.market.Candle;
import dev.upstoxmcp.tools.market.CandleService;
import dev.upstoxmcp.upstox.CandleUnit;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Technical indicators of a stock, ETF or index from its daily candles of the last {@link #HISTORY}: enough for
 * SMA200 on every day of the charted year and for EMA200 to forget its seed (under 1 % weight after 490 bars), in
 * one Upstox request (cached once the day is over; today's candle comes from the intraday API).
 */
@ApplicationScoped
public class TechnicalService {

    static final Period HISTORY = Period.ofYears(2);
    static final String METHOD = """
            Daily candles of Upstox as traded (not adjusted for dividends); while the market is open the last \
            candle is today's session so far. Computed with ta4j on the last bar: SMA and EMA of closes (EMA \
            seeded with the first close), RSI(14) and ATR(14) with Wilder's smoothing, MACD(12,26) with a 9-day \
            EMA signal, Bollinger bands of 20 closes ± 2 population standard deviations, 52-week high and low of \
            the candles dated within one year, volume trend = 20-day / 50-day average volume, returns close to \
            close over calendar months. Verdict: five checks vote +1/-1 (close vs SMA50, close vs SMA200, SMA50 \
            vs SMA200, MACD vs signal, RSI vs 50); all five +1 strong_uptrend, all five -1 strong_downtrend, \
            otherwise a score of +2 or more uptrend, -2 or less downtrend, else sideways.""";

    @Inject
    InstrumentResolver instruments;

    @Inject
    CandleService candles;

    @Inject
    AnswerStamp stamp;

    /** The indicators of what {@code instrumentText} names, with a chart of the last year when asked. */
    public Charted<TechnicalsAnswer> technicals(String instrumentText, boolean chart) {
        Instrument instrument = instruments.resolve(instrumentText);
        List<Technicals.Bar> bars = bars(instrument);
        TechnicalsAnswer answer = answer(instrument, bars);
        return chart ? new Charted<>(answer, List.of(TechnicalsChart.of(instrument, bars, answer)))
                : Charted.of(answer);
    }

    /** The indicators of an instrument, for tools that combine them with other views (e.g. a stock analysis). */
    public TechnicalsAnswer indicators(Instrument instrument) {
        return answer(instrument, bars(instrument));
    }

    private TechnicalsAnswer answer(Instrument instrument, List<Technicals.Bar> bars) {
        return TechnicalsMapping.answer(InstrumentRef.of(instrument), Technicals.of(bars), METHOD, stamp.now(),
                stamp.source());
    }

    private List<Technicals.Bar> bars(Instrument instrument) {
        if (instrument.isDerivative()) {
            throw new ToolCallException(instrument.label() + " is a futures or options contract, whose short life "
                    + "and expiry effects make trend indicators misleading. Ask about its underlying, "
                    + instrument.underlyingSymbol() + ".");
        }
        if (!instrument.isEquity() && !instrument.isIndex()) {
            throw new ToolCallException(instrument.label() + " is not a stock, ETF or index; technical indicators "
                    + "are computed for those only.");
        }
        LocalDate today = stamp.now().toLocalDate();
        LocalDate from = today.minus(HISTORY);
        List<Technicals.Bar> bars = candles.history(instrument, CandleUnit.DAYS, 1, from, today).stream()
                .map(TechnicalService::bar).toList();
        if (bars.size() < Technicals.MIN_BARS) {
            throw new ToolCallException(instrument.label() + " has " + (bars.isEmpty() ? "no daily candles"
                    : "only " + bars.size() + " daily candles (from " + bars.get(0).date() + ")")
                    + " since " + from + "; technical indicators need at least " + Technicals.MIN_BARS
                    + " trading days of history (a recent listing?).");
        }
        return bars;
    }

    private static Technicals.Bar bar(Candle candle) {
        return new Technicals.Bar(LocalDate.parse(candle.t()), candle.o().doubleValue(), candle.h().doubleValue(),
                candle.l().doubleValue(), candle.c().doubleValue(), candle.v());
    }
}
