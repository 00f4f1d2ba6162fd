package dev.upstoxmcp.sandbox;

import java.util.Optional;

/**
 * What the sandbox answers to a request: the matching stub's response, computed by its transformer when it has one.
 */
final class SandboxAnswers {

    private final StubMappings stubs;
    private final ComputedEndpoints computed;

    SandboxAnswers(FixtureFiles files) {
        this.stubs = StubMappings.load(files);
        this.computed = new ComputedEndpoints(files);
    }

    int mappings() {
        return stubs.size();
    }

    Optional<StubMapping.StubResponse> answer(SandboxRequest request, Scenarios scenarios) {
        return stubs.match(request, scenarios).map(stub -> transform(stub.response(), request));
    }

    private StubMapping.StubResponse transform(StubMapping.StubResponse response, SandboxRequest request) {
        if (response.transformer() == null) return response;
        EndpointAnswer answer = computed.answer(response.transformer(), request.path(), request.rawQuery());
        return new StubMapping.StubResponse(answer.status(), response.headers(), answer.body(), null);
    }
}
