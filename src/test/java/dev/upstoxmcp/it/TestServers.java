package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;

/**
 * The servers the build starts for integration tests (ports from failsafe system properties), and MCP clients for
 * them. Before a test first talks to a server it checks that the server is this application (a foreign server on the
 * port must not make tests pass).
 */
public final class TestServers {

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<String> VERIFIED = ConcurrentHashMap.newKeySet();

    private TestServers() {}

    public static String sandboxUrl() {
        return verified(System.getProperty("sandbox.url", "http://localhost:19080"));
    }

    public static String liveUrl() {
        return verified(System.getProperty("live.url", "http://localhost:19180"));
    }

    public static int upstoxStubPort() {
        return Integer.getInteger("upstox.stub.port", 18089);
    }

    /** An initialized MCP client speaking streamable HTTP to {@code baseUrl}/mcp. */
    public static McpSyncClient client(String baseUrl) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp")
                        .build())
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        client.initialize();
        return client;
    }

    /** Readiness as JSON text; asserts the server answers 200. */
    public static String assertHealthy(String baseUrl) {
        HttpResponse<String> ready = get(baseUrl + "/health/ready");
        assertEquals(200, ready.statusCode(), ready::body);
        return ready.body();
    }

    /** The server's messages.log, for checks that nothing secret was logged. */
    public static String serverLog(String serverName) throws IOException {
        Path log = Path.of(System.getProperty("servers.dir", "target/liberty/wlp/usr/servers"), serverName, "logs",
                "messages.log");
        return Files.readString(log);
    }

    public static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException unreachable) {
            throw new AssertionError("cannot reach " + url, unreachable);
        }
    }

    private static String verified(String baseUrl) {
        if (VERIFIED.add(baseUrl)) {
            String health = assertHealthy(baseUrl);
            assertTrue(health.contains("\"upstox-mcp-endpoint\"") && health.contains("\"upstox-connection\""),
                    () -> baseUrl + " is not upstox-mcp: " + health);
        }
        return baseUrl;
    }
}
