package dev.upstoxmcp.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * A line chart of dated series, drawn headless to PNG: one or more named lines over time on one value axis. Dates
 * are plotted as UTC days so the picture does not depend on the server's time zone. Colours are fixed so the same
 * series look the same in every answer.
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

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;

    private final String title;
    private final String subtitle;
    private final String valueLabel;
    private final List<Line> lines = new ArrayList<>();

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

    /** The chart as PNG bytes. */
    public byte[] png() {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Line line : lines) {
            TimeSeries series = new TimeSeries(line.name());
            for (int i = 0; i < line.values().length; i++) {
                if (!Double.isNaN(line.values()[i])) series.addOrUpdate(day(line.dates().get(i)), line.values()[i]);
            }
            data.addSeries(series);
        }
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        NumberAxis value = new NumberAxis(valueLabel);
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, time, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, lines.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (subtitle != null) chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return png.toByteArray();
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), UTC, Locale.ROOT);
    }
}
