package dev.upstoxmcp.tools.technicals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

import dev.upstoxmcp.analytics.Technicals;
import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.upstox.DataSource;

/** Technicals' doubles rounded into the answer: prices, percentages and ratios to two decimals, volumes whole. */
final class TechnicalsMapping {

    private TechnicalsMapping() {}

    static TechnicalsAnswer answer(InstrumentRef instrument, Technicals.Report report, String method,
                                   OffsetDateTime asOf, DataSource source) {
        Technicals.MovingAverages averages = report.averages();
        Technicals.Cross smaCross = report.smaCross();
        return new TechnicalsAnswer(instrument, report.date(), two(report.close()), report.verdict().trend(),
                report.verdict().score(), report.verdict().checks(), report.verdict().reasons(),
                report.verdict().signals(),
                new TechnicalsAnswer.MovingAverages(two(averages.sma20()), two(averages.sma50()),
                        two(averages.sma200()), two(averages.ema20()), two(averages.ema50()), two(averages.ema200()),
                        smaCross == null ? null : cross(smaCross, "golden", "death")),
                two(report.rsi()), macd(report.macd()), bollinger(report.bollinger()), atr(report.atr()),
                range(report.range()), volume(report.volume()), returns(report.returns()), report.unavailable(),
                report.bars(), report.firstDate(), method, asOf, source);
    }

    private static TechnicalsAnswer.Macd macd(Technicals.Macd macd) {
        if (macd == null) return null;
        return new TechnicalsAnswer.Macd(two(macd.macd()), two(macd.signal()), two(macd.histogram()),
                macd.lastCross() == null ? null : cross(macd.lastCross(), "bullish", "bearish"));
    }

    private static TechnicalsAnswer.Bollinger bollinger(Technicals.Bollinger bands) {
        if (bands == null) return null;
        return new TechnicalsAnswer.Bollinger(two(bands.upper()), two(bands.middle()), two(bands.lower()),
                two(bands.percentB()), two(bands.bandwidthPercent()));
    }

    private static TechnicalsAnswer.Atr atr(Technicals.Atr atr) {
        return atr == null ? null : new TechnicalsAnswer.Atr(two(atr.value()), two(atr.percentOfClose()));
    }

    private static TechnicalsAnswer.FiftyTwoWeek range(Technicals.Range range) {
        return new TechnicalsAnswer.FiftyTwoWeek(two(range.high()), range.highDate(), two(range.low()),
                range.lowDate(), two(range.fromHighPercent()), two(range.fromLowPercent()), range.from());
    }

    private static TechnicalsAnswer.VolumeTrend volume(Technicals.VolumeTrend volume) {
        if (volume == null) return null;
        return new TechnicalsAnswer.VolumeTrend(Math.round(volume.average20()), Math.round(volume.average50()),
                two(volume.ratio()), volume.direction());
    }

    private static TechnicalsAnswer.Returns returns(Technicals.Returns returns) {
        return new TechnicalsAnswer.Returns(two(returns.oneMonth()), two(returns.threeMonths()),
                two(returns.sixMonths()), two(returns.oneYear()));
    }

    private static TechnicalsAnswer.Cross cross(Technicals.Cross cross, String up, String down) {
        return new TechnicalsAnswer.Cross(cross.up() ? up : down, cross.date(), cross.barsAgo());
    }

    static BigDecimal two(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
