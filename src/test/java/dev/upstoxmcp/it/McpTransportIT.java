package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of {@code /mcp} that the SDK leaves to us: Origin and Host checks, protocol version, sessions, and
 * that every error body is a clean JSON-RPC error.
 */
class McpTransportIT {

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
    static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";

    String session;

    @BeforeEach
    void initialize() throws Exception {
        HttpResponse<String> response = post(INITIALIZE, null);
        assertEquals(200, response.statusCode(), response::body);
        session = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        send(request().DELETE().header("Mcp-Session-Id", session));
        TestServers.assertHealthy(TestServers.sandboxUrl());
    }

    static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(TestServers.sandboxUrl() + "/mcp")).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json, text/event-stream");
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return TestServers.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body, String sessionId, String... headers) throws Exception {
        HttpRequest.Builder request = request().header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) request.header("Mcp-Session-Id", sessionId);
        if (headers.length > 0) request.headers(headers);
        return send(request);
    }

    static void assertCleanError(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32"),
                response::body);
        assertTrue(response.body().contains(message), response::body);
        Leaks.assertNone(response.body());
    }

    @Test
    void foreignOriginIsForbidden() throws Exception {
        assertCleanError(post(PING, session, "Origin", "https://evil.example"), 403, "Origin");
    }

    @Test
    void localOriginsAreAllowed() throws Exception {
        assertEquals(200, post(PING, session, "Origin", "http://localhost:6274").statusCode());
    }

    @Test
    void unsupportedProtocolVersionIsRejected() throws Exception {
        assertCleanError(post(PING, session, "MCP-Protocol-Version", "1999-01-01"), 400,
                "Unsupported MCP-Protocol-Version; this server speaks ");
        assertEquals(200, post(PING, session, "MCP-Protocol-Version", "2025-11-25").statusCode());
    }

    @Test
    void unknownSessionIsNotFound() throws Exception {
        assertCleanError(post(PING, "no-such-session"), 404, "Session not found");
    }

    @Test
    void deleteEndsTheSession() throws Exception {
        assertEquals(200, send(request().DELETE().header("Mcp-Session-Id", session)).statusCode());
        assertCleanError(post(PING, session), 404, "Session not found");
    }

    @Test
    void missingSessionIsABadRequest() throws Exception {
        assertCleanError(post(PING, null), 400, "Session ID required");
    }

    @Test
    void malformedJsonGetsAFixedMessageNotTheParserText() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":", session);
        assertCleanError(response, 400, "Parse error: the request body is not valid JSON");
    }

    @Test
    void wrongParamTypesAreAnsweredWithoutInternals() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"get_holdings\",\"arguments\":\"not-an-object\"}}", session);
        assertEquals(200, response.statusCode());
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32602,\"message\":\"Invalid params: "
                + "params.arguments must be a JSON object of the tool's arguments\"}}", response.body());
        HttpResponse<String> stringParams = post("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\","
                + "\"params\":\"x\"}", session);
        assertTrue(stringParams.body().contains("\"id\":\"a\"") && stringParams.body().contains("-32602"),
                stringParams::body);
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        String huge = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(1_100_000) + "\"}}";
        assertCleanError(post(huge, session), 413, "too large");
    }

    @Test
    void unknownMethodsAndToolsAreJsonRpcErrors() throws Exception {
        HttpResponse<String> method = post("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"no/such\"}", session);
        assertTrue(method.body().contains("\"code\":-32601"), method::body);
        HttpResponse<String> tool = post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{"
                + "\"name\":\"place_order\",\"arguments\":{}}}", session);
        assertTrue(tool.body().contains("\"code\":-32602") && tool.body().contains("Unknown tool"), tool::body);
        Leaks.assertNone(method.body() + tool.body());
    }

    @Test
    void notificationsAreAcceptedWithoutABody() throws Exception {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                session);
        assertEquals(202, response.statusCode());
        assertEquals("", response.body());
    }

    /**
     * The server's keep-alive ping (every 15 s) arrives on the listening stream; the answer is accepted, and a second
     * answer or one to an id the server never used is accepted and ignored rather than failed: the MCP Java client
     * would drop its session over a 400, and a late answer to a ping is no error.
     */
    @Test
    void answersToTheServersPingAreAcceptedAndStaleOnesIgnored() throws Exception {
        ServerLogWatch log = ServerLogWatch.start("sandboxIT");
        HttpResponse<Stream<String>> stream = TestServers.HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(TestServers.sandboxUrl() + "/mcp"))
                        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session).GET().build(),
                HttpResponse.BodyHandlers.ofLines()).get(5, TimeUnit.SECONDS);
        String ping = CompletableFuture.supplyAsync(() -> stream.body().filter(line -> line.contains("\"ping\""))
                .findFirst().orElseThrow()).get(30, TimeUnit.SECONDS);
        String id = ping.replaceFirst(".*\"id\":(\"[^\"]*\"|\\d+).*", "$1");
        String answer = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{}}";
        for (String body : List.of(answer, answer, "{\"jsonrpc\":\"2.0\",\"id\":\"never-sent\",\"result\":{}}")) {
            HttpResponse<String> accepted = post(body, session);
            assertEquals(202, accepted.statusCode(), () -> body + ": " + accepted.body());
            assertEquals("", accepted.body(), body);
        }
        stream.body().close();
        assertEquals(200, post(PING, session).statusCode());
        log.assertNoFailureCausedByInput();
    }

    @Test
    void listeningStreamHeadersArriveBeforeAnyEvent() throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> stream = TestServers.HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(TestServers.sandboxUrl() + "/mcp"))
                        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(5, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("no", response.headers().firstValue("X-Accel-Buffering").orElse(null));
        assertNotNull(response.body());
        response.body().close();
    }
}
