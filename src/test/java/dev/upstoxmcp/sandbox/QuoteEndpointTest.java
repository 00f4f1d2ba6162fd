package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sandbox's quote endpoints answer like Upstox, including its validations, from the generated quote book. */
class QuoteEndpointTest {

    private static final ComputedEndpoints SANDBOX = ComputedEndpoints.directory(Path.of("sandbox-fixtures"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RELIANCE = "NSE_EQ%7CINE002A01018";
    private static final String NIFTY = "NSE_INDEX%7CNifty%2050";
    private static final String DEC_26000_CE = "NSE_FO%7C71040";

    private static JsonNode get(String kind, String query) {
        EndpointAnswer answer = SANDBOX.answer(QuoteEndpoint.TRANSFORMER, "/v3/market-quote/" + kind, query);
        JsonNode body = JSON.readTree(answer.body());
        assertEquals(answer.status() == 200 ? "success" : "error", body.get("status").asString());
        return body;
    }

    private static void assertRejected(String kind, String query, String code) {
        EndpointAnswer answer = SANDBOX.answer(QuoteEndpoint.TRANSFORMER, "/v3/market-quote/" + kind, query);
        assertEquals(400, answer.status());
        JsonNode error = JSON.readTree(answer.body()).get("errors").get(0);
        assertEquals(code, error.get("error_code").asString());
        assertEquals(code, error.get("errorCode").asString());
    }

    @Test
    void fullQuotesAreKeyedBySymbolAndEchoTheRequestKey() {
        JsonNode data = get("quotes", "instrument_key=" + RELIANCE + "," + NIFTY).get("data");
        assertEquals(2, data.size());
        JsonNode reliance = data.get("NSE_EQ:RELIANCE");
        assertEquals("NSE_EQ|INE002A01018", reliance.get("instrument_token").asString());
        assertEquals(5, reliance.get("depth").get("buy").size());
        assertTrue(reliance.get("year_high").decimalValue().compareTo(reliance.get("year_low").decimalValue()) > 0);
        assertEquals("NSE_INDEX|Nifty 50", data.get("NSE_INDEX:Nifty 50").get("instrument_token").asString());
        assertEquals(new java.math.BigDecimal("26068.15"), data.get("NSE_INDEX:Nifty 50").get("last_price")
                .decimalValue(), "the index closes where its candles end");
    }

    @Test
    void ltpAndOhlcAreCutFromTheSameQuote() {
        JsonNode full = get("quotes", "instrument_key=" + RELIANCE).get("data").get("NSE_EQ:RELIANCE");
        JsonNode ltp = get("ltp", "instrument_key=" + RELIANCE).get("data").get("NSE_EQ:RELIANCE");
        assertEquals(full.get("last_price"), ltp.get("last_price"));
        assertEquals(full.get("prev_close_price").decimalValue(), ltp.get("cp").decimalValue());
        JsonNode ohlc = get("ohlc", "instrument_key=" + RELIANCE + "&interval=1d").get("data").get("NSE_EQ:RELIANCE");
        assertEquals(full.get("ohlc"), ohlc.get("live_ohlc"));
        assertEquals(full.get("prev_close_price").decimalValue(), ohlc.get("prev_ohlc").get("close").decimalValue());
    }

    @Test
    void intradayOhlcIsTheLastTwoCandlesOfTheDay() {
        JsonNode ohlc = get("ohlc", "instrument_key=" + RELIANCE + "&interval=I30").get("data")
                .get("NSE_EQ:RELIANCE");
        long previous = ohlc.get("prev_ohlc").get("ts").asLong();
        long live = ohlc.get("live_ohlc").get("ts").asLong();
        assertEquals(30 * 60_000L, live - previous);
        JsonNode full = get("quotes", "instrument_key=" + RELIANCE).get("data").get("NSE_EQ:RELIANCE");
        assertEquals(full.get("last_price").decimalValue(), ohlc.get("live_ohlc").get("close").decimalValue(),
                "the day's last candle closes at the last price");
    }

    @Test
    void greeksOfOptionsOnly() {
        JsonNode greek = get("option-greek", "instrument_key=" + DEC_26000_CE).get("data")
                .get("NSE_FO:NIFTY26DEC26000CE");
        double delta = greek.get("delta").asDouble();
        assertTrue(delta > 0.3 && delta < 0.8, "a near-the-money call: " + delta);
        assertTrue(greek.get("theta").asDouble() < 0);
        assertEquals(0.12, greek.get("iv").asDouble(), 1e-9);
        assertFalse(greek.has("pop"), "the greek endpoint has no probability of profit");
        assertRejected("option-greek", "instrument_key=" + RELIANCE, "UDAPI100095");
    }

    @Test
    void unknownKeysAreLeftOutAndOnlyUnknownKeysFail() {
        JsonNode data = get("ltp", "instrument_key=" + RELIANCE + ",NSE_EQ%7CINE000X00000").get("data");
        assertEquals(1, data.size());
        assertRejected("ltp", "instrument_key=NSE_EQ%7CINE000X00000", "UDAPI100011");
    }

    @Test
    void validatesLikeUpstox() {
        assertRejected("quotes", null, "UDAPI1009");
        assertRejected("quotes", "instrument_key=", "UDAPI1009");
        assertRejected("ltp", "instrument_key=RELIANCE", "UDAPI1011");
        assertRejected("ohlc", "instrument_key=" + RELIANCE, "UDAPI1027");
        assertRejected("ohlc", "instrument_key=" + RELIANCE + "&interval=5m", "UDAPI1028");
        String many = IntStream.range(0, 501).mapToObj(i -> RELIANCE).collect(Collectors.joining(","));
        assertRejected("quotes", "instrument_key=" + many, "UDAPI100042");
        String fiftyOne = String.join(",", Collections.nCopies(51, DEC_26000_CE));
        assertRejected("option-greek", "instrument_key=" + fiftyOne, "UDAPI100042");
        assertEquals(1, get("ltp", "instrument_key=" + String.join(",", Collections.nCopies(500, RELIANCE)))
                .get("data").size(), "500 keys are allowed");
    }
}
