package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.tools.InstrumentRef;
import dev.upstoxmcp.tools.research.GovernanceAnswer.CompanyGovernance;
import dev.upstoxmcp.tools.research.GovernanceAnswer.Flag;
import dev.upstoxmcp.upstox.dto.CorporateAction;
import dev.upstoxmcp.upstox.dto.CorporateAction.EventDetail;
import org.junit.jupiter.api.Test;

/** The flag rules on invented actions and shareholding, today being 20 November 2026. */
class GovernanceMappingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final InstrumentRef ACME = new InstrumentRef("ACME", "ACME LTD", "NSE", "NSE_EQ|INE000A01011");

    static CorporateAction action(String name, String date, String purpose, String ratio, String amount) {
        return new CorporateAction(name, date, amount == null ? null : new BigDecimal(amount), ratio,
                purpose == null ? List.of() : List.of(new EventDetail("Purpose", purpose)));
    }

    static FundamentalsAnswer.Holder holder(String category, String percent, String sinceCompared) {
        return new FundamentalsAnswer.Holder(category, new BigDecimal(percent), null, new BigDecimal(sinceCompared));
    }

    /**
     * Promoters 48.40%, down 1.60 pp since Dec 2025 (> 1); FIIs −1.50 and DIIs (other −0.40, funds −0.30) −0.70:
     * together −2.20 pp (> 2). An EGM is called, a rights issue was made in July, the last dividend was 14 months ago.
     */
    @Test
    void everyRuleCanFire() {
        List<CorporateAction> actions = List.of(
                action("EGM", "10 Dec 2026", "Preferential issue of warrants to promoters", null, null),
                action("Rights", "15 Jul 2026", null, "1:5", null),
                action("Dividend", "12 Sep 2025", null, null, "4.0"),
                action("Board Meeting", "1 Dec 2026", "Fund raising", null, null));
        FundamentalsAnswer.Shareholding shareholding = new FundamentalsAnswer.Shareholding("Sep 2026", "Dec 2025",
                List.of(holder("promoters", "48.40", "-1.60"), holder("fii", "20.00", "-1.50"),
                        holder("other_dii", "10.00", "-0.40"), holder("mutual_funds", "8.00", "-0.30"),
                        holder("retail_and_other", "13.60", "3.80")));
        CompanyGovernance review = GovernanceMapping.review(ACME, new BigDecimal("250.00"), actions, shareholding,
                TODAY, 12, List.of());
        assertEquals(List.of(
                new Flag("promoter_selling", "Promoter holding fell 1.60 pp to 48.40% between Dec 2025 and Sep 2026."),
                new Flag("institutions_selling", "FIIs and DIIs together cut their holding by 2.20 pp between Dec "
                        + "2025 and Sep 2026."),
                new Flag("egm", "EGM called for 2026-12-10: Preferential issue of warrants to promoters."),
                new Flag("rights_issue", "Rights issue 1:5 on 2026-07-15: holders who do not subscribe are diluted."),
                new Flag("no_dividend", "No dividend with an ex-date in the last 12 months."),
                new Flag("board_meeting_soon", "Board meeting on 2026-12-01 (in 11 days): Fund raising.")),
                review.flags());
        assertEquals(new BigDecimal("18.00"), review.shareholding().diiPercent());
        assertEquals(new BigDecimal("-0.70"), review.shareholding().diiChange());
        assertEquals(new BigDecimal("0.00"), review.dividendYieldPercent());
        assertEquals(List.of(), review.dividends());   // September 2025 is outside the 12-month lookback
        assertEquals(1, GovernanceMapping.review(ACME, null, actions, null, TODAY, 15, List.of()).dividends()
                .size());
    }

    /** Exactly 1 pp and exactly 2 pp do not fire; a meeting 15 days out is not "soon". */
    @Test
    void limitsAreStrict() {
        FundamentalsAnswer.Shareholding shareholding = new FundamentalsAnswer.Shareholding("Sep 2026", "Dec 2025",
                List.of(holder("promoters", "49.00", "-1.00"), holder("fii", "20.00", "-1.00"),
                        holder("other_dii", "10.00", "-0.50"), holder("mutual_funds", "8.00", "-0.50")));
        CompanyGovernance review = GovernanceMapping.review(ACME, new BigDecimal("100"), List.of(
                action("Dividend", "1 Aug 2026", null, null, "2.5"),
                action("Board Meeting", "5 Dec 2026", "Quarterly Results", null, null)), shareholding, TODAY, 12,
                List.of());
        assertEquals(List.of(), review.flags());
        assertEquals(new BigDecimal("2.50"), review.dividendYieldPercent());
    }

    @Test
    void withoutDataNothingIsFlaggedAndTheGapIsSaid() {
        CompanyGovernance review = GovernanceMapping.review(ACME, new BigDecimal("100"), null, null, TODAY, 12,
                List.of("Upstox has no corporate actions data for ACME (INE000A01011)."));
        assertEquals(List.of(), review.flags());
        assertNull(review.dividendsLast12Months());
        assertNull(review.shareholding());
        assertEquals("Upstox has no corporate actions data for ACME (INE000A01011).", review.note());
    }
}
