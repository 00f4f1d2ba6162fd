package dev.upstoxmcp.tools.technicals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.upstoxmcp.analytics.Technicals;
import dev.upstoxmcp.charts.TimeSeriesChart;
import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.upstox.instruments.Instrument;

/** The last year of daily closes with SMA50, SMA200 and Bollinger bands, and RSI(14) in a panel below. */
final class TechnicalsChart {

    private TechnicalsChart() {}

    static Chart of(Instrument instrument, List<Technicals.Bar> bars, TechnicalsAnswer answer) {
        Technicals.Lines all = Technicals.lines(bars);
        LocalDate from = answer.date().minusYears(1).plusDays(1);
        int start = 0;
        while (all.dates().get(start).isBefore(from)) start++;
        int end = all.dates().size();
        List<LocalDate> dates = all.dates().subList(start, end);
        String unit = instrument.isIndex() ? "Index points" : "INR";
        byte[] png = TimeSeriesChart.of(instrument.symbol() + ": daily close, SMA50, SMA200, Bollinger bands",
                        dates.get(0) + " to " + answer.date() + ", Upstox daily candles; verdict: "
                                + verdict(answer), unit)
                .band(new TimeSeriesChart.Band("Bollinger (20, 2σ)", dates, slice(all.lower(), start, end),
                        slice(all.upper(), start, end)))
                .line(new TimeSeriesChart.Line("Close", dates, slice(all.close(), start, end)))
                .line(new TimeSeriesChart.Line("SMA50", dates, slice(all.sma50(), start, end)))
                .line(new TimeSeriesChart.Line("SMA200", dates, slice(all.sma200(), start, end)))
                .lowerPanel("RSI(14)", List.of(new TimeSeriesChart.Line("RSI(14)", dates,
                        slice(all.rsi(), start, end))), 30, 70)
                .png();
        return new Chart(description(instrument, dates.get(0), answer), png);
    }

    private static String description(Instrument instrument, LocalDate from, TechnicalsAnswer answer) {
        TechnicalsAnswer.MovingAverages averages = answer.movingAverages();
        return "Daily close of " + instrument.symbol() + " from " + from + " to " + answer.date() + " (blue) with "
                + "SMA50 (red), SMA200 (green) and the Bollinger band of 20 days ± 2σ (shaded purple); below, "
                + "RSI(14) (orange) with guides at 30 and 70. Last close " + answer.close()
                + (averages.sma50() == null ? "" : ", SMA50 " + averages.sma50())
                + (averages.sma200() == null ? "" : ", SMA200 " + averages.sma200())
                + (answer.rsi14() == null ? "" : ", RSI " + answer.rsi14()) + ": " + verdict(answer) + ".";
    }

    private static String verdict(TechnicalsAnswer answer) {
        return answer.trend().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static double[] slice(double[] values, int start, int end) {
        return Arrays.copyOfRange(values, start, end);
    }
}
