package dev.upstoxmcp.sandbox;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock's side of the {@code upstox-market-calendar} transformer: the same {@link MarketCalendarEndpoint} the
 * sandbox uses, over the same recorded holiday lists, so live-mode tests against WireMock see what sandbox mode
 * serves.
 */
public final class MarketCalendarTransformer implements ResponseDefinitionTransformerV2 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FixtureFiles files;
    private final Map<Integer, Optional<JsonNode>> holidays = new ConcurrentHashMap<>();

    public MarketCalendarTransformer(Path fixturesRoot) {
        this.files = FixtureFiles.directory(fixturesRoot);
    }

    @Override
    public String getName() {
        return MarketCalendarEndpoint.TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().split("\\?", 2)[0];
        MarketCalendarEndpoint.Answer answer = MarketCalendarEndpoint.answer(path, year -> holidays.computeIfAbsent(
                year, missing -> files.find("__files/" + MarketCalendarEndpoint.holidaysFile(missing))
                        .map(body -> JSON.readTree(body).path("data"))));
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withStatus(answer.status()).withBody(answer.body()).build();
    }
}
