package dev.upstoxmcp.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * The endpoints whose answers are computed from the request rather than stored per request: candles sliced from
 * recorded series, quotes cut from the quote book, market timings and holidays of any date from the recorded
 * holiday lists. Stub mappings route to them by transformer name. The sandbox
 * and the live-mode tests' WireMock share this class, so both answer alike.
 */
public final class ComputedEndpoints {

    /** Transformer names a stub mapping may use. */
    public static final Set<String> TRANSFORMERS = Set.of(CandleEndpoint.TRANSFORMER, QuoteEndpoint.TRANSFORMER,
            MarketCalendarEndpoint.TRANSFORMER);

    private final FixtureFiles files;
    private final Map<String, Optional<CandleSeries>> series = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<JsonNode>> holidays = new ConcurrentHashMap<>();
    private volatile QuoteEndpoint quotes;

    ComputedEndpoints(FixtureFiles files) {
        this.files = files;
    }

    /** Over a fixtures tree on disk. */
    public static ComputedEndpoints directory(Path root) {
        return new ComputedEndpoints(FixtureFiles.directory(root));
    }

    /**
     * The answer of the endpoint a transformer names.
     *
     * @param path     the request path (URL-encoded or decoded)
     * @param rawQuery the query string as sent, or null
     */
    public EndpointAnswer answer(String transformer, String path, String rawQuery) {
        return switch (transformer) {
            case CandleEndpoint.TRANSFORMER -> candles(path);
            case QuoteEndpoint.TRANSFORMER -> quotes().answer(path, query(rawQuery));
            case MarketCalendarEndpoint.TRANSFORMER -> MarketCalendarEndpoint.answer(path, this::holidaysOf);
            default -> throw new IllegalArgumentException("no computed endpoint " + transformer);
        };
    }

    private EndpointAnswer candles(String path) {
        return CandleEndpoint.answer(path, key -> series.computeIfAbsent(key,
                missing -> files.find("__files/" + CandleEndpoint.seriesFile(missing)).map(CandleSeries::parse)));
    }

    private Optional<JsonNode> holidaysOf(int year) {
        return holidays.computeIfAbsent(year, missing -> files.find("__files/"
                + MarketCalendarEndpoint.holidaysFile(missing)).map(body -> EndpointAnswer.JSON.readTree(body)
                .path("data")));
    }

    private QuoteEndpoint quotes() {
        QuoteEndpoint loaded = quotes;
        if (loaded == null) {
            loaded = new QuoteEndpoint(EndpointAnswer.JSON.readTree(files.read("__files/" + QuoteEndpoint.BOOK)),
                    this::candles);
            quotes = loaded;
        }
        return loaded;
    }

    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return parameters;
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
