package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.tools.research.FundamentalsAnswer.BalanceSheetYear;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.CashFlowYear;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.Holder;
import dev.upstoxmcp.tools.research.FundamentalsAnswer.IncomeYear;
import dev.upstoxmcp.upstox.dto.BalanceSheet;
import dev.upstoxmcp.upstox.dto.CashFlow;
import dev.upstoxmcp.upstox.dto.CategoryHistory;
import dev.upstoxmcp.upstox.dto.HistoryItem;
import dev.upstoxmcp.upstox.dto.IncomeStatement;
import org.junit.jupiter.api.Test;

class FundamentalsMappingTest {

    static CategoryHistory line(String category, String... periodValues) {
        List<HistoryItem> items = new ArrayList<>();
        for (int i = 0; i < periodValues.length; i += 2) {
            items.add(new HistoryItem(new BigDecimal(periodValues[i + 1]), periodValues[i], null));
        }
        return new CategoryHistory(category, items);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void incomeStatementBecomesOneRowPerYearWithGrowthAndMargins() {
        FundamentalsAnswer.IncomeStatement statement = FundamentalsMapping.incomeStatement(new IncomeStatement(
                "consolidated", "yearly", "crore", List.of(
                        line("revenue", "Mar 2026", "262000", "Mar 2025", "251884"),
                        line("operating_profit", "Mar 2026", "69430", "Mar 2025", "65119"),
                        line("net_profit", "Mar 2026", "50304", "Mar 2025", "49406"))));
        assertEquals("consolidated, yearly", statement.basis());
        assertEquals("INR crore", statement.units());
        // growth: 10,116 / 251,884 = 4.016%, 898 / 49,406 = 1.818%; margins: 69,430 / 262,000, 50,304 / 262,000
        assertEquals(new IncomeYear("Mar 2026", dec("262000"), dec("69430"), dec("50304"), dec("4.02"), dec("1.82"),
                dec("26.50"), dec("19.20")), statement.years().get(0));
        IncomeYear oldest = statement.years().get(1);
        assertNull(oldest.revenueGrowthPercent(), "nothing to grow from");
        assertEquals(dec("25.85"), oldest.operatingMarginPercent());        // 65,119 / 251,884 = 25.853%
    }

    @Test
    void growthIsMeasuredAgainstTheSizeOfANegativeBase() {
        assertEquals(dec("50.00"), FundamentalsMapping.growth(dec("-100"), dec("-200")));   // a loss halved
        assertEquals(dec("-150.00"), FundamentalsMapping.growth(dec("-100"), dec("200")));
        assertNull(FundamentalsMapping.growth(dec("5"), BigDecimal.ZERO));
    }

    @Test
    void balanceSheetAddsNetWorthAndCashFlowItsNetChange() {
        assertEquals(List.of(new BalanceSheetYear("Mar 2025", dec("1950121"), dec("940495"), dec("1009626"))),
                FundamentalsMapping.balanceSheet(new BalanceSheet("consolidated", "yearly", "crore",
                        List.of(new BalanceSheet.Period(dec("1950121"), dec("940495"), "Mar 2025")))).years());
        FundamentalsAnswer.CashFlow flow = FundamentalsMapping.cashFlow(new CashFlow("consolidated", "yearly",
                "crore", List.of(line("operating", "Mar 2026", "67910"), line("investing", "Mar 2026", "-36278"),
                line("financing", "Mar 2026", "-24998"))));
        assertEquals(List.of(new CashFlowYear("Mar 2026", dec("67910"), dec("-36278"), dec("-24998"), dec("6634"))),
                flow.years());                                              // 67,910 − 36,278 − 24,998
    }

    @Test
    void shareholdingShowsTheLatestQuarterAndItsChangesInPoints() {
        FundamentalsAnswer.Shareholding holding = FundamentalsMapping.shareholding(List.of(
                line("promoters", "Sep 2026", "71.77", "Jun 2026", "71.76", "Mar 2026", "71.76", "Dec 2025", "71.76"),
                line("fii", "Sep 2026", "11.48", "Jun 2026", "11.83", "Mar 2026", "11.44", "Dec 2025", "11.93")));
        assertEquals("Sep 2026", holding.period());
        assertEquals("Dec 2025", holding.comparedWith());
        assertEquals(List.of(new Holder("promoters", dec("71.77"), dec("0.01"), dec("0.01")),
                new Holder("fii", dec("11.48"), dec("-0.35"), dec("-0.45"))), holding.holders());
        assertEquals(new FundamentalsAnswer.Shareholding(null, null, List.of()),
                FundamentalsMapping.shareholding(List.of()));
    }
}
