package dev.upstoxmcp.charts;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;

/** What every chart of ours shares: its size, fonts, white background and the PNG it becomes. */
final class ChartPng {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    /** Fixed colours, so the same series look the same in every answer. */
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};
    static final Color GRID = new Color(0xdddddd);

    private ChartPng() {}

    /** The plot titled (and subtitled when {@code subtitle} is not null), drawn to PNG bytes. */
    static byte[] draw(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, legend);
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
}
