package dev.upstoxmcp.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class TimeSeriesChartTest {

    @Test
    void drawsAPngOfTheStatedSize() throws IOException {
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 20));
        byte[] png = TimeSeriesChart.of("Portfolio vs NIFTY 50", "1 year, rebased to 100", "Value")
                .line(new TimeSeriesChart.Line("Portfolio", days, new double[] {100, 101.5, 99.8}))
                .line(new TimeSeriesChart.Line("NIFTY 50", days, new double[] {100, 100.4, Double.NaN}))
                .png();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(960, image.getWidth());
        assertEquals(540, image.getHeight());
    }

    @Test
    void bandsAndALowerPanelShareTheTimeAxis() throws IOException {
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 20));
        byte[] png = TimeSeriesChart.of("TCS", null, "INR")
                .band(new TimeSeriesChart.Band("Bollinger", days, new double[] {Double.NaN, 95, 96},
                        new double[] {Double.NaN, 105, 106}))
                .line(new TimeSeriesChart.Line("Close", days, new double[] {100, 101, 102}))
                .lowerPanel("RSI(14)", List.of(new TimeSeriesChart.Line("RSI", days, new double[] {50, 55, 72})),
                        30, 70)
                .png();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(960, image.getWidth());
        assertEquals(540, image.getHeight());
    }

    @Test
    void aBandNeedsBothBoundsForEveryDate() {
        assertThrows(IllegalArgumentException.class, () -> new TimeSeriesChart.Band("x",
                List.of(LocalDate.of(2026, 11, 20)), new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void aLineNeedsAValueForEveryDate() {
        assertThrows(IllegalArgumentException.class, () -> new TimeSeriesChart.Line("x",
                List.of(LocalDate.of(2026, 11, 20)), new double[] {1, 2}));
    }
}
