package dev.upstoxmcp.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sandbox's answers to authenticated GETs over the committed {@code sandbox-fixtures}, without a server: lets unit
 * tests run services against exactly what sandbox mode (and WireMock in live-mode tests) would serve.
 */
public final class FixtureServer {

    private static final SandboxAnswers ANSWERS = new SandboxAnswers(FixtureFiles.directory(Path.of(
            "sandbox-fixtures")));

    /** A status and body; 404 when no mapping matches. */
    public record Answer(int status, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private FixtureServer() {}

    /** @param query decoded query parameters, in the order they are sent */
    public static Answer get(String path, Map<String, String> query) {
        return get(path, query, Scenarios.STARTED);
    }

    /** @param scenarioState the state of the {@code upstox} scenario, e.g. {@code maintenance} */
    public static Answer get(String path, Map<String, String> query, String scenarioState) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, List.of(value)));
        String raw = query.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        SandboxRequest request = new SandboxRequest("GET", path, raw, parameters,
                name -> "Authorization".equalsIgnoreCase(name) ? "Bearer fixture-test" : null);
        Scenarios scenarios = new Scenarios();
        scenarios.set(UpstoxErrorFixtures.SCENARIO, scenarioState);
        return ANSWERS.answer(request, scenarios)
                .map(response -> new Answer(response.status(), response.body()))
                .orElse(new Answer(404, new byte[0]));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
