package dev.upstoxmcp.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trend verdict from explicit rules on {@link Technicals} indicators, with its reasons and signals in plain words.
 *
 * <p>Five checks each vote +1 (bullish), -1 (bearish) or 0 (equal, or the indicator needs more bars):
 * close vs SMA50, close vs SMA200, SMA50 vs SMA200 (golden/death cross regime), MACD vs its signal line, RSI(14) vs
 * 50. The verdict: {@code strong_uptrend} when all five are available and vote +1 (close above SMA50 above SMA200,
 * MACD above signal, RSI above 50); {@code strong_downtrend} when all five vote -1; otherwise {@code uptrend}
 * for a score of +2 or more, {@code downtrend} for -2 or less, {@code sideways} in between.
 *
 * <p>Signals, not part of the score: RSI above 70 (overbought) or below 30 (oversold); close outside a Bollinger
 * band; MACD crossing its signal within the last {@value #RECENT_MACD_BARS} bars; a golden or death cross within
 * the last {@value #RECENT_CROSS_BARS} bars; close within {@value #NEAR_EXTREME_PERCENT}% of the 52-week high or
 * low; 20-day average volume at least {@value #VOLUME_SURGE} times, or at most 1/{@value #VOLUME_SURGE} of, the
 * 50-day average.
 */
public final class TrendRules {

    public enum Trend { STRONG_UPTREND, UPTREND, SIDEWAYS, DOWNTREND, STRONG_DOWNTREND }

    /** The verdict, its score out of the checks that could be made, why, and what stands out. */
    public record Verdict(Trend trend, int score, int checks, List<String> reasons, List<String> signals) {}

    static final double OVERBOUGHT = 70;
    static final double OVERSOLD = 30;
    static final int RECENT_MACD_BARS = 5;
    static final int RECENT_CROSS_BARS = 20;
    static final double NEAR_EXTREME_PERCENT = 2;
    static final double VOLUME_SURGE = 1.5;
    private static final int ALL_CHECKS = 5;

    private TrendRules() {}

    static Verdict verdict(Technicals.Report report) {
        Votes votes = new Votes();
        Double sma50 = report.averages().sma50();
        Double sma200 = report.averages().sma200();
        double close = report.close();
        if (sma50 != null) {
            votes.add(Double.compare(close, sma50), "close " + price(close) + " " + side(close, sma50) + " SMA50 "
                    + price(sma50) + " (" + signedPercent(close / sma50 - 1) + ")");
        }
        if (sma200 != null) {
            votes.add(Double.compare(close, sma200), "close " + price(close) + " " + side(close, sma200)
                    + " SMA200 " + price(sma200) + " (" + signedPercent(close / sma200 - 1) + ")");
        }
        if (sma50 != null && sma200 != null) {
            votes.add(Double.compare(sma50, sma200), "SMA50 " + price(sma50) + " " + side(sma50, sma200)
                    + " SMA200 " + price(sma200) + crossText(report.smaCross()));
        }
        Technicals.Macd macd = report.macd();
        if (macd != null) {
            votes.add(Double.compare(macd.macd(), macd.signal()), "MACD " + price(macd.macd()) + " "
                    + side(macd.macd(), macd.signal()) + " its signal " + price(macd.signal()) + " (histogram "
                    + signed(macd.histogram()) + ")");
        }
        Double rsi = report.rsi();
        if (rsi != null) votes.add(Double.compare(rsi, 50), rsiText(rsi));
        return new Verdict(votes.trend(), votes.score, votes.checks, List.copyOf(votes.reasons), signals(report));
    }

    private static List<String> signals(Technicals.Report report) {
        List<String> signals = new ArrayList<>();
        Double rsi = report.rsi();
        if (rsi != null && rsi > OVERBOUGHT) signals.add("RSI " + one(rsi) + " > 70: overbought");
        if (rsi != null && rsi < OVERSOLD) signals.add("RSI " + one(rsi) + " < 30: oversold");
        Technicals.Bollinger bands = report.bollinger();
        if (bands != null && report.close() > bands.upper()) {
            signals.add("close " + price(report.close()) + " above the upper Bollinger band " + price(bands.upper()));
        }
        if (bands != null && report.close() < bands.lower()) {
            signals.add("close " + price(report.close()) + " below the lower Bollinger band " + price(bands.lower()));
        }
        Technicals.Cross macdCross = report.macd() == null ? null : report.macd().lastCross();
        if (macdCross != null && macdCross.barsAgo() < RECENT_MACD_BARS) {
            signals.add("MACD crossed " + (macdCross.up() ? "above" : "below") + " its signal on " + macdCross.date()
                    + (macdCross.up() ? " (bullish)" : " (bearish)"));
        }
        Technicals.Cross smaCross = report.smaCross();
        if (smaCross != null && smaCross.barsAgo() < RECENT_CROSS_BARS) {
            signals.add((smaCross.up() ? "golden cross: SMA50 crossed above" : "death cross: SMA50 crossed below")
                    + " SMA200 on " + smaCross.date());
        }
        Technicals.Range range = report.range();
        if (range.fromHighPercent() >= -NEAR_EXTREME_PERCENT) {
            signals.add("close within 2% of the 52-week high " + price(range.high()) + " (" + range.highDate() + ")");
        }
        if (range.fromLowPercent() <= NEAR_EXTREME_PERCENT) {
            signals.add("close within 2% of the 52-week low " + price(range.low()) + " (" + range.lowDate() + ")");
        }
        Technicals.VolumeTrend volume = report.volume();
        if (volume != null && volume.ratio() >= VOLUME_SURGE) {
            signals.add("volume rising: 20-day average " + two(volume.ratio()) + "× the 50-day average");
        }
        if (volume != null && volume.ratio() <= 1 / VOLUME_SURGE) {
            signals.add("volume drying up: 20-day average " + two(volume.ratio()) + "× the 50-day average");
        }
        return List.copyOf(signals);
    }

    private static String rsiText(double rsi) {
        String zone = rsi > OVERBOUGHT ? " > 70: overbought, momentum strong but stretched"
                : rsi > 50 ? " > 50: momentum positive"
                : rsi == 50 ? " = 50: momentum neutral"
                : rsi >= OVERSOLD ? " < 50: momentum negative"
                : " < 30: oversold, momentum weak but stretched";
        return "RSI(14) " + one(rsi) + zone;
    }

    private static String crossText(Technicals.Cross cross) {
        if (cross == null) return " (no cross since both exist)";
        return " (" + (cross.up() ? "golden" : "death") + " cross on " + cross.date() + ", " + cross.barsAgo()
                + " sessions ago)";
    }

    private static String side(double value, double reference) {
        return value > reference ? "above" : value < reference ? "below" : "at";
    }

    private static String price(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The checks made so far: their score and a reason each. */
    private static final class Votes {
        int score;
        int checks;
        final List<String> reasons = new ArrayList<>();

        void add(int vote, String reason) {
            score += Integer.signum(vote);
            checks++;
            reasons.add(reason);
        }

        Trend trend() {
            if (checks == ALL_CHECKS && score == ALL_CHECKS) return Trend.STRONG_UPTREND;
            if (checks == ALL_CHECKS && score == -ALL_CHECKS) return Trend.STRONG_DOWNTREND;
            if (score >= 2) return Trend.UPTREND;
            if (score <= -2) return Trend.DOWNTREND;
            return Trend.SIDEWAYS;
        }
    }
}
