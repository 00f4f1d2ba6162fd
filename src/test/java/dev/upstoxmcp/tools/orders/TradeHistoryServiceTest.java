package dev.upstoxmcp.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.portfolio.ListView;
import dev.upstoxmcp.upstox.ChargesApi;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.dto.HistoricalTrade;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.PageMetadata;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

/** Trade history over the demo account's ledger (sandbox fixtures), today being 24 November 2026. */
class TradeHistoryServiceTest {

    static final Instrument RELIANCE = new Instrument("NSE_EQ|INE002A01018", "NSE_EQ", "NSE", "RELIANCE",
            "RELIANCE INDUSTRIES LTD", "Reliance", "INE002A01018", "EQ", null, null, 1, new BigDecimal("0.10"), null,
            null, false);

    final List<FixtureBackedApi.Request> requests = new ArrayList<>();
    final FixtureBeans beans = FixtureBeans.at("2026-11-24T12:00:00+05:30")
            .with(ChargesApi.class, FixtureBackedApi.of(ChargesApi.class, requests))
            .with(InstrumentResolver.class, new InstrumentResolver(InstrumentCatalog.of(new InstrumentMaster(
                    List.of(RELIANCE), Instant.parse("2026-11-24T01:00:00Z")))));

    TradeHistoryPage history(String from, String to, TradeSegment segment, String instrument, ListView view,
                             int limit) {
        return beans.get(TradeHistoryService.class).history(Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse), Optional.ofNullable(segment),
                Optional.ofNullable(instrument), view, new PageRequest(limit, 0));
    }

    /**
     * Sales since 2024-04-01: WIPRO 36,400.00, AXISBANK 36,748.00, INFY 15,846.50, HDFCBANK 15,086.00, TITAN
     * 34,651.50, ASIANPAINT 28,453.20, TATAPOWER 13,485.00 and the intraday SBIN 40,785.00 make 2,21,455.20.
     */
    @Test
    void byDefaultEveryTradeUpstoxKeepsIsTotalledAndTheLatestShown() {
        TradeHistoryPage page = history(null, null, null, null, ListView.COMPACT, 5);
        assertEquals(new TradeTotals(39, 31, 8, new BigDecimal("450847.40"), new BigDecimal("221455.20"),
                new BigDecimal("672302.60")), page.totals());
        assertEquals(List.of("TATAMOTORS", "SBIN", "SBIN", "NIFTY26NOV26000CE", "ADANIPORTS"),
                page.trades().stream().map(TradeHistoryRow::symbol).toList());
        assertEquals(new TradeHistoryRow(LocalDate.of(2026, 11, 20), "SBIN", "SELL", 50, new BigDecimal("815.70"),
                new BigDecimal("40785.00"), null, null, null, null, null, null, null, null, null),
                page.trades().get(1));
        assertEquals("39 trades from 2024-04-01 to 2026-11-24 (all segments): bought ₹4,50,847.40, sold "
                + "₹2,21,455.20, turnover ₹6,72,302.60; showing the latest 5, pass next_cursor for older ones.",
                page.summary());
    }

    @Test
    void eachFinancialYearIsOneRequestOfAThousandRows() {
        history(null, null, null, null, ListView.SUMMARY, 5);
        assertEquals(List.of(
                Map.of("start_date", "2024-04-01", "end_date", "2025-03-31", "page_number", "1", "page_size", "1000"),
                Map.of("start_date", "2025-04-01", "end_date", "2026-03-31", "page_number", "1", "page_size", "1000"),
                Map.of("start_date", "2026-04-01", "end_date", "2026-11-24", "page_number", "1", "page_size", "1000")),
                requests.stream().map(FixtureBackedApi.Request::query).toList());
    }

    /**
     * 2025-01-01 to 2025-06-30, equity: buys of NIFTYBEES (six months: 2,387.00 + 2,461.00 + 2,359.50 + 2,472.50 +
     * 2,531.50 + 2,583.00), ASIANPAINT 28,167.60, ITC 17,140.00 and MARUTI 28,934.60 make 89,036.70; sales of INFY
     * 15,846.50 and HDFCBANK 15,086.00 make 30,932.50.
     */
    @Test
    void aRangeAcrossTwoFinancialYearsIsNarrowedToItsDays() {
        TradeHistoryPage page = history("2025-01-01", "2025-06-30", TradeSegment.EQ, null, ListView.COMPACT, 50);
        assertEquals(new TradeTotals(11, 9, 2, new BigDecimal("89036.70"), new BigDecimal("30932.50"),
                new BigDecimal("119969.20")), page.totals());
        assertEquals(LocalDate.of(2025, 6, 16), page.trades().get(0).date());
        assertEquals(LocalDate.of(2025, 1, 1), page.trades().get(10).date());
        assertEquals(2, requests.size());
        assertEquals("EQ", requests.get(0).query().get("segment"));
    }

    @Test
    void optionTradesShowStrikeTypeAndExpiryInTheFullView() {
        TradeHistoryPage page = history(null, null, TradeSegment.FO, null, ListView.FULL, 50);
        assertEquals(1, page.totals().trades());
        assertEquals(new TradeHistoryRow(LocalDate.of(2026, 11, 19), "NIFTY26NOV26000CE", "BUY", 75,
                new BigDecimal("154.50"), new BigDecimal("11587.50"), "FO", "NSE", "NIFTY 26000 CE 24 NOV 26", null,
                "NSE_FO|61040", "70001998", new BigDecimal("26000.0"), "CE", "2026-11-24"), page.trades().get(0));
    }

    @Test
    void anInstrumentNarrowsToItsTrades() {
        TradeHistoryPage page = history(null, null, null, "reliance", ListView.COMPACT, 50);
        assertEquals(List.of(LocalDate.of(2025, 9, 22), LocalDate.of(2024, 6, 10)),
                page.trades().stream().map(TradeHistoryRow::date).toList());
        assertEquals("2 trades of RELIANCE from 2024-04-01 to 2026-11-24 (all segments): bought ₹29,528.50, sold "
                + "₹0.00, turnover ₹29,528.50.", page.summary());
    }

    @Test
    void aSegmentWithoutTradesIsAnEmptyAnswer() {
        TradeHistoryPage page = history("2026-04-01", null, TradeSegment.MF, null, ListView.COMPACT, 50);
        assertEquals(0, page.totals().trades());
        assertEquals("No trades from 2026-04-01 to 2026-11-24 (MF).", page.summary());
    }

    @Test
    void everyPageUpstoxAnnouncesIsFetched() {
        List<Integer> pagesAsked = new ArrayList<>();
        ChargesApi threePages = (segment, start, end, pageNumber, pageSize) -> {
            pagesAsked.add(pageNumber);
            HistoricalTrade trade = new HistoricalTrade("NSE", "EQ", "", 1L, new BigDecimal("100.00"),
                    String.valueOf(pageNumber), "2026-05-0" + pageNumber, "BUY", "ITC", "0.0", "", new BigDecimal(
                    "100.00"), "INE154A01025", "ITC", "NSE_EQ|INE154A01025");
            return new UpstoxPagedResponse<>("success", List.of(trade), new PageMetadata(new PageMetadata.Page(
                    pageNumber, pageSize, null, 3, 3)));
        };
        TradeHistoryPage page = beans.with(ChargesApi.class, threePages).get(TradeHistoryService.class).history(
                Optional.of(LocalDate.of(2026, 4, 1)), Optional.empty(), Optional.empty(), Optional.empty(),
                ListView.COMPACT, new PageRequest(50, 0));
        assertEquals(List.of(1, 2, 3), pagesAsked);
        assertEquals(3, page.totals().trades());
    }

    @Test
    void tooManyPagesForOneQuestionAreRefused() {
        ChargesApi endless = (segment, start, end, pageNumber, pageSize) -> new UpstoxPagedResponse<>("success",
                List.of(), new PageMetadata(new PageMetadata.Page(pageNumber, pageSize, null, 50_000, 50)));
        ToolCallException error = assertThrows(ToolCallException.class, () -> beans.with(ChargesApi.class, endless)
                .get(TradeHistoryService.class).history(Optional.of(LocalDate.of(2026, 4, 1)), Optional.empty(),
                        Optional.empty(), Optional.empty(), ListView.COMPACT, new PageRequest(50, 0)));
        assertTrue(error.getMessage().startsWith("That range holds more than 29000 trades"), error.getMessage());
    }
}
