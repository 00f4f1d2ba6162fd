package dev.upstoxmcp.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the sandbox answers to a request: the matching stub's response, computed by its transformer when it has one
 * (candles are sliced from recorded series, which are parsed once and kept).
 */
final class SandboxAnswers {

    private final StubMappings stubs;
    private final FixtureFiles files;
    private final Map<String, Optional<CandleSeries>> series = new ConcurrentHashMap<>();

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
        if (!CandleEndpoint.TRANSFORMER.equals(response.transformer())) return response;
        CandleEndpoint.Answer answer = CandleEndpoint.answer(request.path(), this::seriesOf);
        return new StubMapping.StubResponse(answer.status(), response.headers(), answer.body(), null);
    }

    private Optional<CandleSeries> seriesOf(String instrumentKey) {
        return series.computeIfAbsent(instrumentKey, key -> files.find("__files/" + CandleEndpoint.seriesFile(key))
                .map(CandleSeries::parse));
    }
}
