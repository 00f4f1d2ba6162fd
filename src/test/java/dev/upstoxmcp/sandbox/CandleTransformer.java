package dev.upstoxmcp.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock's side of the {@code upstox-candles} transformer: the same {@link CandleEndpoint} the sandbox uses, over
 * the same series files, so live-mode tests against WireMock see what sandbox mode serves.
 */
public final class CandleTransformer implements ResponseDefinitionTransformerV2 {

    private final FixtureFiles files;
    private final Map<String, Optional<CandleSeries>> series = new ConcurrentHashMap<>();

    public CandleTransformer(Path fixturesRoot) {
        this.files = FixtureFiles.directory(fixturesRoot);
    }

    @Override
    public String getName() {
        return CandleEndpoint.TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().split("\\?", 2)[0];
        CandleEndpoint.Answer answer = CandleEndpoint.answer(path, key -> series.computeIfAbsent(key,
                missing -> files.find("__files/" + CandleEndpoint.seriesFile(missing)).map(CandleSeries::parse)));
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withStatus(answer.status()).withBody(answer.body()).build();
    }
}
