package dev.upstoxmcp.sandbox;

import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock's side of the sandbox's computed endpoints ({@code upstox-candles}, {@code upstox-quotes}): the same
 * {@link ComputedEndpoints} the sandbox uses, over the same fixture files, so live-mode tests against WireMock see
 * what sandbox mode serves.
 */
public final class SandboxTransformer implements ResponseDefinitionTransformerV2 {

    private final String name;
    private final ComputedEndpoints endpoints;

    private SandboxTransformer(String name, ComputedEndpoints endpoints) {
        this.name = name;
        this.endpoints = endpoints;
    }

    /** One transformer per name the fixture mappings use, sharing their loaded data. */
    public static Extension[] all(Path fixturesRoot) {
        ComputedEndpoints endpoints = ComputedEndpoints.directory(fixturesRoot);
        List<SandboxTransformer> transformers = ComputedEndpoints.TRANSFORMERS.stream()
                .map(name -> new SandboxTransformer(name, endpoints)).toList();
        return transformers.toArray(Extension[]::new);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String[] url = serveEvent.getRequest().getUrl().split("\\?", 2);
        EndpointAnswer answer = endpoints.answer(name, url[0], url.length > 1 ? url[1] : null);
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition()).but()
                .withStatus(answer.status()).withBody(answer.body()).build();
    }
}
