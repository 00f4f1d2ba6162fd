package dev.upstoxmcp.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A line chart of dated series, drawn headless to PNG: one or more named lines over time on one value axis, optionally
 * shaded bands behind them (e.g. Bollinger bands) and a lower panel on the same time axis (e.g. RSI with guides at 30
 * and 70). Dates are plotted as UTC days so the picture does not depend on the server's time zone. Colours are fixed
 * so the same series look the same in every answer.
 */
public final class TimeSeriesChart {

    /** One line: a name for the legend and its points, in date order. */
    public record Line(String name, List<LocalDate> dates, double[] values) {

        public Line {
            if (dates.size() != values.length) throw new IllegalArgumentException("dates and values differ in size");
            dates = List.copyOf(dates);
            values = values.clone();
        }
    }

    /** A shaded range between two lines, e.g. Bollinger bands; NaN where it is not defined. */
    public record Band(String name, List<LocalDate> dates, double[] lower, double[] upper) {

        public Band {
            if (dates.size() != lower.length || dates.size() != upper.length) {
                throw new IllegalArgumentException("dates, lower and upper differ in size");
            }
            dates = List.copyOf(dates);
            lower = lower.clone();
            upper = upper.clone();
        }
    }

    /** A smaller plot under the main one, sharing its time axis, with dashed horizontal guides. */
    private record Panel(String valueLabel, List<Line> lines, double[] guides) {}

    private static final Color BAND = new Color(0x9467bd);
    private static final Color GUIDE = new Color(0x888888);
    private static final int MAIN_WEIGHT = 3;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final String title;
    private final String subtitle;
    private final String valueLabel;
    private final List<Line> lines = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private Panel panel;

    private TimeSeriesChart(String title, String subtitle, String valueLabel) {
        this.title = title;
        this.subtitle = subtitle;
        this.valueLabel = valueLabel;
    }

    /** A chart with a title, a subtitle (e.g. the period and method; may be null) and the value axis's label. */
    public static TimeSeriesChart of(String title, String subtitle, String valueLabel) {
        return new TimeSeriesChart(title, subtitle, valueLabel);
    }

    public TimeSeriesChart line(Line line) {
        lines.add(line);
        return this;
    }

    /** A band shaded behind the lines. */
    public TimeSeriesChart band(Band band) {
        bands.add(band);
        return this;
    }

    /** A lower panel, a third of the main plot's height, with its own value axis and guide lines. */
    public TimeSeriesChart lowerPanel(String valueLabel, List<Line> panelLines, double... guides) {
        panel = new Panel(valueLabel, List.copyOf(panelLines), guides.clone());
        return this;
    }

    /** The chart as PNG bytes. */
    public byte[] png() {
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        XYPlot main = plot(lines, valueLabel, 0);
        for (int i = 0; i < bands.size(); i++) addBand(main, bands.get(i), i + 1);
        boolean legend = lines.size() + bands.size() > 1;
        XYPlot drawn = main;
        main.setDomainAxis(time);
        if (panel != null) {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
            main.setDomainAxis(null);
            combined.add(main, MAIN_WEIGHT);
            XYPlot lower = plot(panel.lines(), panel.valueLabel(), lines.size());
            for (double guide : panel.guides()) {
                lower.addRangeMarker(new ValueMarker(guide, GUIDE, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f)));
            }
            combined.add(lower, 1);
            drawn = combined;
            legend = true;
        }
        return ChartPng.draw(title, subtitle, drawn, legend);
    }

    /** A plot of lines on one value axis; colours continue the palette from {@code firstColour}. */
    private static XYPlot plot(List<Line> lines, String valueLabel, int firstColour) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Line line : lines) {
            TimeSeries series = new TimeSeries(line.name());
            for (int i = 0; i < line.values().length; i++) {
                if (!Double.isNaN(line.values()[i])) series.addOrUpdate(day(line.dates().get(i)), line.values()[i]);
            }
            data.addSeries(series);
        }
        NumberAxis value = new NumberAxis(valueLabel);
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, ChartPng.PALETTE[(firstColour + i) % ChartPng.PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, null, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(ChartPng.GRID);
        plot.setRangeGridlinePaint(ChartPng.GRID);
        return plot;
    }

    /** The band as dataset {@code index}, drawn before (under) the lines of dataset 0. */
    private static void addBand(XYPlot plot, Band band, int index) {
        YIntervalSeries series = new YIntervalSeries(band.name());
        for (int i = 0; i < band.dates().size(); i++) {
            if (Double.isNaN(band.lower()[i]) || Double.isNaN(band.upper()[i])) continue;
            double x = day(band.dates().get(i)).getMiddleMillisecond();
            series.add(x, (band.lower()[i] + band.upper()[i]) / 2, band.lower()[i], band.upper()[i]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setSeriesFillPaint(0, BAND);
        renderer.setSeriesPaint(0, BAND);
        renderer.setAlpha(0.18f);
        plot.setDataset(index, data);
        plot.setRenderer(index, renderer);
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), UTC, Locale.ROOT);
    }
}
