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
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order, trade-history and P&amp;L fixtures choose their answer by query parameters (equalTo, matches, absent,
 * priorities, mappings in arrays): the in-WAR sandbox must pick the same answer as WireMock for each request.
 */
class ActivityFixturesParityTest {

    static final Path ROOT = Path.of("sandbox-fixtures");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static WireMockServer wireMock;

    @BeforeAll
    static void start() {
        wireMock = new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderDirectory(ROOT.toString())
                .extensions(new CandleTransformer(ROOT)));
        wireMock.start();
    }

    @AfterAll
    static void stop() {
        wireMock.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/v2/order/retrieve-all",
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
        "/v2/trade/profit-loss/metadata?segment=XX&financial_year=2526"})
    void sandboxAnswersLikeWireMock(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> expected = HTTP.send(HttpRequest.newBuilder(URI.create(wireMock.baseUrl()
                + pathAndQuery)).header("Authorization", "Bearer demo").build(), HttpResponse.BodyHandlers
                .ofByteArray());
        URI uri = URI.create(pathAndQuery);
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        FixtureServer.Answer actual = FixtureServer.get(uri.getPath(), query);
        assertEquals(expected.statusCode(), actual.status(), pathAndQuery);
        assertArrayEquals(expected.body(), actual.body(), pathAndQuery);
    }
}
