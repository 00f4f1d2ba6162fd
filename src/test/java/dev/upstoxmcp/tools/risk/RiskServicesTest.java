package dev.upstoxmcp.tools.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.sandbox.world.Securities;
import dev.upstoxmcp.sandbox.world.Security;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.HistoryApi;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

/** Both risk tools over the demo account (sandbox fixtures), today being Friday 20 November 2026 after the close. */
class RiskServicesTest {

    static final InstrumentResolver INSTRUMENTS = FixtureInstruments.resolver();

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final FixtureBeans beans = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(HistoryApi.class, FixtureBackedApi.of(HistoryApi.class, requests))
            .with(PortfolioApi.class, FixtureBackedApi.of(PortfolioApi.class, requests))
            .with(InstrumentResolver.class, INSTRUMENTS);

    Charted<PortfolioBetaAnswer> beta(String benchmark, int years, int window, boolean chart) {
        return beans.get(PortfolioBetaService.class).beta(benchmark, years, window, chart);
    }

    Charted<BenchmarkComparison> compare(String period, String from, String to) {
        return beans.get(BenchmarkComparisonService.class).compare("NIFTY 50", period,
                Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse), true);
    }

    /* One step for the holdings, one per candle history (each holding and the benchmark) and one for the figures:
       the demo account's 13 holdings give 1 + 14 + 1 = 16 steps. */
    @Test
    void portfolioBetaReportsMonotonicProgressUpToItsTotal() {
        List<int[]> steps = java.util.Collections.synchronizedList(new ArrayList<>());
        beans.get(PortfolioBetaService.class).beta("NIFTY 50", 3, 26, false,
                (done, total, message) -> steps.add(new int[] {done, total}));
        int total = steps.get(0)[1];
        assertEquals(1 + answerHoldings() + 1 + 1, total);
        assertTrue(steps.stream().allMatch(step -> step[1] == total), "one total throughout");
        assertEquals(total, steps.get(steps.size() - 1)[0]);
        assertEquals(total, steps.size());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(),
                steps.stream().map(step -> step[0]).sorted().toList(), "each step once");
    }

    @Test
    void benchmarkComparisonReportsProgressUpToItsTotal() {
        List<int[]> steps = java.util.Collections.synchronizedList(new ArrayList<>());
        beans.get(BenchmarkComparisonService.class).compare("NIFTY 50", "1Y", Optional.empty(), Optional.empty(),
                false, (done, total, message) -> steps.add(new int[] {done, total}));
        int total = steps.get(0)[1];
        assertEquals(total, steps.get(steps.size() - 1)[0]);
        assertEquals(total, steps.size());
    }

    @Test
    void holdingsWithoutEnoughReturnsAreLoggedAsLeftOut() {
        HoldingBeta young = new HoldingBeta("NEWCO", BigDecimal.ONE, null, null, null, 2);
        HoldingBeta old = new HoldingBeta("OLDCO", BigDecimal.TEN, 1.0, 1.0, 0.9, 700);
        PortfolioBetaAnswer answer = beta("NIFTY 50", 1, 26, false).result();
        PortfolioBetaAnswer mixed = new PortfolioBetaAnswer(answer.benchmark(), answer.years(), answer.from(),
                answer.to(), answer.daily(), answer.weekly(), answer.quarterly(), answer.rollingWindowWeeks(),
                answer.rollingBeta(), List.of(young, old), null, null, answer.method(), answer.asOf(), answer.source());
        assertEquals(List.of("NEWCO has 2 daily returns in the period (3 needed): left out of the weighted-average "
                + "beta"), PortfolioBetaService.leftOut(mixed));
        assertEquals(List.of(), PortfolioBetaService.leftOut(answer), "every demo holding has enough history");
    }

    int answerHoldings() {
        return beta("NIFTY 50", 3, 26, false).result().holdings().size();
    }

    /* 3 years up to Thursday 19 Nov 2026 (the last completed session): 736 common closes from 20 Nov 2023 give 735
       daily returns, 156 weekly and 12 quarterly ones. */
    @Test
    void portfolioBetaOnDailyWeeklyAndQuarterlyReturns() {
        Charted<PortfolioBetaAnswer> charted = beta("NIFTY 50", 3, 26, true);
        PortfolioBetaAnswer answer = charted.result();
        assertEquals("NSE_INDEX|Nifty 50", answer.benchmark().instrumentKey());
        assertEquals(LocalDate.parse("2023-11-20"), answer.from());
        assertEquals(LocalDate.parse("2026-11-19"), answer.to());
        assertEquals(new BetaStats(0.8216, 0.9053, 0.8197, new BigDecimal("0.01"), new BigDecimal("3.75"), 252, 735),
                answer.daily());
        assertEquals(new BetaStats(0.8061, 0.8845, 0.7824, new BigDecimal("0.07"), new BigDecimal("3.54"), 52, 156),
                answer.weekly());
        assertEquals(new BetaStats(0.9707, 0.937, 0.878, new BigDecimal("0.52"), new BigDecimal("2.09"), 4, 12),
                answer.quarterly());
        assertEquals(156 - 26 + 1, answer.rollingBeta().size());
        assertEquals(new RollingBetaPoint(LocalDate.parse("2026-11-19"), 0.7399), answer.rollingBeta().get(130));
        assertEquals(14, answer.holdings().size());
        assertEquals(new HoldingBeta("SGBFEB32IV", new BigDecimal("14.53"), 0.0463, 0.0157, 0.042, 735),
                answer.holdings().get(11), "the gold bond moves on its own");
        assertEquals(0.8007, answer.weightedAverageDailyBeta());
        assertEquals(0.7848, answer.weightedAverageWeeklyBeta());
        assertEquals("Portfolio beta vs Nifty 50 over 3 years (2023-11-20 to 2026-11-19): 0.82 daily, 0.81 weekly, "
                + "0.97 quarterly (R² 0.82 daily); value-weighted holding betas 0.80 daily.", answer.summary());
        assertTrue(answer.method().startsWith("Today's holdings held throughout (buy-and-hold)"), answer.method());
        assertTrue(answer.method().contains("not adjusted for dividends"));
        assertEquals(3, charted.charts().size());
        for (Chart chart : charted.charts()) {
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(chart.png(), 4));
        }
        assertEquals("Week-on-week returns of the portfolio and Nifty 50, 2023-12-01 to 2026-11-19 (156 weeks): "
                + "weekly beta 0.81, correlation 0.88, R² 0.78.", charted.charts().get(0).description());
        assertTrue(charted.charts().get(2).description().startsWith("Quarter-on-quarter returns of the portfolio and "
                + "Nifty 50 (12 quarters, 2024 Q1 to 2026 Q4"), charted.charts().get(2).description());
    }

    /*
     * Ground truth: each holding's daily beta over all 952 daily returns of the demo world (2 Jan 2023 - 19 Nov 2026)
     * against its true beta in Securities. The model is r = alpha + beta * m + sectorLoad * s + e with the market m
     * (13.5% a year) independent of the sector factor s (banks 10%, IT 12%) and the noise e (idioVol), so OLS is
     * unbiased with standard error SE = sigma_resid / (sigma_m * sqrt(n)), sigma_resid = sqrt(idioVol^2 +
     * (sectorLoad * sectorVol)^2), all daily (annual / sqrt(252)). With n = 952, sigma_m * sqrt(n) = 0.0085 * 30.85
     * = 0.262: SE runs from 0.0024 (NIFTYBEES, 1% noise) to 0.067 (TATAPOWER, 28% noise); ICICIBANK's is 0.044.
     * We allow 4 SE per holding: for 14 independent estimates the chance that any strays further is about 14 x
     * 0.006% = 0.1%, so a failure means a real error, not noise. (A flat |est - true| < 0.1 would be 1.5 SE for
     * TATAPOWER, too tight for an honest estimate, and very loose for the ETF.) Simple versus log returns bias the
     * estimate by far less than the SE.
     */
    @Test
    void holdingBetasMatchTheDemoWorldsTrueBetas() {
        PortfolioBetaAnswer answer = beta("NIFTY 50", 4, 52, false).result();
        assertEquals(952, answer.daily().observations());
        double marketDaily = 0.135 / Math.sqrt(252);
        for (HoldingBeta holding : answer.holdings()) {
            Security security = Securities.bySymbol(holding.symbol());
            double sectorVol = security.sectorIndex() == null ? 0
                    : security.sectorIndex().equals(Securities.NIFTY_IT) ? 0.12 : 0.10;
            double resid = Math.hypot(security.idioVol(), security.sectorLoad() * sectorVol) / Math.sqrt(252);
            double standardError = resid / (marketDaily * Math.sqrt(holding.dailyObservations()));
            assertEquals(security.beta(), holding.dailyBeta(), 4 * standardError, holding.symbol()
                    + " SE " + standardError);
        }
    }

    /*
     * The portfolio's own beta (0.81 over 4 years) and the average of holding betas weighted by today's value (0.79)
     * differ because a buy-and-hold portfolio's weights drift: the gold bond (beta 0) more than doubled from ₹5,600
     * to ₹12,650, so it weighed about 8% of the portfolio early on against 14.5% today; the equities it displaced
     * (beta ≈ 0.9) lift the historical beta by roughly 0.065 x 0.9 / 2 ≈ 0.03 on average. 0.05 bounds that.
     */
    @Test
    void portfolioBetaIsCloseToTheValueWeightedHoldingBetas() {
        PortfolioBetaAnswer answer = beta("NIFTY 50", 4, 26, false).result();
        assertEquals(answer.daily().beta(), answer.weightedAverageDailyBeta(), 0.05);
        assertEquals(answer.weekly().beta(), answer.weightedAverageWeeklyBeta(), 0.05);
    }

    /* One 3-year window per instrument (Upstox serves 10 years of days per request); windows ending before today are
       complete and cached, so a second ask fetches no candles. */
    @Test
    void oneCandleRequestPerInstrumentAndNoneWhenAskedAgain() {
        beta("NIFTY 50", 3, 26, false);
        assertEquals(15, historyRequests(), "14 holdings and the index");
        requests.clear();
        beta("NIFTY 50", 3, 26, false);
        compare("3Y", null, null);
        assertEquals(0, historyRequests());
    }

    /* 19 Nov 2025 - 19 Nov 2026, 247 common closes. */
    @Test
    void comparisonWithNifty50OverAYear() {
        Charted<BenchmarkComparison> charted = compare("1y", null, null);
        BenchmarkComparison answer = charted.result();
        assertEquals(LocalDate.parse("2025-11-19"), answer.from());
        assertEquals(LocalDate.parse("2026-11-19"), answer.to());
        assertEquals(new ReturnFigures(new BigDecimal("4.58"), answer.portfolio().annualisedReturnPercent(),
                new BigDecimal("11.62"), new BigDecimal("-8.54"), LocalDate.parse("2026-08-03"),
                LocalDate.parse("2026-09-18")), answer.portfolio());
        assertEquals(new BigDecimal("3.52"), answer.benchmarkFigures().totalReturnPercent());
        assertEquals(new BigDecimal("1.06"), answer.excessReturnPercent());
        assertEquals(new BigDecimal("5.30"), answer.trackingErrorPercent());
        assertEquals(0.8273, answer.beta());
        assertEquals(1, charted.charts().size());
        assertEquals("Growth of 100 for the portfolio (today's holdings) and Nifty 50, 2025-11-19 to 2026-11-19: "
                + "portfolio 104.58, Nifty 50 103.52.", charted.charts().get(0).description());
    }

    @Test
    void annualisedFiguresOnlyForAYearOrMore() {
        BenchmarkComparison threeYears = compare("3Y", null, null).result();
        assertEquals("Portfolio +37.33% vs Nifty 50 +29.09% from 2023-11-20 to 2026-11-19 (excess +8.24%); "
                + "volatility 11.78% vs 12.98%, tracking error 5.51%, beta 0.82, max drawdown -16.90% vs -18.48%.",
                threeYears.summary());
        assertTrue(threeYears.excessAnnualisedReturnPercent() != null);
        BenchmarkComparison quarter = compare("3M", null, null).result();
        assertNull(quarter.portfolio().annualisedReturnPercent());
        assertNull(quarter.excessAnnualisedReturnPercent());
    }

    @Test
    void customRangeEndsAtTheLastCompletedSession() {
        BenchmarkComparison custom = compare("1M", "2026-01-01", "2026-12-31").result();
        assertEquals("custom", custom.period());
        assertEquals(LocalDate.parse("2026-01-01"), custom.from());
        assertEquals(LocalDate.parse("2026-11-19"), custom.to());
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsFetched() {
        assertEquals("years must be between 1 and 10; got 11.", message(() -> beta("NIFTY 50", 11, 26, false)));
        assertEquals("rolling_window_weeks must be between 8 and 156; got 4.",
                message(() -> beta("NIFTY 50", 3, 4, false)));
        assertTrue(message(() -> beta("NOSUCHINDEX", 3, 26, false)).startsWith("No instrument"));
        assertEquals("from (2026-06-01) is after to (2026-05-01); give an earlier from, or swap them.",
                message(() -> compare("1Y", "2026-06-01", "2026-05-01")));
        assertEquals("period must be one of 1M, 3M, 6M, 1Y, 3Y, 5Y (or give from and to as yyyy-MM-dd); got \"2W\".",
                message(() -> compare("2W", null, null)));
        assertEquals(List.of(), requests);
    }

    @Test
    void aPeriodWithFewerThanThreeReturnsIsRefused() {
        assertEquals("Only 2 daily returns of the portfolio and Nifty 50 fall on common dates in that period; at "
                + "least 3 are needed. Choose a longer period.", message(() -> compare("1Y", "2026-11-17", null)));
    }

    @Test
    void anEmptyPortfolioHasNothingToMeasure() {
        PortfolioApi none = (PortfolioApi) Proxy.newProxyInstance(PortfolioApi.class.getClassLoader(),
                new Class<?>[] {PortfolioApi.class},
                (proxy, method, args) -> new UpstoxResponse<>("success", List.of()));
        beans.with(PortfolioApi.class, none);
        assertTrue(message(() -> beta("NIFTY 50", 3, 26, false)).startsWith("The account has no delivery holdings"));
    }

    private long historyRequests() {
        return requests.stream().filter(request -> request.path().startsWith("/v3/historical-candle/")).count();
    }

    private static String message(Runnable call) {
        return assertThrows(ToolCallException.class, call::run).getMessage();
    }
}
