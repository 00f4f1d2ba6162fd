package dev.upstoxmcp.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bars per period, side by side per series (e.g. quarterly returns of a portfolio and an index), drawn headless to a
 * PNG the size of {@link TimeSeriesChart}'s, in the same colours.
 */
public final class BarChart {

    /** One series: its name for the legend and a value per period label, in order. */
    public record Bars(String name, List<String> periods, double[] values) {

        public Bars {
            if (periods.size() != values.length) throw new IllegalArgumentException("periods and values differ");
            periods = List.copyOf(periods);
            values = values.clone();
        }
    }


    private final String title;
    private final String subtitle;
    private final String valueLabel;
    private final List<Bars> series = new ArrayList<>();

    private BarChart(String title, String subtitle, String valueLabel) {
        this.title = title;
        this.subtitle = subtitle;
        this.valueLabel = valueLabel;
    }

    /** A chart with a title, a subtitle (may be null) and the value axis's label. */
    public static BarChart of(String title, String subtitle, String valueLabel) {
        return new BarChart(title, subtitle, valueLabel);
    }

    public BarChart bars(Bars bars) {
        series.add(bars);
        return this;
    }

    /** The chart as PNG bytes. */
    public byte[] png() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bars bars : series) {
            for (int i = 0; i < bars.values().length; i++) data.addValue(bars.values()[i], bars.name(),
                    bars.periods().get(i));
        }
        CategoryAxis periods = new CategoryAxis();
        periods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartPng.PALETTE[i % ChartPng.PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, periods, new NumberAxis(valueLabel), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartPng.GRID);
        plot.setRangeZeroBaselineVisible(true);
        return ChartPng.draw(title, subtitle, plot, series.size() > 1);
    }
}
