package dev.upstoxmcp.sandbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.upstoxmcp.sandbox.EndpointAnswer.Rejection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstox's v3 market-quote endpoints ({@code /v3/market-quote/quotes|ltp|ohlc|option-greek}) over a recorded quote
 * book: one entry per request key with the response key, the full quote, the previous session's bar and, for options,
 * the greeks. Validation follows Upstox: {@code instrument_key} is required, at most 500 keys (50 for greeks), a
 * malformed key fails the request, unknown keys are left out and a request of only unknown keys fails. OHLC for
 * {@code I1} and {@code I30} takes the last two intraday candles of the instrument's recorded series.
 */
public final class QuoteEndpoint {

    /** Name of the stub-mapping transformer that routes to this endpoint. */
    public static final String TRANSFORMER = "upstox-quotes";

    /** The quote book, under {@code __files/}. */
    public static final String BOOK = "quotes/book.json";

    private static final Pattern KEY = Pattern.compile("(NSE_EQ|BSE_EQ|NSE_INDEX|BSE_INDEX|NSE_FO|BSE_FO|MCX_FO|"
            + "NCD_FO|BCD_FO|NSE_COM|MCX_INDEX)\\|[^,]+");
    private static final int MAX_KEYS = 500;
    private static final int MAX_GREEK_KEYS = 50;

    private final JsonNode book;
    private final Function<String, EndpointAnswer> intradayCandles;

    /**
     * @param book            the parsed quote book
     * @param intradayCandles answers a candle request path, for the intraday OHLC intervals
     */
    QuoteEndpoint(JsonNode book, Function<String, EndpointAnswer> intradayCandles) {
        this.book = book;
        this.intradayCandles = intradayCandles;
    }

    EndpointAnswer answer(String path, Map<String, List<String>> query) {
        String kind = path.substring(path.lastIndexOf('/') + 1);
        try {
            return switch (kind) {
                case "quotes" -> respond(keys(query, MAX_KEYS), entry -> entry.get("quote").deepCopy());
                case "ltp" -> respond(keys(query, MAX_KEYS), QuoteEndpoint::ltp);
                case "ohlc" -> ohlc(keys(query, MAX_KEYS), single(query, "interval"));
                case "option-greek" -> greeks(keys(query, MAX_GREEK_KEYS));
                default -> EndpointAnswer.error(404, "UDAPI100060", "Resource not Found.");
            };
        } catch (Rejection rejection) {
            return rejection.answer();
        }
    }

    private List<String> keys(Map<String, List<String>> query, int max) {
        String joined = single(query, "instrument_key");
        if (joined == null || joined.isBlank()) throw new Rejection("UDAPI1009", "instrument_key is required");
        List<String> keys = List.of(joined.split(","));
        if (keys.size() > max) {
            throw new Rejection("UDAPI100042", "Maximum " + max + " instrument keys are allowed in a request");
        }
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) throw new Rejection("UDAPI1011", "Invalid instrument key format");
        }
        return keys;
    }

    private EndpointAnswer respond(List<String> keys, Function<JsonNode, JsonNode> view) {
        ObjectNode data = EndpointAnswer.JSON.createObjectNode();
        for (String key : keys) {
            JsonNode entry = book.get(key);
            if (entry != null) data.set(entry.get("key").asString(), view.apply(entry));
        }
        if (data.isEmpty()) throw new Rejection("UDAPI100011", "Invalid Instrument key");
        return EndpointAnswer.success(data);
    }

    private static ObjectNode ltp(JsonNode entry) {
        JsonNode quote = entry.get("quote");
        return EndpointAnswer.JSON.createObjectNode().put("last_price", quote.get("last_price").decimalValue())
                .put("instrument_token", quote.get("instrument_token").asString())
                .put("ltq", entry.get("ltq").asLong()).put("volume", quote.get("volume").asLong())
                .put("cp", quote.get("prev_close_price").decimalValue());
    }

    private EndpointAnswer ohlc(List<String> keys, String interval) {
        if (interval == null || interval.isBlank()) throw new Rejection("UDAPI1027", "interval is required");
        if (!List.of("1d", "I1", "I30").contains(interval)) throw new Rejection("UDAPI1028", "Invalid interval");
        return respond(keys, entry -> {
            JsonNode quote = entry.get("quote");
            ObjectNode answer = EndpointAnswer.JSON.createObjectNode()
                    .put("last_price", quote.get("last_price").decimalValue())
                    .put("instrument_token", quote.get("instrument_token").asString());
            List<ObjectNode> days = List.of(((ObjectNode) entry.get("previous")).deepCopy(),
                    ((ObjectNode) quote.get("ohlc")).deepCopy());
            List<ObjectNode> bars = "1d".equals(interval) ? days
                    : lastIntradayBars(quote.get("instrument_token").asString(), "I1".equals(interval) ? 1 : 30)
                            .orElse(days);
            answer.set("prev_ohlc", bars.get(0));
            answer.set("live_ohlc", bars.get(1));
            return answer;
        });
    }

    /** The last two candles of {@code minutes} of the instrument's intraday series, oldest first. */
    private Optional<List<ObjectNode>> lastIntradayBars(String key, int minutes) {
        EndpointAnswer candles = intradayCandles.apply("/v3/historical-candle/intraday/" + key + "/minutes/"
                + minutes);
        if (candles.status() != 200) return Optional.empty();
        JsonNode rows = EndpointAnswer.JSON.readTree(candles.body()).path("data").path("candles");
        if (rows.size() < 2) return Optional.empty();
        List<ObjectNode> bars = new ArrayList<>();
        for (int i = 1; i >= 0; i--) {   // rows are newest first
            JsonNode row = rows.get(i);
            bars.add(EndpointAnswer.JSON.createObjectNode().put("open", row.get(1).decimalValue())
                    .put("high", row.get(2).decimalValue()).put("low", row.get(3).decimalValue())
                    .put("close", row.get(4).decimalValue()).put("volume", row.get(5).asLong())
                    .put("ts", OffsetDateTime.parse(row.get(0).asString()).toInstant().toEpochMilli()));
        }
        return Optional.of(bars);
    }

    private EndpointAnswer greeks(List<String> keys) {
        for (String key : keys) {
            JsonNode entry = book.get(key);
            if (entry != null && !entry.has("greeks")) {
                throw new Rejection("UDAPI100095", "Instrument key " + key + " is not an option contract");
            }
        }
        return respond(keys, entry -> {
            ObjectNode answer = ltp(entry);
            answer.setAll((ObjectNode) entry.get("greeks").deepCopy());
            answer.remove("pop");
            return answer.put("oi", entry.get("quote").get("oi").asLong());
        });
    }

    private static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
