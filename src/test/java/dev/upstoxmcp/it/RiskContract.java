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
 * Portfolio beta and the benchmark comparison of the demo account against the modelled NIFTY 50, up to Thursday 19
 * November 2026 (the last session before the snapshot's "today"). Figures are those of {@code RiskServicesTest}.
 */
interface RiskContract extends ToolCallContract {

    @Test
    default void portfolioBetaOverThreeYearsWithCharts() {
        CallToolResult beta = call("get_portfolio_beta", Map.of());
        assertEquals("NSE_INDEX|Nifty 50", value(beta, "benchmark.instrument_key"));
        assertEquals("2023-11-20", value(beta, "from"));
        assertEquals("2026-11-19", value(beta, "to"));
        assertBeta(0.82, beta, "daily.beta");
        assertBeta(0.91, beta, "daily.correlation");
        assertBeta(0.82, beta, "daily.r_squared");
        assertEquals(735, ((Number) value(beta, "daily.observations")).intValue());
        assertBeta(0.81, beta, "weekly.beta");
        assertEquals(156, ((Number) value(beta, "weekly.observations")).intValue());
        assertBeta(0.97, beta, "quarterly.beta");
        assertEquals(12, ((Number) value(beta, "quarterly.observations")).intValue());
        assertAmount("3.75", beta, "daily.alpha_annualised_percent");
        assertEquals(131, list(beta, "rolling_beta").size());
        assertEquals("2026-11-19", value(beta, "rolling_beta.130.date"));
        assertBeta(0.74, beta, "rolling_beta.130.beta");
        assertEquals(14, list(beta, "holdings").size());
        assertEquals("SGBFEB32IV", value(beta, "holdings.11.symbol"));
        assertAmount("14.53", beta, "holdings.11.weight_percent");
        assertBeta(0.05, beta, "holdings.11.daily_beta");
        assertBeta(0.80, beta, "weighted_average_daily_beta");
        assertTrue(((String) value(beta, "method")).contains("not adjusted for dividends"));
        assertTrue(text(beta).startsWith("Portfolio beta vs Nifty 50 over 3 years (2023-11-20 to 2026-11-19): 0.82 "
                + "daily, 0.81 weekly, 0.97 quarterly (R² 0.82 daily); value-weighted holding betas 0.80 daily."),
                text(beta));
        assertPngs(3, beta);
        assertTrue(text(beta).contains("Week-on-week returns of the portfolio and Nifty 50"), text(beta));
    }

    @Test
    default void betaAgainstAnotherIndexWithoutCharts() {
        CallToolResult bank = call("get_portfolio_beta", Map.of("benchmark", "Nifty Bank", "years", 1,
                "rolling_window_weeks", 13, "chart", false));
        assertEquals("NSE_INDEX|Nifty Bank", value(bank, "benchmark.instrument_key"));
        assertEquals("2025-11-19", value(bank, "from"));
        assertEquals(52, ((Number) value(bank, "weekly.observations")).intValue());
        assertEquals(52 - 13 + 1, list(bank, "rolling_beta").size());
        assertBeta(0.51, bank, "daily.beta");
        assertEquals(List.of(), images(bank));
    }

    /* 19 Nov 2025 - 19 Nov 2026: portfolio +4.58%, NIFTY 50 +3.52%. */
    @Test
    default void comparisonWithNifty50OverAYear() {
        CallToolResult year = call("compare_with_benchmark", Map.of());
        assertEquals("1Y", value(year, "period"));
        assertEquals("2025-11-19", value(year, "from"));
        assertAmount("4.58", year, "portfolio.total_return_percent");
        assertAmount("3.52", year, "benchmark_figures.total_return_percent");
        assertAmount("1.06", year, "excess_return_percent");
        assertAmount("11.62", year, "portfolio.volatility_percent");
        assertAmount("5.30", year, "tracking_error_percent");
        assertAmount("-8.54", year, "portfolio.max_drawdown_percent");
        assertEquals("2026-08-03", value(year, "portfolio.drawdown_peak"));
        assertEquals("2026-09-18", value(year, "portfolio.drawdown_trough"));
        assertBeta(0.83, year, "beta");
        assertPngs(1, year);
        CallToolResult quarter = call("compare_with_benchmark", Map.of("period", "3M", "chart", false));
        assertNull(value(quarter, "portfolio.annualised_return_percent"));
        assertEquals(List.of(), images(quarter));
    }

    @Test
    default void badArgumentsAreExplained() {
        assertTrue(error("get_portfolio_beta", Map.of("years", 11)).contains("years"));
        assertTrue(error("get_portfolio_beta", Map.of("benchmark", "NOSUCHINDEX")).startsWith("No instrument"));
        assertEquals("from (2026-06-01) is after to (2026-05-01); give an earlier from, or swap them.",
                error("compare_with_benchmark", Map.of("from", "2026-06-01", "to", "2026-05-01")));
        assertTrue(error("compare_with_benchmark", Map.of("period", "2W")).startsWith("period must be one of 1M"));
        assertTrue(error("compare_with_benchmark", Map.of("from", "2026-11-17")).startsWith("Only 2 daily returns"));
    }

    private static void assertBeta(double expected, CallToolResult result, String path) {
        assertEquals(expected, ((Number) value(result, path)).doubleValue(), 0.005, path);
    }

    private static void assertPngs(int count, CallToolResult result) {
        List<ImageContent> charts = images(result);
        assertEquals(count, charts.size());
        for (ImageContent chart : charts) {
            assertEquals("image/png", chart.mimeType());
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                    Arrays.copyOf(Base64.getDecoder().decode(chart.data()), 4));
        }
    }
}
