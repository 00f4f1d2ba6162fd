package dev.upstoxmcp.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void drawsAPngOfTheStatedSize() throws IOException {
        List<String> quarters = List.of("2026 Q1", "2026 Q2", "2026 Q3");
        byte[] png = BarChart.of("Quarterly returns", "portfolio vs NIFTY 50", "Return (%)")
                .bars(new BarChart.Bars("Portfolio", quarters, new double[] {4.2, -1.5, 3.0}))
                .bars(new BarChart.Bars("NIFTY 50", quarters, new double[] {3.1, -2.0, 2.2}))
                .png();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(960, image.getWidth());
        assertEquals(540, image.getHeight());
    }

    @Test
    void barsNeedAValueForEveryPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart.Bars("x", List.of("2026 Q1"),
                new double[] {1, 2}));
    }
}
