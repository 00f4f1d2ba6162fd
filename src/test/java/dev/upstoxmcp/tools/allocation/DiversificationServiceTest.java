package dev.upstoxmcp.tools.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.AllocationRow;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.Flag;
import dev.upstoxmcp.tools.allocation.DiversificationAnswer.HoldingLine;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.tools.portfolio.PortfolioService;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.FundamentalsApi;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxException;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.UserApi;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.dto.Position;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

/** The demo account's diversification (sandbox fixtures) at the close of 20 November 2026. */
class DiversificationServiceTest {

    final List<FixtureBackedApi.Request> fundamentalsRequests = new ArrayList<>();
    final InstrumentCatalog catalog = FixtureInstruments.catalog();
    final FixtureBeans beans = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(InstrumentCatalog.class, catalog)
            .with(InstrumentResolver.class, new InstrumentResolver(catalog))
            .with(AllocationConfig.class, new AllocationConfig(new BigDecimal("100000"), new BigDecimal("30000")))
            .with(FundamentalsApi.class, FixtureBackedApi.of(FundamentalsApi.class, fundamentalsRequests));

    DiversificationAnswer diversification(boolean funds, boolean cash) {
        return beans.get(DiversificationService.class).diversification(funds, cash);
    }

    static <T> Map<String, T> byName(List<AllocationRow> rows, Function<AllocationRow, T> field) {
        return rows.stream().collect(Collectors.toMap(AllocationRow::name, field));
    }

    static HoldingLine line(DiversificationAnswer answer, String symbol) {
        return answer.holdings().stream().filter(line -> symbol.equals(line.symbol())).findFirst().orElseThrow();
    }

    /**
     * Holdings ₹8,70,450.75 (12 stocks ₹6,85,340.75, NIFTYBEES 200 × 293.05 = ₹58,610.00, SGBFEB32IV 10 × 12,650 =
     * ₹1,26,500.00), six funds ₹13,50,750.16, cash available to trade ₹1,59,445.90: total ₹23,80,646.81.
     */
    @Test
    void theDemoAccountByAssetClass() {
        DiversificationAnswer answer = diversification(true, true);
        assertEquals(new BigDecimal("2380646.81"), answer.totalValue());
        assertEquals(new BigDecimal("2221200.91"), answer.holdingsValue());
        assertEquals(new BigDecimal("685340.75"), answer.equityValue());
        assertEquals(new BigDecimal("159445.90"), answer.cash());
        assertEquals(Map.of("equity", 12, "etf", 1, "gold_bond", 1, "mutual_fund", 6, "cash", 1),
                byName(answer.assetClasses(), AllocationRow::count));
        assertEquals(Map.of("equity", new BigDecimal("685340.75"), "etf", new BigDecimal("58610.00"), "gold_bond",
                new BigDecimal("126500.00"), "mutual_fund", new BigDecimal("1350750.16"), "cash",
                new BigDecimal("159445.90")), byName(answer.assetClasses(), AllocationRow::value));
        assertEquals(21, answer.holdings().size());
        HoldingLine etf = line(answer, "NIFTYBEES");
        assertEquals(AssetClass.ETF, etf.assetClass());
        assertEquals("Diversified (ETF)", etf.sector());
        assertNull(etf.marketCap());
        HoldingLine gold = line(answer, "SGBFEB32IV");
        assertEquals(AssetClass.GOLD_BOND, gold.assetClass());
        assertEquals("Gold", gold.sector());
    }

    @Test
    void stocksAreValuedAsGetHoldingsValuesThem() {
        DiversificationAnswer answer = diversification(false, false);
        BigDecimal holdingsTotal = beans.get(PortfolioService.class).holdings(ListView.SUMMARY,
                PageRequest.of(50, java.util.Optional.empty())).totals().currentValue();
        assertEquals(new BigDecimal("870450.75"), holdingsTotal);
        assertEquals(holdingsTotal, answer.totalValue());
        assertEquals(holdingsTotal, answer.holdingsValue());
        assertNull(answer.cash());
        assertEquals(List.of("equity", "etf", "gold_bond"), answer.assetClasses().stream().map(AllocationRow::name)
                .toList());
    }

    /**
     * Sectors of the stocks (₹6,85,340.75): banks HDFCBANK 60 × 1,755.45 + ICICIBANK 50 × 1,411.20 = ₹1,75,887.00,
     * 25.66%; IT INFY 35 × 1,539.90 + TCS 12 × 3,271.30 = ₹93,152.10, 13.59%; one stock in each of eight more.
     */
    @Test
    void sectorsComeFromUpstoxProfilesAndSumToTheWhole() {
        DiversificationAnswer answer = diversification(true, true);
        Map<String, BigDecimal> ofStocks = answer.sectors().stream().filter(row -> row.equityWeightPercent() != null)
                .collect(Collectors.toMap(AllocationRow::name, AllocationRow::equityWeightPercent));
        assertEquals(10, ofStocks.size());
        assertEquals(new BigDecimal("25.66"), ofStocks.get("Bank - Private"));
        assertEquals(new BigDecimal("13.59"), ofStocks.get("IT - Software"));
        assertEquals(List.of("HDFCBANK", "ICICIBANK"), answer.sectors().stream()
                .filter(row -> row.name().equals("Bank - Private")).findFirst().orElseThrow().holdings());
        assertEquals(100.0, ofStocks.values().stream().mapToDouble(BigDecimal::doubleValue).sum(), 0.05);
        assertEquals(100.0, answer.sectors().stream().mapToDouble(row -> row.weightPercent().doubleValue()).sum(),
                0.05);
        assertEquals(Map.of("Mutual funds (diversified)", 6, "Gold", 1, "Diversified (ETF)", 1, "Cash", 1),
                answer.sectors().stream().filter(row -> row.equityWeightPercent() == null)
                        .collect(Collectors.toMap(AllocationRow::name, AllocationRow::count)));
        assertEquals("Mutual funds (diversified)", answer.sectors().get(0).name());
    }

    /**
     * Market cap = P/E × net profit of the year to March 2026: TCS 23.53 × 50,304 = 11,83,653 crore; TATAPOWER
     * 30.64 × 4,158 = 1,27,401 crore, the smallest and still large (≥ 1,00,000).
     */
    @Test
    void marketCapsAreEstimatedFromPriceEarningsAndNetProfit() {
        DiversificationAnswer answer = diversification(true, true);
        assertEquals(new BigDecimal("1183653"), line(answer, "TCS").marketCapCrore());
        assertEquals("P/E × net profit Mar 2026", line(answer, "TCS").marketCapBasis());
        assertEquals(new BigDecimal("127401"), line(answer, "TATAPOWER").marketCapCrore());
        assertEquals(MarketCapBucket.LARGE, line(answer, "TATAPOWER").marketCap());
        assertEquals(List.of(new AllocationRow("large", new BigDecimal("685340.75"), new BigDecimal("28.79"),
                new BigDecimal("100.00"), 12, List.of("HDFCBANK", "ICICIBANK", "MARUTI", "ITC", "BHARTIARTL",
                        "RELIANCE", "INFY", "TATAPOWER", "SUNPHARMA", "LT", "TCS", "HINDUNILVR"))),
                answer.marketCaps());
        assertTrue(answer.notes().stream().anyMatch(note -> note.startsWith("Market caps are estimates")));
    }

    /**
     * Holdings (cash left out) ₹22,21,200.91; the five largest are four funds and the gold bond: 5,63,623.80 +
     * 2,64,911.36 + 2,26,564.63 + 1,51,769.96 + 1,26,500.00 = 13,33,369.75, 60.03% > 60%: the only flag.
     */
    @Test
    void concentrationOfTheDemoAccount() {
        DiversificationAnswer answer = diversification(true, true);
        var figures = answer.concentration();
        assertEquals(new BigDecimal("1089"), figures.hhi());
        assertEquals("unconcentrated", figures.level());
        assertEquals(new BigDecimal("9.18"), figures.effectiveHoldings());
        assertEquals(new BigDecimal("25.37"), figures.top1Percent());
        assertEquals(new BigDecimal("60.03"), figures.top5Percent());
        assertEquals(new BigDecimal("1325"), figures.sectorHhi());
        assertEquals(new BigDecimal("7.55"), figures.effectiveSectors());
        assertEquals(List.of(new Flag("top_5", "Your five largest holdings are 60.03% of your holdings, above 60%.")),
                answer.flags());
        assertEquals("₹23,80,646.81: equity 28.79%, etf 2.46%, gold bond 5.31%, mutual fund 56.74%, cash 6.70%; "
                + "largest stock sector Bank - Private 25.66% of stocks; HHI 1089 (unconcentrated), 9.18 effective "
                + "holdings; 1 flag: Your five largest holdings are 60.03% of your holdings, above 60%.",
                answer.summary());
    }

    /**
     * Delivery holdings alone (funds and cash left out) are ₹8,70,450.75 in 14 holdings; the largest is the gold bond,
     * 1,26,500 / 8,70,450.75 = 14.53%; the largest stock HDFCBANK 1,05,327 / 8,70,450.75 = 12.10%, under 20%. Ten
     * sectors of stocks, banks the largest at 25.66% < 35%.
     */
    @Test
    void withoutFundsTheStocksCarryTheWeight() {
        DiversificationAnswer answer = diversification(false, false);
        assertEquals(new BigDecimal("14.53"), answer.concentration().top1Percent());
        assertEquals("SGBFEB32IV", answer.concentration().top1());
        assertEquals(new BigDecimal("12.10"), AllocationReport.percent(line(answer, "HDFCBANK").value(),
                answer.holdingsValue()));
        assertEquals(List.of(), answer.flags());
    }

    @Test
    void fundamentalsAreAskedOncePerCompanyAndPartThenCached() {
        DiversificationService service = beans.get(DiversificationService.class);
        service.diversification(true, true);
        assertEquals(36, fundamentalsRequests.size());   // 12 companies × profile, key ratios, income statement
        service.diversification(true, true);
        assertEquals(36, fundamentalsRequests.size());
    }

    /** SBIN is in the instrument list but the sandbox has no fundamentals of it: Upstox answers 404. */
    @Test
    void aCompanyWithoutFundamentalsIsAnUnknownSectorNotAFailure() {
        Holding sbin = new Holding("INE062A01020", "STATE BANK OF INDIA", "SBIN", null, "NSE", "NSE_EQ|INE062A01020",
                "D", 100L, 0L, new BigDecimal("700.00"), new BigDecimal("815.70"), new BigDecimal("810.00"), null, null,
                null, 0L, null, 0L, null);
        PortfolioApi fixtures = FixtureBackedApi.of(PortfolioApi.class);
        beans.with(PortfolioApi.class, new PortfolioApi() {
            @Override
            public UpstoxResponse<List<Holding>> longTermHoldings() {
                return new UpstoxResponse<>("success", Stream.concat(fixtures.longTermHoldings().getData().stream(),
                        Stream.of(sbin)).toList());
            }

            @Override
            public UpstoxResponse<List<Position>> shortTermPositions() {
                return fixtures.shortTermPositions();
            }

            @Override
            public UpstoxResponse<List<Position>> mtfPositions() {
                return fixtures.mtfPositions();
            }
        });
        DiversificationAnswer answer = diversification(true, true);
        HoldingLine line = line(answer, "SBIN");
        assertEquals(AssetClass.EQUITY, line.assetClass());
        assertEquals("Unknown", line.sector());
        assertEquals(MarketCapBucket.UNKNOWN, line.marketCap());
        assertEquals(new BigDecimal("81570.00"), line.value());
        assertTrue(line.note().startsWith("Upstox has no profile data for SBIN (INE062A01020). Upstox has no key "
                + "ratios data for SBIN"), line.note());
        assertTrue(answer.notes().contains("1 holding has an unknown sector or market cap; see each holding's note."));
        assertEquals(new BigDecimal("81570.00"), answer.sectors().stream().filter(row -> row.name().equals("Unknown"))
                .findFirst().orElseThrow().value());
        assertEquals(new BigDecimal("1325"), answer.concentration().sectorHhi());   // unknown sector left out
    }

    @Test
    void duringFundsMaintenanceCashIsLeftOutWithANote() {
        beans.with(UserApi.class, FixtureBackedApi.of(UserApi.class, new ArrayList<>(), "maintenance"));
        DiversificationAnswer answer = diversification(true, true);
        assertNull(answer.cash());
        assertEquals(new BigDecimal("2221200.91"), answer.totalValue());
        assertTrue(answer.notes().stream().anyMatch(note -> note.startsWith("Cash is left out: ")), answer.notes()
                ::toString);
    }

    @Test
    void anUpstoxOutageFailsTheAnswer() {
        beans.with(FundamentalsApi.class, FixtureBackedApi.of(FundamentalsApi.class, new ArrayList<>(),
                "server-error"));
        assertThrows(UpstoxException.class, () -> diversification(true, true));
    }
}
