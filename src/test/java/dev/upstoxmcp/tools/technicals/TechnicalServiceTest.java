package dev.upstoxmcp.tools.technicals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.upstoxmcp.analytics.TrendRules.Trend;
import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.HistoryApi;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

/** Technicals of the demo world's market at the close of 20 November 2026 (sandbox candle fixtures). */
class TechnicalServiceTest {

    static final BigDecimal TICK = new BigDecimal("0.05");
    static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("NSE_EQ|INE467B01029", "NSE_EQ", "NSE", "TCS", "TATA CONSULTANCY SERV LT", "TCS",
                    "INE467B01029", "EQ", null, null, 1, TICK, null, null, false),
            new Instrument("NSE_EQ|INE245A01021", "NSE_EQ", "NSE", "TATAPOWER", "TATA POWER CO LTD", "TATA POWER",
                    "INE245A01021", "EQ", null, null, 1, TICK, null, null, false),
            new Instrument("NSE_INDEX|Nifty 50", "NSE_INDEX", "NSE", "NIFTY", "Nifty 50", null, null, "INDEX", null,
                    null, 0, null, null, null, false),
            new Instrument("NSE_EQ|INE999A01999", "NSE_EQ", "NSE", "NEWCO", "NEWCO LIMITED", "NEWCO",
                    "INE999A01999", "EQ", null, null, 1, TICK, null, null, false),
            new Instrument("NSE_FO|52001", "NSE_FO", "NSE", "NIFTY FUT 24 NOV 26", "NIFTY", null, null, "FUT",
                    LocalDate.of(2026, 11, 24), BigDecimal.ZERO, 75, new BigDecimal("0.10"), "NSE_INDEX|Nifty 50",
                    "NIFTY", false));

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final TechnicalService service = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(InstrumentResolver.class, new InstrumentResolver(InstrumentCatalog.of(new InstrumentMaster(
                    INSTRUMENTS, Instant.parse("2026-11-20T01:00:00Z")))))
            .with(HistoryApi.class, FixtureBackedApi.of(HistoryApi.class, requests))
            .get(TechnicalService.class);

    @Test
    void tcsIsInAnUptrendUnderADeathCross() {
        TechnicalsAnswer tcs = service.technicals("TCS", false).result();
        assertEquals(LocalDate.of(2026, 11, 20), tcs.date());
        assertEquals(new BigDecimal("3271.30"), tcs.close());
        assertEquals(492, tcs.bars());
        assertEquals(LocalDate.of(2024, 11, 21), tcs.from());
        assertEquals(Trend.UPTREND, tcs.trend());
        assertEquals(3, tcs.score());
        assertEquals(new TechnicalsAnswer.MovingAverages(decimal("3181.78"), decimal("2987.51"), decimal("3177.48"),
                decimal("3177.52"), decimal("3096.62"), decimal("3174.55"),
                new TechnicalsAnswer.Cross("death", LocalDate.of(2026, 9, 2), 52)), tcs.movingAverages());
        assertEquals(decimal("68.26"), tcs.rsi14());
        assertEquals(new TechnicalsAnswer.Macd(decimal("79.47"), decimal("75.72"), decimal("3.74"),
                new TechnicalsAnswer.Cross("bullish", LocalDate.of(2026, 9, 25), 36)), tcs.macd());
        assertEquals(new TechnicalsAnswer.Bollinger(decimal("3351.77"), decimal("3181.78"), decimal("3011.78"),
                decimal("0.76"), decimal("10.69")), tcs.bollinger());
        assertEquals(new TechnicalsAnswer.Atr(decimal("75.20"), decimal("2.30")), tcs.atr14());
        assertEquals(new TechnicalsAnswer.FiftyTwoWeek(decimal("3682.80"), LocalDate.of(2026, 7, 1),
                decimal("2703.25"), LocalDate.of(2026, 9, 23), decimal("-11.17"), decimal("21.01"),
                LocalDate.of(2025, 11, 21)), tcs.fiftyTwoWeek());
        assertEquals(new TechnicalsAnswer.VolumeTrend(2873613, 2693913, decimal("1.07"), "steady"), tcs.volume());
        assertEquals(new TechnicalsAnswer.Returns(decimal("9.66"), decimal("1.45"), decimal("-2.58"),
                decimal("-4.47")), tcs.returns());
        assertEquals(List.of("close 3271.30 above SMA50 2987.51 (+9.5%)", "close 3271.30 above SMA200 3177.48 (+3.0%)",
                "SMA50 2987.51 below SMA200 3177.48 (death cross on 2026-09-02, 52 sessions ago)",
                "MACD 79.47 above its signal 75.72 (histogram +3.74)", "RSI(14) 68.3 > 50: momentum positive"),
                tcs.reasons());
        assertEquals(List.of(), tcs.signals());
        assertEquals(List.of(), tcs.unavailable());
        assertEquals("TCS 3271.30 (2026-11-20): uptrend — above SMA50 2987.51 and SMA200 3177.48, MACD above "
                + "signal, RSI 68.3", tcs.summary());
    }

    /* Independently of ta4j, from the candle file: SMA50 and SMA200 are means of the last 50 and 200 closes; the
       52-week high and low are the extremes of the rows dated 2025-11-21 to 2026-11-20. */
    @Test
    void averagesAndTheYearsRangeAgreeWithTheCandleFile() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("sandbox-fixtures/__files/candles/NSE_EQ_INE467B01029.csv"))
                .stream().skip(1).map(line -> line.split(",")).toList();
        TechnicalsAnswer tcs = service.indicators(INSTRUMENTS.get(0));
        assertEquals(meanOfLastCloses(rows, 50), tcs.movingAverages().sma50());
        assertEquals(meanOfLastCloses(rows, 200), tcs.movingAverages().sma200());
        List<String[]> year = rows.stream().filter(row -> row[0].compareTo("2025-11-21") >= 0).toList();
        assertEquals(year.stream().map(row -> new BigDecimal(row[2])).reduce(BigDecimal::max).orElseThrow(),
                tcs.fiftyTwoWeek().high());
        assertEquals(year.stream().map(row -> new BigDecimal(row[3])).reduce(BigDecimal::min).orElseThrow(),
                tcs.fiftyTwoWeek().low());
    }

    @Test
    void theNiftyIndexHasNoVolumeTrendAndARecentMacdCross() {
        TechnicalsAnswer nifty = service.technicals("NSE_INDEX|Nifty 50", false).result();
        assertEquals(new BigDecimal("26068.15"), nifty.close());
        assertEquals(Trend.SIDEWAYS, nifty.trend());
        assertEquals(1, nifty.score());
        assertEquals(decimal("54.82"), nifty.rsi14());
        assertEquals(decimal("27955.56"), nifty.fiftyTwoWeek().high());
        assertNull(nifty.volume());
        assertEquals(List.of("volume trend: no traded volume in the last 50 bars (an index?)"), nifty.unavailable());
        assertEquals(List.of("MACD crossed above its signal on 2026-11-16 (bullish)"), nifty.signals());
        assertEquals("NIFTY 26068.15 (2026-11-20): sideways — above SMA50 25647.23, below SMA200 26351.85, MACD "
                + "above signal, RSI 54.8; MACD crossed above its signal on 2026-11-16 (bullish)", nifty.summary());
    }

    @Test
    void tataPowerIsInAStrongDowntrendAfterADeathCross() {
        TechnicalsAnswer power = service.technicals("TATAPOWER", false).result();
        assertEquals(Trend.STRONG_DOWNTREND, power.trend());
        assertEquals(-5, power.score());
        assertEquals(decimal("31.55"), power.rsi14());
        assertEquals(new TechnicalsAnswer.Cross("death", LocalDate.of(2026, 10, 26), 17),
                power.movingAverages().lastCross());
        assertEquals(new TechnicalsAnswer.VolumeTrend(18273710, 20881121, decimal("0.88"), "falling"),
                power.volume());
        assertEquals(List.of("death cross: SMA50 crossed below SMA200 on 2026-10-26"), power.signals());
        assertEquals(decimal("-20.63"), power.returns().oneYearPercent());
    }

    @Test
    void aChartIsAPngOfTheLastYearWithItsDescription() {
        Charted<TechnicalsAnswer> charted = service.technicals("TCS", true);
        Chart chart = charted.charts().get(0);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(chart.png(), 4));
        assertEquals("Daily close of TCS from 2025-11-21 to 2026-11-20 (blue) with SMA50 (red), SMA200 (green) and "
                + "the Bollinger band of 20 days ± 2σ (shaded purple); below, RSI(14) (orange) with guides at 30 and "
                + "70. Last close 3271.30, SMA50 2987.51, SMA200 3177.48, RSI 68.26: uptrend.", chart.description());
        assertEquals(List.of(), service.technicals("TCS", false).charts());
    }

    /* Two years up to yesterday in one request (cached: those days are over), today from the intraday API; asked
       again, only today is requested. */
    @Test
    void twoYearsOfDailyCandlesInOneCachedRequestPlusToday() {
        service.technicals("TCS", false);
        assertEquals(List.of("/v3/historical-candle/NSE_EQ%7CINE467B01029/days/1/2026-11-19/2024-11-20",
                "/v3/historical-candle/intraday/NSE_EQ%7CINE467B01029/days/1"),
                requests.stream().map(FixtureBackedApi.Request::path).sorted().toList());
        requests.clear();
        service.technicals("TCS", false);
        assertEquals(List.of("/v3/historical-candle/intraday/NSE_EQ%7CINE467B01029/days/1"),
                requests.stream().map(FixtureBackedApi.Request::path).toList());
    }

    @Test
    void derivativesAndShortHistoriesAreRefused() {
        assertEquals("NIFTY FUT 24 NOV 26 (NSE) is a futures or options contract, whose short life and expiry "
                + "effects make trend indicators misleading. Ask about its underlying, NIFTY.",
                assertThrows(ToolCallException.class, () -> service.technicals("NSE_FO|52001", false)).getMessage());
        assertEquals("NEWCO (NEWCO LIMITED, NSE) has no daily candles since 2024-11-20; technical indicators need "
                + "at least 30 trading days of history (a recent listing?).",
                assertThrows(ToolCallException.class, () -> service.technicals("NEWCO", false)).getMessage());
    }

    private static BigDecimal meanOfLastCloses(List<String[]> rows, int count) {
        return rows.subList(rows.size() - count, rows.size()).stream().map(row -> new BigDecimal(row[4]))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
