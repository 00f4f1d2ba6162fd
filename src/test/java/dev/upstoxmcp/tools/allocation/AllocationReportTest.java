package dev.upstoxmcp.tools.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.tools.allocation.DiversificationAnswer.Flag;
import dev.upstoxmcp.tools.research.FundamentalsAnswer;
import dev.upstoxmcp.upstox.DataSource;
import org.junit.jupiter.api.Test;

class AllocationReportTest {

    static Part stock(String symbol, String sector, String value) {
        return new Part(symbol, symbol, null, AssetClass.EQUITY, sector, MarketCapBucket.LARGE, null, null,
                new BigDecimal(value), null);
    }

    @Test
    void assetClassesComeFromIsinAndInstrumentType() {
        assertEquals(AssetClass.EQUITY, AssetClass.ofListed("INE002A01018", "EQ", "RELIANCE"));
        assertEquals(AssetClass.EQUITY, AssetClass.ofListed("INE002A01018", "A", "RELIANCE"));
        assertEquals(AssetClass.ETF, AssetClass.ofListed("INF204KB14I2", "EQ", "NIFTYBEES"));
        assertEquals(AssetClass.GOLD_BOND, AssetClass.ofListed("IN0020230184", "GB", "SGBFEB32IV"));
        assertEquals(AssetClass.GOLD_BOND, AssetClass.ofListed("IN0020230184", null, "SGBFEB32IV"));
        assertEquals(AssetClass.OTHER, AssetClass.ofListed("IN0020200153", "GS", "GS2030"));
        assertEquals(AssetClass.OTHER, AssetClass.ofListed(null, null, "X"));
    }

    @Test
    void marketCapBucketsFromTheThresholds() {
        BigDecimal large = new BigDecimal("100000");
        BigDecimal mid = new BigDecimal("30000");
        assertEquals(MarketCapBucket.LARGE, MarketCapBucket.of(new BigDecimal("100000"), large, mid));
        assertEquals(MarketCapBucket.MID, MarketCapBucket.of(new BigDecimal("99999"), large, mid));
        assertEquals(MarketCapBucket.MID, MarketCapBucket.of(new BigDecimal("30000"), large, mid));
        assertEquals(MarketCapBucket.SMALL, MarketCapBucket.of(new BigDecimal("29999.5"), large, mid));
        assertEquals(MarketCapBucket.UNKNOWN, MarketCapBucket.of(null, large, mid));
    }

    @Test
    void ratiosAreReadAsNumbersAndLossesGiveNoEstimate() {
        var ratios = new FundamentalsAnswer.KeyRatios(List.of(new FundamentalsAnswer.Ratio("P/E", "28.05", "12.46"),
                new FundamentalsAnswer.Ratio("P/B", "-", "1.53"), new FundamentalsAnswer.Ratio("ROE", "8.5%", "1")));
        assertEquals(Optional.of(new BigDecimal("28.05")), CompanyFacts.ratio(ratios, "p/e"));
        assertEquals(Optional.empty(), CompanyFacts.ratio(ratios, "P/B"));
        assertEquals(Optional.empty(), CompanyFacts.ratio(ratios, "ROE"));
        // 28.05 × 71,400 = 20,02,770 crore
        assertEquals(Optional.of(new BigDecimal("2002770")), CompanyFacts.estimate(Optional.of(
                new BigDecimal("28.05")), new BigDecimal("71400")));
        assertEquals(Optional.empty(), CompanyFacts.estimate(Optional.of(new BigDecimal("28.05")),
                new BigDecimal("-500")));
        assertEquals(Optional.empty(), CompanyFacts.estimate(Optional.of(new BigDecimal("-3.2")),
                new BigDecimal("500")));
    }

    /**
     * Four stocks 50, 20, 20, 10 (total 100): A is 50% > 20%; banks (A, B) 70% > 35%; top 5 = 100% > 60%; HHI
     * 2,500 + 400 + 400 + 100 = 3,400 > 2,500; sectors banks 70, IT 30: 4,900 + 900 = 5,800; N_eff = 1 / 0.34 = 2.94.
     */
    @Test
    void aConcentratedPortfolioRaisesEveryFlag() {
        DiversificationAnswer answer = AllocationReport.of(List.of(stock("A", "Banks", "50"),
                stock("B", "Banks", "20"), stock("C", "IT", "20"), stock("D", "IT", "10")), List.of(),
                OffsetDateTime.parse("2026-11-20T15:45:00+05:30"), DataSource.SANDBOX);
        assertEquals(new BigDecimal("3400"), answer.concentration().hhi());
        assertEquals(new BigDecimal("2.94"), answer.concentration().effectiveHoldings());
        assertEquals(new BigDecimal("5800"), answer.concentration().sectorHhi());
        assertEquals(List.of(
                new Flag("single_stock", "A is 50.00% of your holdings, above the 20% limit for one stock."),
                new Flag("sector", "Banks is 70.00% of your stocks, above the 35% limit for one sector."),
                new Flag("top_5", "Your five largest holdings are 100.00% of your holdings, above 60%."),
                new Flag("hhi", "Your holdings are highly concentrated (HHI 3400; 1,500-2,500 is moderate, above "
                        + "2,500 high)."),
                new Flag("sector_hhi", "Your stocks' sector mix is highly concentrated (HHI 5800; 1,500-2,500 is "
                        + "moderate, above 2,500 high)."),
                new Flag("few_holdings", "Your holdings behave like 2.94 equal-sized ones, fewer than 8.")),
                answer.flags());
    }

    @Test
    void cashAloneHasNoConcentration() {
        DiversificationAnswer answer = AllocationReport.of(List.of(new Part(null, "Cash available to trade", null,
                AssetClass.CASH, Part.CASH, null, null, null, new BigDecimal("1000.00"), null)), List.of(),
                OffsetDateTime.parse("2026-11-20T15:45:00+05:30"), DataSource.SANDBOX);
        assertEquals(null, answer.concentration());
        assertEquals(List.of(), answer.flags());
        assertEquals("₹1,000.00: cash 100.00%; no concentration flags.", answer.summary());
    }
}
