package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The same contract in live mode, with WireMock as Upstox, plus what reaches Upstox. */
class LiveTechnicalsIT extends LiveModeClient implements TechnicalsContract {

    /* Two years of daily candles up to yesterday in one request, cached because those days are over; today's candle
       from the intraday API on every call. ASIANPAINT is asked about by no other test. */
    @Test
    void twoYearsOfDailyCandlesInOneCachedRequestPlusToday() {
        upstox.resetRequests();
        Map<String, Object> arguments = Map.of("instrument", "ASIANPAINT");
        call("get_technical_indicators", arguments);
        upstox.verify(1, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ(%7C|\\|)INE021A01026/.*")));
        upstox.verify(1, getRequestedFor(urlPathMatching(
                "/v3/historical-candle/NSE_EQ(%7C|\\|)INE021A01026/days/1/2026-11-19/2024-11-20")));
        upstox.verify(1, getRequestedFor(urlPathMatching(
                "/v3/historical-candle/intraday/NSE_EQ(%7C|\\|)INE021A01026/days/1")));
        upstox.resetRequests();
        call("get_technical_indicators", arguments);
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/NSE_EQ(%7C|\\|)INE021A01026/.*")));
        upstox.verify(1, getRequestedFor(urlPathMatching(
                "/v3/historical-candle/intraday/NSE_EQ(%7C|\\|)INE021A01026/days/1")));
    }

    @Test
    void aDerivativeIsRefusedBeforeAnyCandleIsRequested() {
        upstox.resetRequests();
        error("get_technical_indicators", Map.of("instrument", "NSE_FO|52001"));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
    }
}
