package dev.upstoxmcp.tools.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.analytics.TrendRules.Trend;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.allocation.AllocationConfig;
import dev.upstoxmcp.tools.risk.PortfolioBetaService;
import org.junit.jupiter.api.Test;

/** analyze_stock over the demo world at the close of 20 November 2026. */
class StockAnalysisServiceTest {

    private final FixtureBeans beans = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(AllocationConfig.class, new AllocationConfig(new BigDecimal("100000"), new BigDecimal("30000")));
    private final StockAnalysisService service = beans.get(StockAnalysisService.class);

    @Test
    void progressGoesThroughTheFourPartsOfTheAnswerInOrder() {
        List<String> steps = new ArrayList<>();
        service.analyze("TCS", Optional.empty(), "NIFTY 50",
                (done, total, message) -> steps.add(done + "/" + total + " " + message));
        assertEquals(List.of("1/4 trend of TCS", "2/4 valuation against the sector and competitors",
                "3/4 corporate actions and news", "4/4 place in the portfolio"), steps);
    }

    @Test
    void aHeldStockWithItsValuationEventsAndAWhatIf() {
        StockAnalysis tcs = service.analyze("TCS", Optional.of(10L), "NIFTY 50");
        assertEquals(new BigDecimal("3271.30"), tcs.lastPrice());
        assertEquals(Trend.UPTREND, tcs.trend().verdict());
        StockAnalysis.Ratio pe = tcs.valuation().ratios().get(0);
        assertEquals("P/E", pe.name());
        assertEquals(new BigDecimal("-15.39"), pe.premiumToSectorPercent());       // 23.53 / 27.81 − 1
        assertEquals(new BigDecimal("52.53"), tcs.valuation().ratios().get(1).premiumToSectorPercent()); // 12.08/7.92
        assertNull(tcs.valuation().ratios().get(3).premiumToSectorPercent());     // ROE is not a multiple
        StockAnalysis.Peer infy = tcs.valuation().competitors().get(0);
        assertEquals("INFY", infy.symbol());
        assertEquals("22.73", infy.pe());
        assertNull(tcs.valuation().competitors().get(1).pe());                   // HCLTECH: no ratios in the demo
        assertTrue(tcs.notes().contains("Ratios of HCLTECH: Upstox has no key ratios data for HCLTECH "
                + "(INE860A01027)."), tcs.notes().toString());
        assertEquals(new BigDecimal("53.00"), tcs.events().dividendsLast12Months());
        assertEquals(new BigDecimal("1.62"), tcs.events().dividendYieldPercent()); // 53 / 3271.30
        assertEquals("Board Meeting", tcs.events().next().action());
        assertEquals(3, tcs.events().news().size());

        StockAnalysis.PortfolioContext context = tcs.portfolio();
        assertTrue(context.held());
        assertEquals(12, context.holding().quantity());
        assertEquals(new BigDecimal("4.51"), context.holding().weightPercent());  // 39,255.60 / 8,70,450.75
        assertEquals("IT - Software", context.sector());
        StockAnalysis.Change change = context.change();
        assertEquals(22, change.quantityAfter());
        assertEquals(new BigDecimal("32713.00"), change.amount());
        assertEquals(context.holding().weightPercent(), change.weightPercentBefore());
        assertEquals(new BigDecimal("7.97"), change.weightPercentAfter());       // 71,968.60 / 9,03,163.75
        assertTrue(change.sectorWeightPercentAfter().compareTo(context.sectorWeightPercent()) > 0);
        // TCS's weekly beta (0.51) is below the portfolio's, so buying more lowers the portfolio's beta
        assertTrue(change.portfolioWeeklyBetaAfter() < context.portfolioWeeklyBeta());
        assertTrue(tcs.summary().startsWith("TCS 3271.30: uptrend (+3/5); P/E 23.53 vs sector 27.81; weight 4.51%"),
                tcs.summary());
    }

    @Test
    void thePortfolioBetaIsTheOneGetPortfolioBetaWeighs() {
        double weighted = beans.get(PortfolioBetaService.class).beta("NIFTY 50", 3, 26, false).result()
                .weightedAverageWeeklyBeta();
        // get_portfolio_beta weighs by weights rounded to 0.01 %, analyze_stock by values: equal to rounding
        assertEquals(weighted, service.analyze("ITC", Optional.empty(), "NIFTY 50").portfolio().portfolioWeeklyBeta(),
                2e-4);
    }

    @Test
    void aStockNotHeldGetsItsCorrelationWithThePortfolioAndNotesForMissingData() {
        StockAnalysis wipro = service.analyze("WIPRO", Optional.empty(), "NIFTY 50");
        assertFalse(wipro.portfolio().held());
        assertNull(wipro.portfolio().holding());
        assertEquals(0.3379, wipro.portfolio().correlationWithPortfolio(), 1e-4);
        assertNull(wipro.valuation());
        assertEquals(2, wipro.notes().size(), wipro.notes().toString());
        assertTrue(wipro.summary().contains("not held, weekly beta 0.6169"), wipro.summary());
    }

    @Test
    void anEtfHasNoValuationButItsPlaceInThePortfolio() {
        StockAnalysis bees = service.analyze("NIFTYBEES", Optional.of(-5L), "NIFTY 50");
        assertNull(bees.valuation());
        assertTrue(bees.notes().get(0).contains("is not a company share"), bees.notes().toString());
        assertEquals("Diversified (ETF)", bees.portfolio().sector());
        assertEquals(195, bees.portfolio().change().quantityAfter());
        assertEquals(new BigDecimal("6.58"), bees.portfolio().change().weightPercentAfter());
    }

    @Test
    void badInputIsRefusedWithAdvice() {
        assertEquals("change_shares -13 sells more than the 12 shares held; the most that can be sold is -12.",
                assertThrows(ToolCallException.class, () -> service.analyze("TCS", Optional.of(-13L), "NIFTY 50"))
                        .getMessage());
        assertTrue(assertThrows(ToolCallException.class, () -> service.analyze("TCS", Optional.of(0L), "NIFTY 50"))
                .getMessage().startsWith("change_shares is 0"));
        assertTrue(assertThrows(ToolCallException.class, () -> service.analyze("NIFTY 50", Optional.empty(),
                "NIFTY 50")).getMessage().contains("is not a stock or ETF"));
    }
}
