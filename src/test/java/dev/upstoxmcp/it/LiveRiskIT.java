package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The risk contract in live mode with WireMock as Upstox, plus what reaches Upstox. */
class LiveRiskIT extends LiveModeClient implements RiskContract {

    /*
     * Two years of days fit one request per instrument (Upstox serves up to 10 years of daily candles per request):
     * 14 holdings and the index, each 19 Nov 2024 - 19 Nov 2026 (to, then from, in Upstox's path). The window ends
     * before today, so it is complete and cached: asked again, only the holdings are fetched. No other test asks for
     * two years, so nothing was cached before.
     */
    @Test
    void oneCandleRequestPerInstrumentThenTheCache() {
        upstox.resetRequests();
        Map<String, Object> twoYears = Map.of("years", 2, "chart", false);
        call("get_portfolio_beta", twoYears);
        upstox.verify(15, getRequestedFor(urlPathMatching("/v3/historical-candle/[^/]+/days/1/2026-11-19/2024-11-19")));
        upstox.verify(15, getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/portfolio/long-term-holdings")));
        upstox.resetRequests();
        call("get_portfolio_beta", twoYears);
        call("compare_with_benchmark", Map.of("from", "2024-11-19", "chart", false));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
    }

    @Test
    void badArgumentsNeverReachUpstox() {
        upstox.resetRequests();
        error("get_portfolio_beta", Map.of("years", 0));
        error("get_portfolio_beta", Map.of("benchmark", "NOSUCHINDEX"));
        error("compare_with_benchmark", Map.of("from", "2026-06-01", "to", "2026-05-01"));
        upstox.verify(0, getRequestedFor(urlPathMatching("/v[23]/.*")));
    }
}
