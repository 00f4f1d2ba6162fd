package dev.upstoxmcp.it;

import static dev.upstoxmcp.it.McpResults.assertAmount;
import static dev.upstoxmcp.it.McpResults.list;
import static dev.upstoxmcp.it.McpResults.text;
import static dev.upstoxmcp.it.McpResults.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;

/**
 * Market-data tools (instrument search, candles, quotes, options) against the sandbox's recorded market, whose
 * figures are read straight from {@code sandbox-fixtures} (candle CSVs, the quote book, the option chains). The
 * snapshot is the close of Friday 20 November 2026. Runs in sandbox mode and, through WireMock, in live mode.
 */
interface MarketDataContract extends ToolCallContract {

    // --- search_instruments -----------------------------------------------------------------------------------

    @Test
    default void searchFindsByNameToleratesTyposAndFiltersDerivatives() {
        CallToolResult byName = call("search_instruments", Map.of("query", "HDFC Bank"));
        assertEquals("HDFCBANK", value(byName, "matches.0.symbol"));
        assertEquals("NSE_EQ|INE040A01034", value(byName, "matches.0.instrument_key"));
        CallToolResult typo = call("search_instruments", Map.of("query", "relianse", "limit", 3));
        assertEquals("RELIANCE", value(typo, "matches.0.symbol"));
        CallToolResult option = call("search_instruments", Map.of("query", "NIFTY 26000 CE", "type", "CE",
                "expiry", "2026-12-29"));
        assertEquals("NSE_FO|71040", value(option, "matches.0.instrument_key"));
        assertAmount("26000", option, "matches.0.strike");
        assertAmount("0.05", option, "matches.0.tick_size");
    }

    /* SWIFTCART listed after the morning's instrument file: only Upstox's instrument search knows it. */
    @Test
    default void aListingNewerThanTheMasterIsFoundThroughUpstoxSearch() {
        CallToolResult local = call("search_instruments", Map.of("query", "RELIANCE", "limit", 1));
        assertEquals("instrument_master", value(local, "searched_in"));
        assertTrue(((Number) value(local, "instruments_searched")).intValue() > 300);
        CallToolResult listing = call("search_instruments", Map.of("query", "swiftcart"));
        assertEquals("upstox_search", value(listing, "searched_in"));
        assertEquals(2, list(listing, "matches").size());
        assertEquals("NSE_EQ|INE0SWC01018", value(listing, "matches.0.instrument_key"));
        assertAmount("0.05", listing, "matches.0.tick_size");
        assertAmount("0.01", listing, "matches.1.tick_size");
        assertTrue(text(listing).startsWith("2 matches for \"swiftcart\" (Upstox's instrument search): SWIFTCART "
                + "(NSE), SWIFTCART (BSE)."), text(listing));
        CallToolResult nothing = call("search_instruments", Map.of("query", "qqqzzz"));
        assertEquals(List.of(), list(nothing, "matches"));
    }

    // --- get_candles ------------------------------------------------------------------------------------------

    /* RELIANCE, 16-20 Nov 2026 (candles/NSE_EQ_INE002A01018.csv): open 1434.40 on the 16th, close 1479.85 on the
       20th (+45.45, +3.17%), high 1529.75 on the 18th, low 1419.15 on the 16th, volume 41,061,793. */
    @Test
    default void dailyCandlesOfADateRangeWithTheirSummary() {
        CallToolResult week = call("get_candles", Map.of("instrument", "RELIANCE", "from", "2026-11-16",
                "to", "2026-11-20"));
        assertEquals(5, list(week, "candles").size());
        assertEquals("2026-11-16", value(week, "candles.0.t"));
        assertAmount("1434.40", week, "candles.0.o");
        assertAmount("1479.85", week, "candles.4.c");
        assertAmount("45.45", week, "overview.change");
        assertAmount("3.17", week, "overview.change_percent");
        assertAmount("1529.75", week, "overview.high");
        assertEquals("2026-11-18", value(week, "overview.high_t"));
        assertAmount("1419.15", week, "overview.low");
        assertEquals(41_061_793L, ((Number) value(week, "overview.volume")).longValue());
    }

    @Test
    default void weeklyCandlesAggregateTheDays() {
        CallToolResult weeks = call("get_candles", Map.of("instrument", "RELIANCE", "unit", "weeks",
                "period", "3y"));
        List<?> candles = list(weeks, "candles");
        int last = candles.size() - 1;
        assertEquals("2026-11-16", value(weeks, "candles." + last + ".t"));
        assertAmount("1434.40", weeks, "candles." + last + ".o");
        assertAmount("1529.75", weeks, "candles." + last + ".h");
        assertAmount("1419.15", weeks, "candles." + last + ".l");
        assertAmount("1479.85", weeks, "candles." + last + ".c");
    }

    /* 1-minute candles may be fetched a month at a time: 21 Sep - 20 Nov takes several requests plus the intraday
       one for "today" (the 20th). 41 sessions (20 Oct was a holiday) of 375 minutes each. */
    @Test
    default void minuteCandlesOverTwoMonthsArePiecedTogether() {
        CallToolResult minutes = call("get_candles", Map.of("instrument", "RELIANCE", "unit", "minutes",
                "from", "2026-09-21", "to", "2026-11-20", "limit", 375));
        assertEquals(41 * 375, ((Number) value(minutes, "overview.candles")).intValue());
        assertEquals("2026-09-21T09:15", value(minutes, "overview.first_t"));
        assertEquals("2026-11-20T15:29", value(minutes, "overview.last_t"));
        assertAmount("1479.85", minutes, "overview.close");
        assertEquals(375, list(minutes, "candles").size());
        assertEquals("2026-11-20T09:15", value(minutes, "candles.0.t"), "the latest page is the last session");
        assertEquals(true, value(minutes, "has_more"));
    }

    @Test
    default void candleRequestsUpstoxWouldRejectAreRefusedFirst() {
        assertTrue(error("get_candles", Map.of("instrument", "RELIANCE", "from", "2026-11-20",
                "to", "2026-11-01")).contains("from"), "inverted range");
        assertTrue(error("get_candles", Map.of("instrument", "RELIANCE", "unit", "hours", "every", 6))
                .contains("between 1 and 5"), "hours come in 1 to 5");
        assertTrue(error("get_candles", Map.of("instrument", "RELIANCE", "unit", "minutes",
                "from", "2021-06-01", "to", "2021-06-30")).contains("2022"), "no minute data before 2022");
    }

    // --- get_quotes -------------------------------------------------------------------------------------------

    /* quotes/book.json: RELIANCE 1479.85 vs 1468.20 (+11.65, +0.79%), HDFCBANK 1755.45 vs 1742.90 (+12.55,
       +0.72%), Nifty 50 26068.15 vs 25994.30 (+73.85, +0.28%). */
    @Test
    default void lastPricesOfStocksAndAnIndexByName() {
        CallToolResult ltp = call("get_quotes", Map.of("instruments", List.of("RELIANCE", "HDFC Bank",
                "Nifty 50")));
        assertEquals("ltp", value(ltp, "mode"));
        assertEquals("RELIANCE", value(ltp, "quotes.0.symbol"));
        assertAmount("1479.85", ltp, "quotes.0.last_price");
        assertAmount("11.65", ltp, "quotes.0.change");
        assertAmount("0.79", ltp, "quotes.0.change_percent");
        assertEquals(7_742_731L, ((Number) value(ltp, "quotes.0.volume")).longValue());
        assertAmount("12.55", ltp, "quotes.1.change");
        assertEquals("NSE_INDEX|Nifty 50", value(ltp, "quotes.2.instrument_key"));
        assertAmount("73.85", ltp, "quotes.2.change");
        assertNull(value(ltp, "quotes.2.volume"), "indices have no volume");
        assertTrue(text(ltp).startsWith("3 quotes: RELIANCE ₹1,479.85 (+0.79%), HDFCBANK ₹1,755.45 (+0.72%), "
                + "NIFTY 26068.15 (+0.28%)."), text(ltp));
    }

    @Test
    default void fullQuoteHasTheDayRangeCircuitsAndDepthOnRequest() {
        CallToolResult full = call("get_quotes", Map.of("instruments", "RELIANCE", "mode", "full",
                "include_depth", true));
        assertAmount("1481.25", full, "quotes.0.open");
        assertAmount("1486.65", full, "quotes.0.high");
        assertAmount("1479.45", full, "quotes.0.low");
        assertAmount("1468.20", full, "quotes.0.previous_close");
        assertAmount("1729.90", full, "quotes.0.year_high");
        assertAmount("1335.75", full, "quotes.0.year_low");
        assertAmount("1174.55", full, "quotes.0.lower_circuit");
        assertAmount("1761.85", full, "quotes.0.upper_circuit");
        assertAmount("1479.80", full, "quotes.0.bid");
        assertAmount("1479.90", full, "quotes.0.ask");
        assertEquals("2026-11-20T15:29:59+05:30", value(full, "quotes.0.last_trade_time"));
        assertEquals(5, list(full, "quotes.0.depth.bids").size());
        assertAmount("1479.65", full, "quotes.0.depth.bids.3.price");
        CallToolResult compact = call("get_quotes", Map.of("instruments", "RELIANCE", "mode", "full"));
        assertNull(value(compact, "quotes.0.depth"), "depth only when asked for");
    }

    @Test
    default void ohlcQuoteHasTheSessionSoFar() {
        CallToolResult ohlc = call("get_quotes", Map.of("instruments", List.of("NSE_EQ|INE002A01018"),
                "mode", "ohlc"));
        assertAmount("1481.25", ohlc, "quotes.0.open");
        assertAmount("1486.65", ohlc, "quotes.0.high");
        assertAmount("1479.45", ohlc, "quotes.0.low");
        assertAmount("1468.20", ohlc, "quotes.0.previous_close");
        assertNull(value(ohlc, "quotes.0.year_high"));
    }

    @Test
    default void unknownOrAmbiguousInstrumentsFailTheWholeCallWithSuggestions() {
        String unknown = error("get_quotes", Map.of("instruments", List.of("RELIANCE", "NOSUCHCO")));
        assertTrue(unknown.contains("\"NOSUCHCO\"") && unknown.contains("Nothing was fetched"), unknown);
        String ambiguous = error("get_quotes", Map.of("instruments", List.of("HDFC")));
        assertTrue(ambiguous.contains("could mean several") && ambiguous.contains("HDFCBANK"), ambiguous);
        String tooMany = error("get_quotes", Map.of("instruments", Collections.nCopies(501, "RELIANCE")));
        assertTrue(tooMany.contains("instruments") && tooMany.contains("500"), tooMany);
    }

    // --- options ----------------------------------------------------------------------------------------------

    @Test
    default void optionContractsListExpiriesThenStrikes() {
        CallToolResult expiries = call("get_option_contracts", Map.of("underlying", "NIFTY"));
        assertEquals("NSE_INDEX|Nifty 50", value(expiries, "underlying.instrument_key"));
        assertEquals("2026-11-24", value(expiries, "expiries.0.expiry"));
        assertEquals(81, ((Number) value(expiries, "expiries.0.strikes")).intValue());
        assertEquals("2026-12-29", value(expiries, "expiries.1.expiry"));
        assertEquals(41, ((Number) value(expiries, "expiries.1.strikes")).intValue());
        assertAmount("24000", expiries, "expiries.1.lowest_strike");
        assertAmount("28000", expiries, "expiries.1.highest_strike");
        assertEquals(75, ((Number) value(expiries, "expiries.1.lot_size")).intValue());
        assertEquals(List.of(), list(expiries, "strikes"), "strikes only for a chosen expiry");

        CallToolResult december = call("get_option_contracts", Map.of("underlying", "Nifty 50",
                "expiry", "2026-12-29", "limit", 3));
        assertAmount("24000", december, "strikes.0.strike");
        assertEquals("NSE_FO|70960", value(december, "strikes.0.call_key"));
        assertEquals("NSE_FO|70961", value(december, "strikes.0.put_key"));
        assertAmount("24200", december, "strikes.2.strike");
        assertEquals(true, value(december, "has_more"));
    }

    /* options/nifty-2026-11-24-chain.json: spot 26068.15, so ATM 26050; over all 81 strikes call OI 52,942,575,
       put OI 45,897,375 (PCR 0.87); max pain 26000 (worked out over every strike). At 26000 the call traded 178.30
       against 154.50, OI 1,608,525 from 1,479,825. */
    @Test
    default void optionChainOfTheNearestExpiryAroundTheMoney() {
        CallToolResult chain = call("get_option_chain", Map.of("underlying", "NIFTY", "strikes_around", 2));
        assertEquals("2026-11-24", value(chain, "expiry"));
        assertEquals(4, ((Number) value(chain, "days_to_expiry")).intValue());
        assertAmount("26068.15", chain, "spot");
        assertAmount("26050", chain, "atm_strike");
        assertEquals(81, ((Number) value(chain, "total_strikes")).intValue());
        assertEquals(5, list(chain, "strikes").size());
        assertAmount("25950", chain, "strikes.0.strike");
        assertAmount("26150", chain, "strikes.4.strike");
        assertEquals(52_942_575L, ((Number) value(chain, "totals.call_oi")).longValue());
        assertEquals(45_897_375L, ((Number) value(chain, "totals.put_oi")).longValue());
        assertAmount("0.87", chain, "totals.pcr");
        assertAmount("26000", chain, "totals.max_pain");
        assertEquals("NSE_FO|61040", value(chain, "strikes.1.call.instrument_key"));
        assertAmount("178.30", chain, "strikes.1.call.last_price");
        assertAmount("23.80", chain, "strikes.1.call.change");
        assertEquals(128_700L, ((Number) value(chain, "strikes.1.call.oi_change")).longValue());
        assertAmount("12.0", chain, "strikes.1.call.iv_percent");
        assertAmount("0.6069", chain, "strikes.1.call.delta");
        assertAmount("1.03", chain, "strikes.1.pcr");
        assertTrue(text(chain).startsWith("NIFTY option chain, expiry 2026-11-24 (4 days): spot 26068.15, ATM "
                + "26050, PCR 0.87, max pain 26000; 5 of 81 strikes shown."), text(chain));
    }

    @Test
    default void optionChainOfAnExpiryThatDoesNotExistNamesTheListedOnes() {
        String wrong = error("get_option_chain", Map.of("underlying", "NIFTY", "expiry", "2026-12-31"));
        assertTrue(wrong.contains("No NIFTY options expire on 2026-12-31") && wrong.contains("2026-11-24, "
                + "2026-12-29"), wrong);
        String stock = error("get_option_chain", Map.of("underlying", "SGBFEB32IV"));
        assertTrue(stock.contains("has no listed options"), stock);
    }

    /* NIFTY 26000 CE/PE of 29 Dec: 542.00 vs 506.10 (+35.90, +7.09%), delta 0.6039, theta -7.7584, IV 12%. */
    @Test
    default void greeksOfChosenContracts() {
        CallToolResult greeks = call("get_option_greeks", Map.of("instruments", List.of("NSE_FO|71040",
                "NIFTY26DEC26000PE")));
        assertEquals(2, list(greeks, "options").size());
        assertEquals("NIFTY 26000 CE 29 DEC 26", value(greeks, "options.0.symbol"));
        assertEquals("2026-12-29", value(greeks, "options.0.expiry"));
        assertAmount("542.00", greeks, "options.0.last_price");
        assertAmount("35.90", greeks, "options.0.change");
        assertAmount("7.09", greeks, "options.0.change_percent");
        assertAmount("12.00", greeks, "options.0.iv_percent");
        assertAmount("0.6039", greeks, "options.0.delta");
        assertAmount("-7.7584", greeks, "options.0.theta");
        assertAmount("-0.3961", greeks, "options.1.delta");
        assertEquals("PE", value(greeks, "options.1.type"));
        assertEquals("NIFTY 26000 PE 29 DEC 26", value(greeks, "options.1.symbol"), "the compact symbol resolved");
        String notAnOption = error("get_option_greeks", Map.of("instruments", List.of("RELIANCE")));
        assertTrue(notAnOption.contains("only for option contracts"), notAnOption);
    }
}
