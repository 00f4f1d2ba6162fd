package dev.upstoxmcp.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-WAR sandbox answers exactly like WireMock serving the same {@code sandbox-fixtures}: same status and body
 * for every fixture path, with and without a token, on an unknown path, and in every scenario state.
 */
class SandboxWireMockParityTest {

    static final Path ROOT = Path.of("sandbox-fixtures");
    static final SandboxAnswers SANDBOX = new SandboxAnswers(FixtureFiles.directory(ROOT));
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static WireMockServer wireMock;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderDirectory(ROOT.toString())
                .extensions(SandboxTransformer.all(ROOT)));
        wireMock.start();
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    record Probe(String state, String path, String authorization) {}

    static Stream<Probe> probes() {
        List<String> paths = List.of("/v2/user/profile", "/v2/user/get-funds-and-margin",
                "/v3/user/get-funds-and-margin", "/v2/portfolio/long-term-holdings",
                "/v2/portfolio/short-term-positions", "/v3/portfolio/mtf-positions", "/v2/not/an/api",
                "/v3/historical-candle/NSE_EQ%7CINE002A01018/days/1/2026-11-20/2026-10-01",
                "/v3/historical-candle/NSE_INDEX%7CNifty%2050/weeks/1/2026-11-20/2025-11-01",
                "/v3/historical-candle/NSE_EQ%7CINE040A01034/months/1/2026-11-20",
                "/v3/historical-candle/NSE_EQ%7CINE040A01034/minutes/30/2026-11-20/2026-11-18",
                "/v3/historical-candle/intraday/NSE_EQ%7CINE062A01020/minutes/15",
                "/v3/historical-candle/NSE_EQ%7CINE002A01018/minutes/1/2026-11-20/2026-01-01",
                "/v3/historical-candle/NSE_EQ%7CINE002A01018/fortnights/1/2026-11-20",
                "/v3/historical-candle/NSE_EQ%7CINE999A01999/days/1/2026-11-20/2026-11-01",
                "/v3/historical-candle/GARBAGE/days/1/2026-11-20",
                "/v2/market/timings/2026-11-20", "/v2/market/timings/2026-11-21", "/v2/market/timings/2026-11-25",
                "/v2/market/timings/2026-10-02", "/v2/market/timings/2027-01-04", "/v2/market/timings/20-11-2026",
                "/v2/market/holidays/2024-01-26", "/v2/market/holidays/2026-11-20", "/v2/market/holidays/2026-02-30",
                "/v2/market/holidays", "/v2/market/status/NSE", "/v2/market/status/MCX", "/v2/market/status/XYZ",
                "/v2/mf/holdings", "/v2/mf/sips?page_number=1&records=30",
                "/v2/fundamentals/INE467B01029/profile", "/v2/fundamentals/INE467B01029/key-ratios",
                "/v2/fundamentals/INE467B01029/income-statement?type=consolidated&time_period=yearly&fs=false",
                "/v2/fundamentals/INE467B01029/corporate-actions",
                "/v2/fundamentals/NSE_EQ%7CINE467B01029/competitors",
                "/v2/news?category=instrument_keys&instrument_keys=NSE_EQ%7CINE467B01029&page_number=1&page_size=100",
                "/v2/news?category=holdings&page_number=1&page_size=100",
                "/market-quote/instruments/exchange/complete.json.gz");
        List<String> states = new ArrayList<>(List.of(Scenarios.STARTED));
        for (UpstoxErrorFixtures.Fault fault : UpstoxErrorFixtures.Fault.values()) states.add(fault.state);
        Stream<Probe> everyState = states.stream().flatMap(state -> paths.stream().flatMap(path -> Stream.of(
                new Probe(state, path, "Bearer demo"), new Probe(state, path, null))));
        return Stream.concat(everyState, QUERY_DEPENDENT.stream().map(path -> new Probe(Scenarios.STARTED, path,
                "Bearer demo")));
    }

    /**
     * Endpoints whose answer depends on the query (equalTo, matches, absent, priorities, mappings in arrays,
     * computed quotes); the fault scenarios answer them like any other path, so the normal state suffices.
     */
    static final List<String> QUERY_DEPENDENT = List.of("/v2/order/retrieve-all",
        "/v2/order/trades/get-trades-for-day",
        "/v2/order/history?order_id=261120010925715",
        "/v2/order/history?order_id=261120010990039",
        "/v2/order/history?order_id=999999",
        "/v2/order/history?order_id=12%3B3",
        "/v2/order/history",
        "/v2/charges/historical-trades?start_date=2024-04-01&end_date=2025-03-31&page_number=1&page_size=1000",
        "/v2/charges/historical-trades?segment=EQ&start_date=2025-04-01&end_date=2026-03-31&page_number=1"
                + "&page_size=1000",
        "/v2/charges/historical-trades?segment=FO&start_date=2026-04-01&end_date=2026-11-24&page_number=1"
                + "&page_size=1000",
        "/v2/charges/historical-trades?start_date=2026-04-01&end_date=2026-11-19&page_number=1&page_size=1000",
        "/v2/charges/historical-trades?segment=MF&start_date=2024-04-01&end_date=2025-03-31&page_number=1"
                + "&page_size=1000",
        "/v2/trade/profit-loss/metadata?segment=EQ&financial_year=2425",
        "/v2/trade/profit-loss/data?segment=EQ&financial_year=2425&page_number=1&page_size=5000",
        "/v2/trade/profit-loss/charges?segment=EQ&financial_year=2425",
        "/v2/trade/profit-loss/charges?segment=EQ&financial_year=2526&from_date=01-06-2025&to_date=31-08-2025",
        "/v2/trade/profit-loss/metadata?segment=EQ&financial_year=2526&from_date=17-06-2025&to_date=20-07-2025",
        "/v2/trade/profit-loss/data?segment=EQ&financial_year=2526&from_date=01-06-2025&to_date=31-08-2025"
                + "&page_number=1&page_size=5000",
        "/v2/trade/profit-loss/charges?segment=EQ&financial_year=2627&from_date=20-11-2026&to_date=20-11-2026",
        "/v2/trade/profit-loss/charges?segment=FO&financial_year=2627",
        "/v2/trade/profit-loss/metadata?segment=COM&financial_year=2526",
        "/v2/trade/profit-loss/metadata?segment=EQ&financial_year=1920",
        "/v2/trade/profit-loss/metadata?segment=XX&financial_year=2526",
        "/v3/market-quote/quotes?instrument_key=NSE_EQ%7CINE002A01018,NSE_INDEX%7CNifty%2050",
        "/v3/market-quote/ltp?instrument_key=NSE_EQ%7CINE002A01018%2CNSE_FO%7C71040",
        "/v3/market-quote/ltp?instrument_key=NSE_EQ%7CINE000X00000",
        "/v3/market-quote/ltp?instrument_key=RELIANCE",
        "/v3/market-quote/ohlc?instrument_key=NSE_EQ%7CINE002A01018&interval=1d",
        "/v3/market-quote/ohlc?instrument_key=NSE_EQ%7CINE002A01018&interval=I1",
        "/v3/market-quote/ohlc?instrument_key=NSE_EQ%7CINE002A01018",
        "/v3/market-quote/option-greek?instrument_key=NSE_FO%7C71040,NSE_FO%7C61041",
        "/v3/market-quote/option-greek?instrument_key=NSE_EQ%7CINE002A01018",
        "/v3/market-quote/quotes",
        "/v2/option/contract?instrument_key=NSE_INDEX%7CNifty%2050",
        "/v2/option/contract?instrument_key=NSE_INDEX%7CNifty%2050&expiry_date=2026-12-29",
        "/v2/option/contract?instrument_key=NSE_EQ%7CINE002A01018",
        "/v2/option/chain?instrument_key=NSE_INDEX%7CNifty%2050&expiry_date=2026-11-24",
        "/v2/option/chain?instrument_key=NSE_INDEX%7CNifty%2050&expiry_date=2026-12-31",
        "/v2/instruments/search?query=swiftcart&page_number=1&records=10",
        "/v2/instruments/search?query=nothing&page_number=1&records=10",
        "/v2/instruments/search?query=NIFTY%2026000%20CE&exchanges=NSE&page_number=1&records=10");

    @ParameterizedTest
    @MethodSource("probes")
    void sandboxAnswersLikeWireMock(Probe probe) throws Exception {
        wireMock.resetScenarios();
        if (!Scenarios.STARTED.equals(probe.state())) {
            wireMock.setScenarioState(UpstoxErrorFixtures.SCENARIO, probe.state());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + probe.path()));
        if (probe.authorization() != null) request.header("Authorization", probe.authorization());
        HttpResponse<byte[]> expected = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

        Scenarios scenarios = new Scenarios();
        scenarios.set(UpstoxErrorFixtures.SCENARIO, probe.state());
        URI uri = URI.create(probe.path());
        String decodedPath = uri.getPath();     // as JAX-RS hands it to the sandbox
        StubMapping.StubResponse actual = SANDBOX.answer(new SandboxRequest("GET", decodedPath, uri.getRawQuery(),
                query(uri),
                name -> "Authorization".equalsIgnoreCase(name) ? probe.authorization() : null), scenarios)
                .orElseThrow();
        assertEquals(expected.statusCode(), actual.status(), probe::toString);
        assertArrayEquals(expected.body(), actual.body(), probe::toString);
    }

    /** Decoded query parameters, as JAX-RS hands them to the sandbox. */
    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) return query;
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.computeIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                    .add(nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
