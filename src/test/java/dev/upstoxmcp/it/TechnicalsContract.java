package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.images;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import org.junit.jupiter.api.Test;

/**
 * Technical indicators of the demo market at the close of 20 November 2026, computed from two years of the
 * sandbox's daily candles (figures as in {@code TechnicalServiceTest}).
 */
interface TechnicalsContract extends ToolCallContract {

    @Test
    default void tcsIsInAnUptrendUnderADeathCross() {
        CallToolResult tcs = call("get_technical_indicators", Map.of("instrument", "TCS"));
        assertEquals("TCS", value(tcs, "instrument.symbol"));
        assertEquals("2026-11-20", value(tcs, "date"));
        assertAmount("3271.30", tcs, "close");
        assertEquals("uptrend", value(tcs, "trend"));
        assertEquals(3, value(tcs, "score"));
        assertAmount("2987.51", tcs, "moving_averages.sma50");
        assertAmount("3177.48", tcs, "moving_averages.sma200");
        assertEquals(Map.of("kind", "death", "date", "2026-09-02", "sessions_ago", 52),
                value(tcs, "moving_averages.last_cross"));
        assertAmount("68.26", tcs, "rsi14");
        assertAmount("79.47", tcs, "macd.macd");
        assertAmount("75.72", tcs, "macd.signal");
        assertAmount("3351.77", tcs, "bollinger.upper");
        assertAmount("0.76", tcs, "bollinger.percent_b");
        assertAmount("75.20", tcs, "atr14.value");
        assertAmount("3682.80", tcs, "fifty_two_week.high");
        assertEquals("2026-07-01", value(tcs, "fifty_two_week.high_date"));
        assertAmount("-11.17", tcs, "fifty_two_week.from_high_percent");
        assertEquals("steady", value(tcs, "volume.trend"));
        assertAmount("-4.47", tcs, "returns.one_year_percent");
        assertEquals(492, value(tcs, "bars"));
        assertEquals(5, list(tcs, "reasons").size());
        assertTrue(((String) value(tcs, "method")).startsWith("Daily candles of Upstox as traded"));
        assertTrue(text(tcs).startsWith("TCS 3271.30 (2026-11-20): uptrend — above SMA50 2987.51 and SMA200 "
                + "3177.48, MACD above signal, RSI 68.3"), text(tcs));
        assertTrue(images(tcs).isEmpty());
    }

    @Test
    default void indicesHaveIndicatorsButNoVolumeTrend() {
        CallToolResult nifty = call("get_technical_indicators", Map.of("instrument", "Nifty 50"));
        assertEquals("NSE_INDEX|Nifty 50", value(nifty, "instrument.instrument_key"));
        assertAmount("26068.15", nifty, "close");
        assertEquals("sideways", value(nifty, "trend"));
        assertNull(value(nifty, "volume"));
        assertEquals(List.of("MACD crossed above its signal on 2026-11-16 (bullish)"), value(nifty, "signals"));
    }

    @Test
    default void aStrongDowntrendWithARecentDeathCross() {
        CallToolResult power = call("get_technical_indicators", Map.of("instrument", "TATAPOWER"));
        assertEquals("strong_downtrend", value(power, "trend"));
        assertEquals(-5, value(power, "score"));
        assertEquals(List.of("death cross: SMA50 crossed below SMA200 on 2026-10-26"), value(power, "signals"));
    }

    @Test
    default void aChartComesAsAPngAfterItsDescription() {
        CallToolResult charted = call("get_technical_indicators", Map.of("instrument", "TCS", "chart", true));
        assertEquals("uptrend", value(charted, "trend"), "the structured answer is the same with a chart");
        List<ImageContent> images = images(charted);
        assertEquals(1, images.size());
        assertEquals("image/png", images.get(0).mimeType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                Arrays.copyOf(Base64.getDecoder().decode(images.get(0).data()), 4));
        assertTrue(text(charted).contains("Chart: Daily close of TCS from 2025-11-21 to 2026-11-20"), text(charted));
    }

    @Test
    default void derivativesUnknownNamesAndMissingHistoryAreExplained() {
        assertEquals("NIFTY FUT 24 NOV 26 (NSE) is a futures or options contract, whose short life and expiry "
                + "effects make trend indicators misleading. Ask about its underlying, NIFTY.",
                error("get_technical_indicators", Map.of("instrument", "NSE_FO|52001")));
        String unknown = error("get_technical_indicators", Map.of("instrument", "NOSUCHCO"));
        assertTrue(unknown.startsWith("No instrument") && unknown.contains("NOSUCHCO"), unknown);
        // the sandbox records no candles of BSE listings
        assertEquals("TCS (TATA CONSULTANCY SERV LT., BSE) has no daily candles since 2024-11-20; technical "
                + "indicators need at least 30 trading days of history (a recent listing?).",
                error("get_technical_indicators", Map.of("instrument", "BSE_EQ|INE467B01029")));
    }
}
