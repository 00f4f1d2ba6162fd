package dev.upstoxmcp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON-RPC over MCP Streamable HTTP with nothing in between: requests are prebuilt strings, answers are classified by
 * looking at the text (no JSON parsing), so the load driver spends as little as it can per call and exactly the same
 * on every server. Works for answers sent as JSON and as a one-event SSE stream.
 */
final class RawMcpClient {

    static final String PROTOCOL_VERSION = "2025-06-18";

    private static final Pattern ERROR_CODE = Pattern.compile("\"error\"\\s*:\\s*\\{\\s*\"code\"\\s*:\\s*(-?\\d+)");
    private static final Pattern FIRST_TEXT = Pattern.compile("\"text\"\\s*:\\s*\"([^\"]{0,48})");
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s","capabilities":{},\
            "clientInfo":{"name":"upstox-mcp-load-benchmark","version":"1.0"}}}""".formatted(PROTOCOL_VERSION);
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private final HttpClient http;
    private final URI endpoint;
    private final AtomicLong ids = new AtomicLong();

    RawMcpClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.endpoint = URI.create(baseUrl + "/mcp");
    }

    /** A client whose connections are plain HTTP/1.1 keep-alive, the same for every server. */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What one exchange came to: ok, or the kind of failure ("http 503", "json-rpc -32603", "tool error", ...). */
    record Outcome(String failure, int bytes) {
        boolean ok() {
            return failure == null;
        }
    }

    /** A session: initialize, then the initialized notification. Its id is null when it could not be opened. */
    record Session(String id, Outcome outcome) {}

    Session open() {
        try {
            HttpResponse<String> initialized = http.send(post(null, INITIALIZE), BodyHandlers.ofString());
            Outcome outcome = classify(initialized, false);
            String id = initialized.headers().firstValue("mcp-session-id").orElse(null);
            if (!outcome.ok()) return new Session(null, outcome);
            if (id == null) return new Session(null, new Outcome("no session id", outcome.bytes()));
            HttpResponse<String> notified = http.send(post(id, INITIALIZED), BodyHandlers.ofString());
            if (notified.statusCode() != 202 && notified.statusCode() != 200)
                return new Session(null, new Outcome("initialized: http " + notified.statusCode(), outcome.bytes()));
            return new Session(id, outcome);
        } catch (IOException | RuntimeException failed) {
            return new Session(null, new Outcome(kind(failed), 0));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Session(null, new Outcome("interrupted", 0));
        }
    }

    /** One request in a session; {@code params} is the JSON text of the params object (or null). */
    Outcome request(String session, String method, String params) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + ids.incrementAndGet() + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
        try {
            return classify(http.send(post(session, body), BodyHandlers.ofString()), method.equals("tools/call"));
        } catch (IOException | RuntimeException failed) {
            return new Outcome(kind(failed), 0);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", 0);
        }
    }

    /** Ends a session (DELETE); failures are ignored: the server would expire it anyway. */
    void close(String session) {
        if (session == null) return;
        try {
            http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30)).DELETE()
                    .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL_VERSION).build(),
                    BodyHandlers.discarding());
        } catch (IOException | RuntimeException ignored) {
            // best effort
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest post(String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", PROTOCOL_VERSION);
        }
        return request.build();
    }

    private static Outcome classify(HttpResponse<String> response, boolean toolCall) {
        String body = response.body();
        int bytes = body.length();
        if (response.statusCode() != 200) return new Outcome("http " + response.statusCode(), bytes);
        if (!body.contains("\"result\"")) {
            Matcher code = ERROR_CODE.matcher(body);
            return new Outcome(code.find() ? "json-rpc " + code.group(1) : "no result", bytes);
        }
        if (toolCall && body.contains("\"isError\":true")) {
            return new Outcome("tool error: " + firstText(body), bytes);
        }
        return new Outcome(null, bytes);
    }

    /** The start of the first text content: enough to tell the kinds of tool errors apart. */
    private static String firstText(String body) {
        Matcher text = FIRST_TEXT.matcher(body);
        return text.find() ? text.group(1) : "?";
    }

    private static String kind(Exception failed) {
        return failed instanceof java.net.http.HttpTimeoutException ? "timeout" : failed.getClass().getSimpleName();
    }
}
