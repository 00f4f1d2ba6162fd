package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubMappingsTest {

    static final StubMappings FIXTURES = StubMappings.load(FixtureFiles.directory(Path.of("sandbox-fixtures")));

    static SandboxRequest get(String path, String authorization) {
        return new SandboxRequest("GET", path, null, Map.of(), name -> "Authorization".equalsIgnoreCase(name)
                ? authorization : null);
    }

    static Optional<StubMapping.StubResponse> answer(SandboxRequest request, Scenarios scenarios) {
        return FIXTURES.match(request, scenarios).map(StubMapping::response);
    }

    @Test
    void authorisedRequestsGetTheDemoAccount() {
        StubMapping.StubResponse response = answer(get("/v2/user/profile", "Bearer any"), new Scenarios())
                .orElseThrow();
        assertEquals(200, response.status());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("\"user_id\" : \"SBX042\""));
        assertEquals("application/json", response.headers().get("Content-Type"));
    }

    @Test
    void requestsWithoutATokenAreRejectedLikeUpstoxDoes() {
        StubMapping.StubResponse response = answer(get("/v2/user/profile", null), new Scenarios()).orElseThrow();
        assertEquals(401, response.status());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("UDAPI100050"));
    }

    @Test
    void unknownUpstoxPathsGetUpstoxsNotFound() {
        StubMapping.StubResponse response = answer(get("/v2/no/such/api", "Bearer any"), new Scenarios())
                .orElseThrow();
        assertEquals(404, response.status());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("UDAPI100060"));
    }

    @Test
    void scenarioStatesSwitchEveryEndpointToTheirFault() {
        Scenarios scenarios = new Scenarios();
        scenarios.set("upstox", "rate-limited");
        assertEquals(429, answer(get("/v2/portfolio/long-term-holdings", "Bearer any"), scenarios).orElseThrow()
                .status());
        scenarios.set("upstox", "maintenance");
        assertEquals(423, answer(get("/v3/user/get-funds-and-margin", "Bearer any"), scenarios).orElseThrow()
                .status());
        assertEquals(200, answer(get("/v2/portfolio/long-term-holdings", "Bearer any"), scenarios).orElseThrow()
                .status(), "maintenance concerns the funds service only");
        scenarios.resetAll();
        assertEquals(200, answer(get("/v2/portfolio/long-term-holdings", "Bearer any"), scenarios).orElseThrow()
                .status());
    }

    @Test
    void pathsOutsideTheApiMatchNothing() {
        assertEquals(Optional.empty(), FIXTURES.match(get("/favicon.ico", "Bearer any"), new Scenarios()));
    }

    @Test
    void urlAndQueryMatchersFollowWireMock(@TempDir Path root) throws Exception {
        write(root, "mappings/a.json", """
                {"request": {"method": "GET", "url": "/v2/x?segment=SEC"}, "response": {"status": 201}}""");
        write(root, "mappings/b.json", """
                {"priority": 3, "request": {"method": "GET", "urlPathPattern": "/v2/x",
                 "queryParameters": {"segment": {"matches": "COM|SEC"}, "debug": {"absent": true}}},
                 "response": {"status": 202, "jsonBody": {"ok": true}}}""");
        StubMappings stubs = StubMappings.load(FixtureFiles.directory(root));
        SandboxRequest sec = new SandboxRequest("GET", "/v2/x", "segment=SEC", Map.of("segment", List.of("SEC")),
                name -> null);
        assertEquals(202, stubs.match(sec, new Scenarios()).orElseThrow().response().status(), "priority 3 wins");
        SandboxRequest debug = new SandboxRequest("GET", "/v2/x", "segment=SEC&debug=1",
                Map.of("segment", List.of("SEC"), "debug", List.of("1")), name -> null);
        assertEquals(Optional.empty(), stubs.match(debug, new Scenarios()).map(m -> m.response().status())
                .filter(status -> status == 202));
        assertEquals("{\"ok\":true}", new String(stubs.match(sec, new Scenarios()).orElseThrow().response().body(),
                StandardCharsets.UTF_8));
    }

    @Test
    void unsupportedWireMockFeaturesFailTheLoad(@TempDir Path root) throws Exception {
        write(root, "mappings/delay.json", """
                {"request": {"urlPath": "/v2/x"}, "response": {"status": 200, "fixedDelayMilliseconds": 100}}""");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> StubMappings.load(FixtureFiles.directory(root)));
        assertTrue(failure.getMessage().contains("fixedDelayMilliseconds"), failure.getMessage());
    }

    private static void write(Path root, String file, String content) throws Exception {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content);
    }
}
