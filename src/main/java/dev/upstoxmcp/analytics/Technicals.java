package dev.upstoxmcp.analytics;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandFacade;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Technical indicators of a daily price series, computed by ta4j on its last bar:
 * <ul>
 * <li>SMA(n): mean of the last n closes. EMA(n): {@code ema = ema' + (close - ema') * 2/(n+1)}, seeded with the first
 * close (ta4j), so it needs a few times n bars to forget the seed.</li>
 * <li>RSI(14), Wilder: {@code 100 - 100/(1 + avgGain/avgLoss)}, gains and losses of close-to-close changes smoothed
 * by Wilder's moving average ({@code avg = avg' + (x - avg')/14}, ta4j's MMA, seeded with the first bar's zero
 * change; the seed's weight is {@code (13/14)^k} after k bars).</li>
 * <li>MACD(12, 26): EMA12 - EMA26 of closes; signal: EMA9 of MACD; histogram: MACD - signal.</li>
 * <li>Bollinger(20, 2σ): middle SMA20, upper/lower ± 2 population standard deviations of the last 20 closes;
 * %B = (close - lower)/(upper - lower); bandwidth = (upper - lower)/middle × 100.</li>
 * <li>ATR(14), Wilder: true range {@code max(high, close') - min(low, close')} smoothed like RSI; also in % of the
 * close.</li>
 * <li>52-week range: highest high and lowest low of the bars dated within one year up to the last bar (calendar,
 * not a bar count, so holidays do not shift it), and the close's distance from each in %.</li>
 * <li>Volume trend: mean volume of the last 20 bars over that of the last 50.</li>
 * <li>Returns over 1, 3, 6 and 12 months: last close over the close of the last bar on or before the same day that
 * many calendar months earlier, minus 1, in %.</li>
 * </ul>
 * An indicator that needs more bars than there are is null, and {@link Report#unavailable} says how many it needs.
 * The verdict, its reasons and signals come from {@link TrendRules}.
 */
public final class Technicals {

    /** Fewer bars than this say too little about a trend to be worth computing. */
    public static final int MIN_BARS = 30;
    static final int RSI_PERIOD = 14;
    static final int MACD_SHORT = 12;
    static final int MACD_LONG = 26;
    static final int MACD_SIGNAL = 9;
    static final int BOLLINGER_PERIOD = 20;
    static final double BOLLINGER_K = 2;
    static final int ATR_PERIOD = 14;
    static final int VOLUME_SHORT = 20;
    static final int VOLUME_LONG = 50;

    /** One daily bar; volume 0 when the instrument has none (indices). */
    public record Bar(LocalDate date, double open, double high, double low, double close, double volume) {}

    public record MovingAverages(Double sma20, Double sma50, Double sma200, Double ema20, Double ema50,
                                 Double ema200) {}

    /** MACD, its signal line and histogram, and when MACD last crossed its signal (null if it never did). */
    public record Macd(double macd, double signal, double histogram, Cross lastCross) {}

    public record Bollinger(double upper, double middle, double lower, Double percentB, double bandwidthPercent) {}

    public record Atr(double value, double percentOfClose) {}

    /** The 52-week high and low, their days and the close's distance from each in % ({@code close/high - 1}). */
    public record Range(double high, LocalDate highDate, double low, LocalDate lowDate, double fromHighPercent,
                        double fromLowPercent, LocalDate from) {}

    /** Mean volumes of the last 20 and 50 bars and their ratio: rising above 1.1, falling below 0.9, else steady. */
    public record VolumeTrend(double average20, double average50, double ratio) {

        public String direction() {
            return ratio > 1.1 ? "rising" : ratio < 0.9 ? "falling" : "steady";
        }
    }

    public record Returns(Double oneMonth, Double threeMonths, Double sixMonths, Double oneYear) {}

    /** The last time one line crossed another: upwards or not, on which day, how many bars before the last one. */
    public record Cross(boolean up, LocalDate date, int barsAgo) {}

    public record Report(LocalDate date, double close, int bars, LocalDate firstDate, MovingAverages averages,
                         Double rsi, Macd macd, Bollinger bollinger, Atr atr, Range range, VolumeTrend volume,
                         Returns returns, Cross smaCross, TrendRules.Verdict verdict, List<String> unavailable) {

        Report withVerdict(TrendRules.Verdict verdict) {
            return new Report(date, close, bars, firstDate, averages, rsi, macd, bollinger, atr, range, volume,
                    returns, smaCross, verdict, unavailable);
        }
    }

    /** The series a chart draws, one value per bar, NaN where an indicator has too few bars. */
    public record Lines(List<LocalDate> dates, double[] close, double[] sma50, double[] sma200, double[] upper,
                        double[] middle, double[] lower, double[] rsi) {}

    private Technicals() {}

    /** Everything on the last bar of {@code bars} (oldest first, one per trading day, at least {@link #MIN_BARS}). */
    public static Report of(List<Bar> bars) {
        BarSeries series = series(bars);
        List<String> unavailable = new ArrayList<>();
        Availability has = new Availability(bars.size(), unavailable);
        int last = series.getEndIndex();
        Bar lastBar = bars.get(last);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MovingAverages averages = new MovingAverages(
                has.bars(20, "SMA20") ? value(new SMAIndicator(close, 20), last) : null,
                has.bars(50, "SMA50") ? value(new SMAIndicator(close, 50), last) : null,
                has.bars(200, "SMA200") ? value(new SMAIndicator(close, 200), last) : null,
                has.bars(20, "EMA20") ? value(new EMAIndicator(close, 20), last) : null,
                has.bars(50, "EMA50") ? value(new EMAIndicator(close, 50), last) : null,
                has.bars(200, "EMA200") ? value(new EMAIndicator(close, 200), last) : null);
        Double rsi = has.bars(RSI_PERIOD + 1, "RSI(14)") ? value(new RSIIndicator(close, RSI_PERIOD), last) : null;
        Macd macd = has.bars(MACD_LONG + MACD_SIGNAL - 1, "MACD(12,26,9)") ? macd(close, bars) : null;
        Bollinger bollinger = has.bars(BOLLINGER_PERIOD, "Bollinger(20,2)") ? bollinger(close, last) : null;
        Atr atr = has.bars(ATR_PERIOD + 1, "ATR(14)") ? atr(series, last) : null;
        VolumeTrend volume = volumeTrend(series, has);
        Returns returns = returns(bars, unavailable);
        Cross smaCross = averages.sma200() == null ? null
                : lastCross(new SMAIndicator(close, 50), new SMAIndicator(close, 200), 200, bars);
        Report report = new Report(lastBar.date(), lastBar.close(), bars.size(), bars.get(0).date(), averages, rsi,
                macd, bollinger, atr, range(series, bars), volume, returns, smaCross, null, List.copyOf(unavailable));
        return report.withVerdict(TrendRules.verdict(report));
    }

    /** The lines of a price chart with SMA50, SMA200, Bollinger bands and RSI(14), for every bar. */
    public static Lines lines(List<Bar> bars) {
        BarSeries series = series(bars);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        BollingerBandFacade bands = new BollingerBandFacade(close, BOLLINGER_PERIOD, BOLLINGER_K);
        return new Lines(bars.stream().map(Bar::date).toList(), column(close, 1),
                column(new SMAIndicator(close, 50), 50), column(new SMAIndicator(close, 200), 200), column(bands.upper(), BOLLINGER_PERIOD),
                column(bands.middle(), BOLLINGER_PERIOD), column(bands.lower(), BOLLINGER_PERIOD),
                column(new RSIIndicator(close, RSI_PERIOD), RSI_PERIOD + 1));
    }

    /** A ta4j series of daily bars on double arithmetic; each bar ends at midnight UTC after its day. */
    static BarSeries series(List<Bar> bars) {
        if (bars.size() < MIN_BARS) {
            throw new IllegalArgumentException("technical indicators need at least " + MIN_BARS + " daily bars, got "
                    + bars.size());
        }
        BarSeries series = new BaseBarSeriesBuilder().withName("daily").withNumTypeOf(DoubleNum.class).build();
        LocalDate previous = null;
        for (Bar bar : bars) {
            if (previous != null && !bar.date().isAfter(previous)) {
                throw new IllegalArgumentException("bars must be in date order, one per day: " + bar.date()
                        + " follows " + previous);
            }
            series.addBar(bar.date().plusDays(1).atStartOfDay(ZoneOffset.UTC), bar.open(), bar.high(), bar.low(),
                    bar.close(), bar.volume());
            previous = bar.date();
        }
        return series;
    }

    private static Macd macd(Indicator<Num> close, List<Bar> bars) {
        int last = bars.size() - 1;
        MACDIndicator macd = new MACDIndicator(close, MACD_SHORT, MACD_LONG);
        Indicator<Num> signal = macd.getSignalLine(MACD_SIGNAL);
        return new Macd(value(macd, last), value(signal, last), value(macd.getHistogram(MACD_SIGNAL), last),
                lastCross(macd, signal, MACD_LONG + MACD_SIGNAL - 1, bars));
    }

    private static Bollinger bollinger(Indicator<Num> close, int last) {
        BollingerBandFacade bands = new BollingerBandFacade(close, BOLLINGER_PERIOD, BOLLINGER_K);
        double upper = value(bands.upper(), last);
        double lower = value(bands.lower(), last);
        // %B is undefined when the band has no width (20 equal closes)
        Double percentB = upper == lower ? null : value(bands.percentB(), last);
        return new Bollinger(upper, value(bands.middle(), last), lower, percentB, value(bands.bandwidth(), last));
    }

    private static Atr atr(BarSeries series, int last) {
        double atr = value(new ATRIndicator(series, ATR_PERIOD), last);
        double close = series.getBar(last).getClosePrice().doubleValue();
        return new Atr(atr, atr / close * 100);
    }

    private static VolumeTrend volumeTrend(BarSeries series, Availability has) {
        if (!has.bars(VOLUME_LONG, "volume trend (20-day vs 50-day average volume)")) return null;
        int last = series.getEndIndex();
        VolumeIndicator volume = new VolumeIndicator(series);
        double average20 = value(new SMAIndicator(volume, VOLUME_SHORT), last);
        double average50 = value(new SMAIndicator(volume, VOLUME_LONG), last);
        if (average50 == 0) {
            has.unavailable.add("volume trend: no traded volume in the last " + VOLUME_LONG + " bars (an index?)");
            return null;
        }
        return new VolumeTrend(average20, average50, average20 / average50);
    }

    private static Range range(BarSeries series, List<Bar> bars) {
        int last = series.getEndIndex();
        LocalDate from = bars.get(last).date().minusYears(1).plusDays(1);
        int count = (int) bars.stream().filter(bar -> !bar.date().isBefore(from)).count();
        double high = value(new HighestValueIndicator(new HighPriceIndicator(series), count), last);
        double low = value(new LowestValueIndicator(new LowPriceIndicator(series), count), last);
        LocalDate highDate = null;
        LocalDate lowDate = null;
        for (int i = last - count + 1; i <= last; i++) {   // the latest day of each extreme
            if (bars.get(i).high() == high) highDate = bars.get(i).date();
            if (bars.get(i).low() == low) lowDate = bars.get(i).date();
        }
        double close = bars.get(last).close();
        return new Range(high, highDate, low, lowDate, (close / high - 1) * 100, (close / low - 1) * 100,
                bars.get(last - count + 1).date());
    }

    private static Returns returns(List<Bar> bars, List<String> unavailable) {
        return new Returns(change(bars, Period.ofMonths(1), "1-month", unavailable),
                change(bars, Period.ofMonths(3), "3-month", unavailable),
                change(bars, Period.ofMonths(6), "6-month", unavailable),
                change(bars, Period.ofYears(1), "1-year", unavailable));
    }

    private static Double change(List<Bar> bars, Period period, String name, List<String> unavailable) {
        Bar last = bars.get(bars.size() - 1);
        LocalDate base = last.date().minus(period);
        for (int i = bars.size() - 1; i >= 0; i--) {
            if (!bars.get(i).date().isAfter(base)) return (last.close() / bars.get(i).close() - 1) * 100;
        }
        unavailable.add(name + " return needs a close on or before " + base + "; the bars start "
                + bars.get(0).date());
        return null;
    }

    /**
     * The last bar where {@code a} and {@code b} changed order, among the bars from index {@code needs - 1}
     * on (where both exist); null if they never did.
     */
    private static Cross lastCross(Indicator<Num> a, Indicator<Num> b, int needs, List<Bar> bars) {
        int last = bars.size() - 1;
        for (int i = last; i >= needs; i--) {
            int now = Double.compare(value(a, i), value(b, i));
            if (now != 0 && now != Double.compare(value(a, i - 1), value(b, i - 1))) {
                return new Cross(now > 0, bars.get(i).date(), last - i);
            }
        }
        return null;
    }

    private static double[] column(Indicator<Num> indicator, int needs) {
        int size = indicator.getBarSeries().getBarCount();
        double[] values = new double[size];
        for (int i = 0; i < size; i++) values[i] = i + 1 < needs ? Double.NaN : value(indicator, i);
        return values;
    }

    static double value(Indicator<Num> indicator, int index) {
        return indicator.getValue(index).doubleValue();
    }

    /** Whether there are enough bars for an indicator; notes the ones there are not. */
    private record Availability(int bars, List<String> unavailable) {

        boolean bars(int needed, String indicator) {
            if (bars >= needed) return true;
            unavailable.add(indicator + " needs " + needed + " daily bars; there are " + bars);
            return false;
        }
    }
}
