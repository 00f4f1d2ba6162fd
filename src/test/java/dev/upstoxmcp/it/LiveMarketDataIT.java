package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The market-data contract in live mode with WireMock as Upstox, plus what reaches Upstox and what does not. */
class LiveMarketDataIT extends LiveModeClient implements MarketDataContract {

    @Test
    void badInstrumentsNeverReachUpstox() {
        upstox.resetRequests();
        error("get_quotes", Map.of("instruments", List.of("RELIANCE", "NOSUCHCO")));
        error("get_option_greeks", Map.of("instruments", List.of("RELIANCE")));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/market-quote/.*")));
    }

    @Test
    void aWrongExpiryIsCaughtBeforeTheChainIsRequested() {
        upstox.resetRequests();
        error("get_option_chain", Map.of("underlying", "NIFTY", "expiry", "2026-12-31"));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v2/option/chain")));
    }

    @Test
    void greeksOfManyContractsGoInBatchesOfFifty() {
        upstox.resetRequests();
        List<String> keys = new java.util.ArrayList<>();
        for (int strike = 24000; strike <= 28000; strike += 100) {
            keys.add("NSE_FO|" + (70000 + strike / 25));
            keys.add("NSE_FO|" + (70000 + strike / 25 + 1));
        }
        call("get_option_greeks", Map.of("instruments", keys));   // 82 contracts
        upstox.verify(2, getRequestedFor(urlPathMatching("/v3/market-quote/option-greek")));
    }

    /* 3-minute candles, 1 Aug - 20 Nov: a month per request gives 21 Oct-19 Nov (today comes from the intraday
       API), 21 Sep-20 Oct, 21 Aug-20 Sep, 1-20 Aug. Asked again, only today's candles are fetched. */
    @Test
    void minuteCandlesComeInMonthSizedRequestsAndCompletedOnesAreCached() {
        upstox.resetRequests();
        Map<String, Object> range = Map.of("instrument", "HDFCBANK", "unit", "minutes", "every", 3,
                "from", "2026-08-01", "to", "2026-11-20");
        call("get_candles", range);
        upstox.verify(4, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ%7CINE040A01034/minutes/3/.*")));
        upstox.verify(1, getRequestedFor(urlPathMatching("/v3/historical-candle/intraday/NSE_EQ%7CINE040A01034/.*")));
        upstox.resetRequests();
        call("get_candles", range);
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ%7CINE040A01034/minutes/3/.*")));
        upstox.verify(1, getRequestedFor(urlPathMatching("/v3/historical-candle/intraday/NSE_EQ%7CINE040A01034/.*")));
    }

    @Test
    void upstoxSearchIsAskedOnlyWhenTheMasterHasNoMatch() {
        upstox.resetRequests();
        call("search_instruments", Map.of("query", "HDFC Bank"));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v2/instruments/search")));
        call("search_instruments", Map.of("query", "swiftcart", "exchange", "nse", "limit", 5));
        upstox.verify(1, getRequestedFor(urlPathMatching("/v2/instruments/search"))
                .withQueryParam("query", equalTo("swiftcart")).withQueryParam("exchanges", equalTo("NSE"))
                .withQueryParam("records", equalTo("5")));
    }
}
