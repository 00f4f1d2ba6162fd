package dev.upstoxmcp.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the sandbox answers to a request: the matching stub's response, computed by its transformer when it has one
 * (candles are sliced from recorded series, market timings and holidays of a date from the recorded holiday lists;
 * both are parsed once and kept).
 */
final class SandboxAnswers {

    private final StubMappings stubs;
    private final FixtureFiles files;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Optional<CandleSeries>> series = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<JsonNode>> holidays = new ConcurrentHashMap<>();

    SandboxAnswers(FixtureFiles files) {
        this.files = files;
        this.stubs = StubMappings.load(files);
    }

    int mappings() {
        return stubs.size();
    }

    Optional<StubMapping.StubResponse> answer(SandboxRequest request, Scenarios scenarios) {
        return stubs.match(request, scenarios).map(stub -> transform(stub.response(), request));
    }

    private StubMapping.StubResponse transform(StubMapping.StubResponse response, SandboxRequest request) {
        if (CandleEndpoint.TRANSFORMER.equals(response.transformer())) {
            CandleEndpoint.Answer answer = CandleEndpoint.answer(request.path(), this::seriesOf);
            return new StubMapping.StubResponse(answer.status(), response.headers(), answer.body(), null);
        }
        if (MarketCalendarEndpoint.TRANSFORMER.equals(response.transformer())) {
            MarketCalendarEndpoint.Answer answer = MarketCalendarEndpoint.answer(request.path(), this::holidaysOf);
            return new StubMapping.StubResponse(answer.status(), response.headers(), answer.body(), null);
        }
        return response;
    }

    private Optional<JsonNode> holidaysOf(int year) {
        return holidays.computeIfAbsent(year, missing -> files.find("__files/"
                + MarketCalendarEndpoint.holidaysFile(missing)).map(body -> JSON.readTree(body).path("data")));
    }

    private Optional<CandleSeries> seriesOf(String instrumentKey) {
        return series.computeIfAbsent(instrumentKey, key -> files.find("__files/" + CandleEndpoint.seriesFile(key))
                .map(CandleSeries::parse));
    }
}
