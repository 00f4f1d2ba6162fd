package dev.upstoxmcp.sandbox;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One recorded request-response pair, in the WireMock stub-mapping format (the subset described in
 * {@code sandbox-fixtures/README.md}), so the same files drive WireMock in tests and this sandbox in the WAR.
 *
 * @param priority              lower wins, as in WireMock; 5 when the file gives none
 * @param scenarioName          WireMock scenario the stub belongs to, or null
 * @param requiredScenarioState state the scenario must be in for the stub to match, or null
 */
record StubMapping(String source, int priority, String method, Predicate<SandboxRequest> url,
                   Map<String, ValueMatcher> queryParameters, Map<String, ValueMatcher> headers,
                   String scenarioName, String requiredScenarioState, StubResponse response) {

    static final int DEFAULT_PRIORITY = 5;

    boolean matches(SandboxRequest request, Scenarios scenarios) {
        return ("ANY".equals(method) || method.equalsIgnoreCase(request.method()))
                && url.test(request)
                && queryParameters.entrySet().stream().allMatch(entry -> entry.getValue().test(
                        request.query().getOrDefault(entry.getKey(), java.util.List.of()).stream().findFirst()
                                .orElse(null)))
                && headers.entrySet().stream().allMatch(entry -> entry.getValue().test(
                        request.header().apply(entry.getKey())))
                && (scenarioName == null || requiredScenarioState == null
                        || requiredScenarioState.equals(scenarios.stateOf(scenarioName)));
    }

    static Predicate<SandboxRequest> urlMatcher(String kind, String value) {
        return switch (kind) {
            case "url" -> request -> value.equals(request.url());
            case "urlPath" -> request -> value.equals(request.path());
            case "urlPattern" -> {
                Pattern pattern = Pattern.compile(value);
                yield request -> pattern.matcher(request.url()).matches();
            }
            case "urlPathPattern" -> {
                Pattern pattern = Pattern.compile(value);
                yield request -> pattern.matcher(request.path()).matches();
            }
            default -> throw new IllegalArgumentException("unsupported URL matcher " + kind);
        };
    }

    /**
     * What the stub answers; the body is resolved from {@code body}, {@code jsonBody} or {@code bodyFileName}. A
     * {@code transformer} (WireMock's {@code transformers}) computes the answer from the request instead.
     */
    record StubResponse(int status, Map<String, String> headers, byte[] body, String transformer) {}
}
