package dev.upstoxmcp.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the sandbox answers to an authenticated GET, outside the server: for tests that check fixtures through the
 * same stub matching and transformers the sandbox uses.
 */
public final class SandboxReplay {

    private static final SandboxAnswers SANDBOX = new SandboxAnswers(FixtureFiles.directory(Path.of(
            "sandbox-fixtures")));

    /** A status and body. */
    public record Response(int status, byte[] body) {}

    private SandboxReplay() {}

    /**
     * @param path  the decoded path, e.g. {@code /v2/fundamentals/NSE_EQ|INE467B01029/competitors}
     * @param query decoded query parameters
     */
    public static Response get(String path, Map<String, String> query) {
        Map<String, List<String>> parameters = query.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
        SandboxRequest request = new SandboxRequest("GET", path, null, parameters,
                name -> "Authorization".equalsIgnoreCase(name) ? "Bearer contract-test" : null);
        return SANDBOX.answer(request, new Scenarios())
                .map(response -> new Response(response.status(), response.body()))
                .orElseThrow(() -> new IllegalStateException("the sandbox has no answer for " + path));
    }
}
