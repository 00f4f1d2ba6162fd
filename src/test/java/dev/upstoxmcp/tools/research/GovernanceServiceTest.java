package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.research.GovernanceAnswer.CompanyGovernance;
import dev.upstoxmcp.tools.research.GovernanceAnswer.Flag;
import dev.upstoxmcp.tools.research.GovernanceAnswer.FlagCount;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.FundamentalsApi;
import dev.upstoxmcp.upstox.MarketQuoteApi;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

/** Governance of the demo account's companies (sandbox fixtures; invented figures of Companies.java). */
class GovernanceServiceTest {

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final InstrumentCatalog catalog = FixtureInstruments.catalog();

    FixtureBeans beans(String now) {
        return FixtureBeans.at(now)
                .with(InstrumentCatalog.class, catalog)
                .with(InstrumentResolver.class, new InstrumentResolver(catalog))
                .with(FundamentalsApi.class, FixtureBackedApi.of(FundamentalsApi.class, requests))
                .with(PortfolioApi.class, FixtureBackedApi.of(PortfolioApi.class, requests))
                .with(MarketQuoteApi.class, FixtureBackedApi.of(MarketQuoteApi.class, requests));
    }

    GovernanceAnswer summary(String now, List<String> instruments, int lookbackMonths) {
        return beans(now).get(GovernanceService.class).summary(Optional.ofNullable(instruments), lookbackMonths);
    }

    static CompanyGovernance company(GovernanceAnswer answer, String symbol) {
        return answer.companies().stream().filter(company -> company.instrument().symbol().equals(symbol))
                .findFirst().orElseThrow();
    }

    @Test
    void atTheCloseOfTwentiethNovemberNoDemoCompanyIsFlagged() {
        GovernanceAnswer answer = summary("2026-11-20T15:45:00+05:30", null, 12);
        assertEquals(List.of("RELIANCE", "INFY", "HDFCBANK", "BHARTIARTL", "TCS", "SUNPHARMA", "ITC", "TATAPOWER",
                "MARUTI", "LT", "ICICIBANK", "HINDUNILVR"), answer.companies().stream()
                .map(company -> company.instrument().symbol()).toList());
        assertEquals(List.of("NIFTYBEES: not a company share (ISIN INF204KB14I2).",
                "SGBFEB32IV: not a company share (ISIN IN0020230184)."), answer.notCovered());
        assertTrue(answer.companies().stream().allMatch(company -> company.flags().isEmpty()));
        assertEquals(new GovernanceAnswer.PortfolioGovernance(12, 0, List.of(), List.of()), answer.portfolio());
        assertEquals("Governance of 12 companies over 12 months: no flags. Pledged shares are not in Upstox's data.",
                answer.summary());
        assertTrue(answer.notes().contains(GovernanceMapping.PLEDGE_NOTE));
        assertEquals(1 + 12 * 2, requests.size());   // holdings, then corporate actions and shareholding each
    }

    /**
     * TCS: dividends with ex-dates from 21 Nov 2025 to 20 Nov 2026: 31 (4 Jun) + 11 (16 Jul) + 11 (15 Oct) = ₹53
     * per share; on the last price ₹3,271.30 a yield of 1.62%. The board met on 9 Oct 2026 and meets on 8 Jan 2027.
     */
    @Test
    void dividendsMeetingsAndYieldOfTcs() {
        CompanyGovernance tcs = company(summary("2026-11-20T15:45:00+05:30", null, 12), "TCS");
        assertEquals(new BigDecimal("53.00"), tcs.dividendsLast12Months());
        assertEquals(new BigDecimal("3271.30"), tcs.lastPrice());
        assertEquals(new BigDecimal("1.62"), tcs.dividendYieldPercent());
        assertEquals(List.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 7, 16), LocalDate.of(2026, 6, 4)),
                tcs.dividends().stream().map(CorporateActionRow::date).toList());
        assertEquals(List.of(LocalDate.of(2027, 1, 8), LocalDate.of(2026, 10, 9)), tcs.boardMeetings().stream()
                .map(CorporateActionRow::date).toList());
        assertEquals("Quarterly Results & Interim Dividend", tcs.boardMeetings().get(0).kind());
        assertEquals(List.of("AGM"), tcs.shareholderMeetings().stream().map(CorporateActionRow::action).toList());
        assertEquals(List.of(), tcs.capitalActions());
    }

    /**
     * RELIANCE, Sep 2026 against Dec 2025: promoters 50.00 (−0.02 pp; −0.01 since Jun 2026), FIIs 19.09 (+0.55),
     * DIIs other 8.62 + funds 9.87 = 18.49 (−0.82 + 0.27 = −0.55), funds +0.27. The 2017 bonus is outside 12
     * months but inside 120.
     */
    @Test
    void shareholdingChangesOfReliance() {
        GovernanceAnswer answer = summary("2026-11-20T15:45:00+05:30", List.of("RELIANCE"), 12);
        CompanyGovernance reliance = answer.companies().get(0);
        assertEquals(new GovernanceAnswer.ShareholdingChanges("Sep 2026", "Dec 2025", new BigDecimal("50.00"),
                new BigDecimal("-0.02"), new BigDecimal("-0.01"), new BigDecimal("19.09"), new BigDecimal("0.55"),
                new BigDecimal("18.49"), new BigDecimal("-0.55"), new BigDecimal("9.87"), new BigDecimal("0.27")),
                reliance.shareholding());
        assertEquals(new BigDecimal("1479.85"), reliance.lastPrice());   // from the quote: RELIANCE is asked by name
        assertEquals(List.of(), reliance.capitalActions());
        assertEquals(List.of("Bonus"), company(summary("2026-11-20T15:45:00+05:30", List.of("RELIANCE"), 120),
                "RELIANCE").capitalActions().stream().map(CorporateActionRow::action).toList());
    }

    /** On 5 January 2027 four boards meet within 14 days: TCS (8th), INFY (14th), RELIANCE (15th), HDFCBANK (18th). */
    @Test
    void boardMeetingsWithinFourteenDaysAreFlagged() {
        GovernanceAnswer answer = summary("2027-01-05T10:00:00+05:30", null, 12);
        assertEquals(List.of(new Flag("board_meeting_soon", "Board meeting on 2027-01-08 (in 3 days): Quarterly "
                + "Results & Interim Dividend.")), company(answer, "TCS").flags());
        assertEquals(List.of(new Flag("board_meeting_soon", "Board meeting on 2027-01-18 (in 13 days): Quarterly "
                + "Results.")), company(answer, "HDFCBANK").flags());
        assertEquals(new GovernanceAnswer.PortfolioGovernance(12, 4, List.of(new FlagCount("board_meeting_soon", 4)),
                List.of("RELIANCE", "INFY", "HDFCBANK", "TCS")), answer.portfolio());
        assertEquals("Governance of 12 companies over 12 months: 4 companies flagged (board_meeting_soon 4): "
                + "RELIANCE, INFY, HDFCBANK, TCS. Pledged shares are not in Upstox's data.", answer.summary());
    }

    @Test
    void anUnknownInstrumentIsAnsweredWithCandidatesBeforeAnyRequest() {
        ToolCallException error = assertThrows(ToolCallException.class,
                () -> summary("2026-11-20T15:45:00+05:30", List.of("TCS", "RELIANCEE"), 12));
        assertTrue(error.getMessage().contains("RELIANCE"), error.getMessage());
        assertEquals(List.of(), requests);
    }

    @Test
    void atMostFiftyCompaniesAtOnce() {
        ToolCallException error = assertThrows(ToolCallException.class, () -> summary("2026-11-20T15:45:00+05:30",
                Collections.nCopies(51, "TCS"), 12));
        assertEquals("instruments takes at most 50 companies; got 51. Ask in parts, or leave instruments out to "
                + "review all equity holdings.", error.getMessage());
        assertEquals(List.of(), requests);
    }

    @Test
    void anEtfIsNotACompany() {
        ToolCallException error = assertThrows(ToolCallException.class,
                () -> summary("2026-11-20T15:45:00+05:30", List.of("NIFTYBEES"), 12));
        assertTrue(error.getMessage().contains("not a company share"), error.getMessage());
        assertEquals(List.of(), requests);
    }

    /** SBIN has no fundamentals in the sandbox (404): reviewed with what there is, the gap said. */
    @Test
    void aCompanyWithoutDataIsReviewedWithANote() {
        CompanyGovernance sbin = summary("2026-11-20T15:45:00+05:30", List.of("SBIN"), 12).companies().get(0);
        assertEquals("Upstox has no corporate actions data for SBIN (INE062A01020). Upstox has no share holdings "
                + "data for SBIN (INE062A01020).", sbin.note());
        assertEquals(null, sbin.dividendsLast12Months());
        assertEquals(List.of(), sbin.flags());
    }
}
