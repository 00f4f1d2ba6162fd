package dev.upstoxmcp.tools.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.PnlApi;
import dev.upstoxmcp.upstox.UpstoxResponse;
import dev.upstoxmcp.upstox.dto.PnlCharges;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.PageMetadata;
import dev.upstoxmcp.upstox.dto.PnlMetadata;
import dev.upstoxmcp.upstox.dto.PnlTrade;
import org.junit.jupiter.api.Test;

/** The P&amp;L report over the demo account's ledger (sandbox fixtures), today being 24 November 2026. */
class PnlReportServiceTest {

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final FixtureBeans beans = FixtureBeans.at("2026-11-24T12:00:00+05:30")
            .with(PnlApi.class, FixtureBackedApi.of(PnlApi.class, requests));

    PnlReport report(String year, String from, String to, PnlSegment segment, ListView view) {
        return beans.get(PnlReportService.class).report(Optional.ofNullable(year),
                Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse),
                segment, false, view, new PageRequest(50, 0));
    }

    static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    static Map<String, String> query(String... pairs) {
        Map<String, String> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) query.put(pairs[i], pairs[i + 1]);
        return query;
    }

    /** The FY 2024-25 rows of PnlCalculatorTest's first three; charges from the sandbox's ChargesModel. */
    @Test
    void aWholeYearHasTotalsTermsChargesAndNetPnl() {
        PnlReport report = report("2024-25", null, null, PnlSegment.EQ, ListView.COMPACT);
        assertEquals(new PnlTotals(3, 3, money("91816.50"), money("88994.50"), money("-2822.00"), money("0.00"),
                money("-3322.00"), money("500.00")), report.totals());
        assertEquals(new ChargesBreakdown(money("885.65"), money("440.00"), money("80.92"), money("268.00"),
                money("31.66"), money("9.27"), money("0.00"), money("0.30"), money("0.00"), money("55.50"),
                money("0.00")), report.charges());
        assertEquals(money("-3707.65"), report.netPnl());
        assertEquals(List.of("WIPRO LTD", "AXIS BANK LIMITED", "INFOSYS LIMITED"),
                report.scrips().stream().map(ScripPnl::scrip).toList());
        assertEquals(List.of(
                        query("segment", "EQ", "financial_year", "2425"),
                        query("segment", "EQ", "financial_year", "2425", "page_number", "1", "page_size", "5000"),
                        query("segment", "EQ", "financial_year", "2425")),
                requests.stream().map(FixtureBackedApi.Request::query).toList());
        assertEquals("FY 2024-25, EQ: realised P&L -₹2,822.00 (intraday +₹0.00, short-term -₹3,322.00, long-term "
                + "+₹500.00) on 3 sales in 3 scrips; charges ₹885.65; net -₹3,707.65.", report.summary());
    }

    /** June to August 2025: HDFCBANK +4,086.50 and TITAN +578.50 long-term, ASIANPAINT +285.60 short-term. */
    @Test
    void aRangeInsideAYearAsksUpstoxForThoseDays() {
        PnlReport report = report(null, "2025-06-01", "2025-08-31", PnlSegment.EQ, ListView.FULL);
        assertEquals(money("4950.60"), report.totals().realised());
        assertEquals(money("285.60"), report.totals().shortTerm());
        assertEquals(money("4665.00"), report.totals().longTerm());
        assertEquals(money("279.43"), report.charges().total());
        assertEquals(money("55.50"), report.charges().dpCharges(), "three delivery sales");
        assertEquals(770, report.scrips().get(0).lots().get(0).holdingDays());
        assertEquals(query("segment", "EQ", "financial_year", "2526", "from_date", "01-06-2025", "to_date",
                "31-08-2025"), requests.get(0).query());
        assertTrue(report.summary().startsWith("FY 2025-26 (2025-06-01 to 2025-08-31), EQ: realised P&L "
                + "+₹4,950.60"), report.summary());
    }

    @Test
    void aRangeAcrossYearsAddsUpEachYearsPart() {
        PnlReport across = report(null, "2024-11-01", "2025-08-31", PnlSegment.EQ, ListView.COMPACT);
        PnlReport first = report(null, "2024-11-01", "2025-03-31", PnlSegment.EQ, ListView.COMPACT);
        PnlReport second = report(null, "2025-04-01", "2025-08-31", PnlSegment.EQ, ListView.COMPACT);
        assertEquals("2024-25 to 2025-26", across.financialYear());
        assertEquals(first.totals().realised().add(second.totals().realised()), across.totals().realised());
        assertEquals(first.totals().rows() + second.totals().rows(), across.totals().rows());
        assertEquals(first.charges().total().add(second.charges().total()), across.charges().total());
        assertEquals(first.netPnl().add(second.netPnl()), across.netPnl());
        assertTrue(across.summary().startsWith("FY 2024-25 to 2025-26 (2024-11-01 to 2025-08-31), EQ"),
                across.summary());
    }

    @Test
    void theCurrentYearIsTheDefault() {
        PnlReport report = report(null, null, null, PnlSegment.EQ, ListView.SUMMARY);
        assertEquals("2026-27", report.financialYear());
        assertEquals(money("412.50"), report.totals().intraday());
        assertEquals(money("207.90"), report.charges().total());
        assertEquals(List.of(), report.scrips());
    }

    @Test
    void aYearWithPurchasesOnlyHasChargesButNoRows() {
        PnlReport report = report("FY24", null, null, PnlSegment.EQ, ListView.COMPACT);
        assertEquals(0, report.totals().rows());
        assertEquals(money("913.82"), report.charges().total());
        assertEquals(money("-913.82"), report.netPnl());
        assertEquals(2, requests.size(), "no data request for zero rows");
    }

    @Test
    void theDaysChargesComeFromADayLongRange() {
        ChargesBreakdown day = beans.get(PnlReportService.class).chargesOn(LocalDate.of(2026, 11, 20), PnlSegment.EQ);
        assertEquals(money("89.59"), day.total());
        assertEquals(query("segment", "EQ", "financial_year", "2627", "from_date", "20-11-2026", "to_date",
                "20-11-2026"), requests.get(0).query());
    }

    /** A fake Upstox with {@code rows} rows served {@code limit} at a time. */
    static PnlApi paged(int rows, int limit, List<Integer> pagesAsked) {
        return new PnlApi() {
            public UpstoxResponse<PnlMetadata> metadata(String segment, String year, String from, String to) {
                return new UpstoxResponse<>("success", new PnlMetadata(rows, limit));
            }

            public UpstoxPagedResponse<List<PnlTrade>> data(String segment, String year, String from, String to,
                                                            int page, int size) {
                pagesAsked.add(page);
                List<PnlTrade> trades = new ArrayList<>();
                for (int i = (page - 1) * size; i < Math.min(rows, page * size); i++) {
                    trades.add(new PnlTrade(1L, "INE002A01018", "RELIANCE", "EQ", "01-05-2025", money("100"),
                            "02-05-2025", money("101"), money("100"), money("101")));
                }
                return new UpstoxPagedResponse<>("success", trades, new PageMetadata(new PageMetadata.Page(page,
                        size, null, null, null)));
            }

            public UpstoxResponse<PnlCharges> charges(String segment, String year, String from, String to) {
                return new UpstoxResponse<>("success", new PnlCharges(null));
            }
        };
    }

    @Test
    void rowsAreFetchedPageByPageAtTheMetadatasPageSize() {
        List<Integer> pagesAsked = new ArrayList<>();
        PnlReport report = beans.with(PnlApi.class, paged(12, 5, pagesAsked)).get(PnlReportService.class).report(
                Optional.of("2025-26"), Optional.empty(), Optional.empty(), PnlSegment.EQ, false, ListView.SUMMARY,
                new PageRequest(50, 0));
        assertEquals(List.of(1, 2, 3), pagesAsked);
        assertEquals(12, report.totals().rows());
        assertEquals(money("12.00"), report.totals().realised());
        assertEquals(money("0.00"), report.charges().total(), "absent charges count as zero");
    }

    @Test
    void aReportTooLargeForOneQuestionAsksForAShorterRange() {
        List<Integer> pagesAsked = new ArrayList<>();
        ToolCallException error = assertThrows(ToolCallException.class, () -> beans.with(PnlApi.class,
                paged(200_001, 5000, pagesAsked)).get(PnlReportService.class).report(Optional.of("2025-26"),
                Optional.empty(), Optional.empty(), PnlSegment.EQ, false, ListView.SUMMARY, new PageRequest(50, 0)));
        assertEquals("The P&L report of FY 2025-26 has 200001 trade-wise rows, more than one question may fetch "
                + "(100000). Ask for a shorter range with from and to.", error.getMessage());
        assertEquals(List.of(), pagesAsked);
    }

    /**
     * Unrealised P&amp;L of today's holdings equals get_holdings' P&amp;L (+2,11,051.99); every open lot is held over
     * 365 days (the newest, RELIANCE's of 2025-09-22, 428 days on 24 November 2026), so all equity is long-term and
     * the gold bond's +63,870.00 is not equity: long-term 2,11,051.99 − 63,870.00 = 1,47,181.99.
     */
    @Test
    void unrealisedPnlOfTodaysHoldingsIsAddedWithItsTaxTerms() {
        PnlReport report = beans.get(PnlReportService.class).report(Optional.of("2024-25"), Optional.empty(),
                Optional.empty(), PnlSegment.EQ, true, ListView.FULL, new PageRequest(50, 0));
        HoldingsTotals holdings = beans.get(PortfolioService.class).holdings(ListView.SUMMARY, new PageRequest(50, 0))
                .totals();
        assertEquals(holdings.pnl(), report.unrealised().total());
        assertEquals(money("211051.99"), report.unrealised().total());
        assertEquals(money("0.00"), report.unrealised().shortTerm());
        assertEquals(money("147181.99"), report.unrealised().longTerm());
        assertEquals(money("63870.00"), report.unrealised().other());
        assertEquals(14, report.unrealised().holdings().size());
        assertEquals(money("-3707.65").add(money("211051.99")), report.combinedNet());
        assertEquals(money("-2822.00"), report.totals().realised(), "the realised part is unchanged");
        assertTrue(report.summary().endsWith(" Unrealised P&L of today's holdings (as of 2026-11-24, whatever the "
                + "period) +₹2,11,051.99 (short-term +₹0.00, long-term +₹1,47,181.99, not equity +₹63,870.00); "
                + "realised + unrealised - charges +₹2,07,344.34."), report.summary());
    }

    @Test
    void unrealisedIsLeftOutWhenNotAskedOrNotEquity() {
        assertEquals(null, report("2024-25", null, null, PnlSegment.EQ, ListView.COMPACT).unrealised());
        PnlReport fo = beans.get(PnlReportService.class).report(Optional.of("2026-27"), Optional.empty(),
                Optional.empty(), PnlSegment.FO, true, ListView.COMPACT, new PageRequest(50, 0));
        assertEquals(null, fo.unrealised());
        assertEquals(null, fo.combinedNet());
    }
}
