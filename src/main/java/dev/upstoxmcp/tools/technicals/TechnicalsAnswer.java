package dev.upstoxmcp.tools.technicals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.analytics.TrendRules.Trend;
import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/**
 * Technical indicators of one instrument on its last daily candle ({@code date}), with a trend verdict, its reasons
 * and notable signals. Prices and price-like values (averages, bands, MACD, ATR) are in INR (index points for
 * indices) to two decimals; percentages are plain numbers; indicators that need more candles than there are are
 * absent and listed in {@code unavailable}. {@code method} states the data and formulas.
 */
public record TechnicalsAnswer(
        InstrumentRef instrument,
        LocalDate date,
        BigDecimal close,
        Trend trend,
        int score,
        int checks,
        List<String> reasons,
        List<String> signals,
        MovingAverages movingAverages,
        BigDecimal rsi14,
        Macd macd,
        Bollinger bollinger,
        Atr atr14,
        FiftyTwoWeek fiftyTwoWeek,
        VolumeTrend volume,
        Returns returns,
        List<String> unavailable,
        int bars,
        LocalDate from,
        String method,
        OffsetDateTime asOf,
        DataSource source) implements Summarized {

    /**
     * When one line last crossed another: {@code golden}/{@code death} for SMA50 over/under SMA200,
     * {@code bullish}/{@code bearish} for MACD over/under its signal; trading sessions since.
     */
    public record Cross(String kind, LocalDate date, int sessionsAgo) {}

    public record MovingAverages(BigDecimal sma20, BigDecimal sma50, BigDecimal sma200, BigDecimal ema20,
                                 BigDecimal ema50, BigDecimal ema200, Cross lastCross) {}

    /** MACD(12, 26) line, its 9-day EMA signal line and histogram (MACD - signal). */
    public record Macd(BigDecimal macd, BigDecimal signal, BigDecimal histogram, Cross lastCross) {}

    /** Bollinger bands (20 days, 2σ); %B 0 at the lower band, 1 at the upper; bandwidth in % of the middle. */
    public record Bollinger(BigDecimal upper, BigDecimal middle, BigDecimal lower, BigDecimal percentB,
                            BigDecimal bandwidthPercent) {}

    /** Average true range (14 days, Wilder), in price and in % of the close. */
    public record Atr(BigDecimal value, BigDecimal percentOfClose) {}

    /** Highest high and lowest low of the candles since {@code from} (one year back), the close's distance in %. */
    public record FiftyTwoWeek(BigDecimal high, LocalDate highDate, BigDecimal low, LocalDate lowDate,
                               BigDecimal fromHighPercent, BigDecimal fromLowPercent, LocalDate from) {}

    /** Average daily volume (shares) of the last 20 and 50 sessions; trend rising above 1.1, falling below 0.9. */
    public record VolumeTrend(long average20, long average50, BigDecimal ratio, String trend) {}

    /** Close-to-close price change in % over calendar months back from {@code date}. */
    public record Returns(BigDecimal oneMonthPercent, BigDecimal threeMonthsPercent, BigDecimal sixMonthsPercent,
                          BigDecimal oneYearPercent) {}

    /** "TCS 3271.30 (2026-11-20): uptrend — above SMA50 3180.00 and SMA200 3050.00, MACD above signal, RSI 58.2". */
    @Override
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (movingAverages.sma50() != null) {
            String sma = side(close, movingAverages.sma50()) + " SMA50 " + movingAverages.sma50();
            parts.add(movingAverages.sma200() == null ? sma
                    : sma + (side(close, movingAverages.sma50()).equals(side(close, movingAverages.sma200()))
                            ? " and " : ", " + side(close, movingAverages.sma200()) + " ")
                            + "SMA200 " + movingAverages.sma200());
        }
        if (macd != null) parts.add("MACD " + side(macd.macd(), macd.signal()) + " signal");
        if (rsi14 != null) parts.add("RSI " + rsi14.setScale(1, RoundingMode.HALF_UP));
        String text = instrument.symbol() + " " + close + " (" + date + "): " + trend.name().toLowerCase(Locale.ROOT)
                + (parts.isEmpty() ? "" : " — " + String.join(", ", parts));
        return signals.isEmpty() ? text : text + "; " + String.join("; ", signals);
    }

    private static String side(BigDecimal value, BigDecimal reference) {
        int order = value.compareTo(reference);
        return order > 0 ? "above" : order < 0 ? "below" : "at";
    }
}
