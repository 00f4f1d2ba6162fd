package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed MCP traffic sent raw to {@code /mcp}: bodies that are not JSON or not JSON-RPC, wrong types, oversized
 * bodies, odd headers and sessions. Fixed cases check the HTTP status and JSON-RPC code each must get (JSON-RPC 2.0:
 * -32700 for a body that is not JSON, -32600 for one that is not a request, -32601 for an unknown method, -32602 for
 * wrong params; HTTP 400 when no request could be read, 200 with the request's id when one could); generated cases
 * (from a fixed seed, see {@link FuzzCases}) check that nothing is ever an internal error, a stack trace or a request
 * left unanswered. Afterwards a new session still works. McpTransportIT covers Origin, Host and protocol version; the
 * cases run are printed at the end.
 */
class FuzzProtocolIT {

    static final int GENERATED_GARBAGE = 150;
    static final int GENERATED_MESSAGES = 150;
    static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}";
    static final JsonMapper JSON = JsonMapper.builder().build();

    static String session;
    static ServerLogWatch log;
    static final Map<String, AtomicInteger> CASES = new ConcurrentHashMap<>();

    @BeforeAll
    static void initialize() throws Exception {
        FuzzCases.announce(FuzzProtocolIT.class);
        log = ServerLogWatch.start("sandboxIT");
        session = newSession();
    }

    @AfterAll
    static void stillServing() throws Exception {
        int total = CASES.values().stream().mapToInt(AtomicInteger::get).sum();
        new TreeMap<>(CASES).forEach((group, count) -> System.out.printf("fuzz protocol %-24s %5d cases%n", group,
                count.get()));
        System.out.printf("fuzz protocol %-24s %5d cases%n", "TOTAL", total);
        String fresh = newSession();
        HttpResponse<String> call = post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{"
                + "\"name\":\"get_profile\",\"arguments\":{}}}", fresh);
        assertEquals(200, call.statusCode(), call::body);
        assertTrue(call.body().contains("\"structuredContent\"") && !call.body().contains("\"isError\":true"),
                call::body);
        send(request().DELETE().header("Mcp-Session-Id", fresh));
        send(request().DELETE().header("Mcp-Session-Id", session));
        TestServers.assertHealthy(TestServers.sandboxUrl());
        log.assertNoFailureCausedByInput();
    }

    /** A body, the HTTP status it must get and the JSON-RPC error code (null: no error, a result or nothing). */
    record Case(String name, byte[] body, int status, Integer code) {
        Case(String name, String body, int status, Integer code) {
            this(name, body.getBytes(StandardCharsets.UTF_8), status, code);
        }
    }

    @TestFactory
    Stream<DynamicTest> malformedBodiesGetTheirJsonRpcError() {
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        String deepParams = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":" + "{\"a\":".repeat(5_000)
                + "1" + "}".repeat(5_000) + "}";
        List<Case> cases = List.of(
                new Case("truncated", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":", 400, -32700),
                new Case("trailing garbage", PING + " xyz", 400, -32700),
                new Case("two messages", PING + PING, 400, -32700),
                new Case("empty", "", 400, -32700),
                new Case("whitespace", " \n\t", 400, -32700),
                new Case("not JSON", "ping", 400, -32700),
                new Case("single quotes", "{'jsonrpc':'2.0','id':3,'method':'ping'}", 400, -32700),
                new Case("invalid UTF-8", bytes("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"p", 0xFF, 0xFE,
                        "ing\"}"), 400, -32700),
                new Case("byte order mark", bytes("", 0xEF, 0xBB, 0xBF, PING), 200, null),
                new Case("10 000 nested arrays", nested, 400, -32600),
                new Case("5 000 nested objects", deepParams, 400, -32600),
                new Case("5 000-digit id", "{\"jsonrpc\":\"2.0\",\"id\":" + "9".repeat(5_000) + ",\"method\":\"ping\"}",
                        400, -32600),
                new Case("no jsonrpc", "{\"id\":3,\"method\":\"ping\"}", 400, -32600),
                new Case("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"ping\"}", 400, -32600),
                new Case("jsonrpc number", "{\"jsonrpc\":2.0,\"id\":3,\"method\":\"ping\"}", 400, -32600),
                new Case("id object", "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", 400, -32600),
                new Case("id array", "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}", 400, -32600),
                new Case("id boolean", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", 400, -32600),
                new Case("id null", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", 400, -32600),
                new Case("id fraction", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", 400, -32600),
                new Case("method number", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":42}", 400, -32600),
                new Case("method null", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":null}", 400, -32600),
                new Case("no method", "{\"jsonrpc\":\"2.0\",\"id\":3}", 400, -32600),
                new Case("batch", "[" + PING + "," + PING + "]", 400, -32600),
                new Case("empty batch", "[]", 400, -32600),
                new Case("number", "42", 400, -32600),
                new Case("string", "\"ping\"", 400, -32600),
                new Case("null", "null", 400, -32600),
                new Case("params array", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":[1]}", 200,
                        -32602),
                new Case("params string", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":\"x\"}",
                        200, -32602),
                new Case("tool name number", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
                        + "\"name\":42}}", 200, -32602),
                new Case("tool arguments array", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
                        + "\"name\":\"get_profile\",\"arguments\":[1]}}", 200, -32602),
                new Case("unknown tool", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
                        + "\"name\":\"\\u202Eplace_order\"}}", 200, -32602),
                new Case("prompt name object", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"prompts/get\",\"params\":{"
                        + "\"name\":{\"x\":1}}}", 200, -32602),
                new Case("prompt arguments array", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"prompts/get\","
                        + "\"params\":{\"name\":\"x\",\"arguments\":[1]}}", 200, -32602),
                new Case("unknown method", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such\"}", 200, -32601),
                new Case("odd Unicode method", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"to\\u202Eols/li\\u0000st"
                        + "\uD83D\uDCA9\u0301\u200D\"}", 200, -32601),
                new Case("empty method", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"\"}", 200, -32601),
                new Case("900 kB string param", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"x\":\""
                        + "\u00e9".repeat(400_000) + "\"}}", 200, null),
                new Case("200 000-item array param", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{"
                        + "\"x\":[" + "1,".repeat(199_999) + "1]}}", 200, null),
                new Case("100 kB key", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\""
                        + "k".repeat(100_000) + "\":1}}", 200, null),
                new Case("10 MB body", "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\",\"params\":{\"x\":\""
                        + "x".repeat(10_000_000) + "\"}}", 413, -32600),
                new Case("unknown notification", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/no_such\"}", 202,
                        null),
                new Case("answer to no request", "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", 202, null),
                new Case("error answer to no request", "{\"jsonrpc\":\"2.0\",\"id\":\"" + "x".repeat(10_000)
                        + "\",\"error\":{\"code\":-1,\"message\":\"no\"}}", 202, null));
        return cases.stream().map(sent -> FuzzCases.fixed(sent.name(), () -> {
            count("bodies");
            HttpResponse<String> response = send(request().header("Content-Type", "application/json")
                    .header("Mcp-Session-Id", session).POST(HttpRequest.BodyPublishers.ofByteArray(sent.body())));
            assertAnswer(sent.name(), response, sent.status(), sent.code());
        }));
    }

    @TestFactory
    Stream<DynamicTest> wrongHeadersAndSessionsAreInvalidRequests() {
        Map<String, HttpRequest.Builder> cases = new LinkedHashMap<>();
        cases.put("no Content-Type 415", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString(PING)));
        cases.put("text/plain 415", withSession().header("Content-Type", "text/plain").POST(body(PING)));
        cases.put("no Accept 400", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Mcp-Session-Id", session).POST(body(PING)));
        cases.put("Accept JSON only 400", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session).POST(body(PING)));
        cases.put("Accept HTML 400", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/html").header("Content-Type", "application/json")
                .header("Mcp-Session-Id", session).POST(body(PING)));
        cases.put("no session 400", request().header("Content-Type", "application/json").POST(body(PING)));
        cases.put("unknown session 404", request().header("Content-Type", "application/json")
                .header("Mcp-Session-Id", "00000000-0000-0000-0000-000000000000").POST(body(PING)));
        cases.put("garbage session 404", request().header("Content-Type", "application/json")
                .header("Mcp-Session-Id", "\u00ff\u00fe%00<script>").POST(body(PING)));
        cases.put("6 000-character session 404", request().header("Content-Type", "application/json")
                .header("Mcp-Session-Id", "a".repeat(6_000)).POST(body(PING)));
        cases.put("DELETE unknown session 404", request().header("Mcp-Session-Id", "no-such-session").DELETE());
        cases.put("DELETE without session 400", request().DELETE());
        cases.put("GET without event-stream 400", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Mcp-Session-Id", session).GET());
        cases.put("GET without session 400", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/event-stream").GET());
        cases.put("GET unknown session 404", HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/event-stream").header("Mcp-Session-Id", "no-such-session").GET());
        cases.put("PUT 405", withSession().header("Content-Type", "application/json").PUT(body(PING)));
        return cases.entrySet().stream().map(sent -> FuzzCases.fixed(sent.getKey(), () -> {
            count("headers and sessions");
            String name = sent.getKey();
            int status = Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
            assertAnswer(name, send(sent.getValue()), status, -32600);
        }));
    }

    /** Text that is almost, or not at all, a JSON-RPC request: never an internal error or a request left hanging. */
    @TestFactory
    Stream<DynamicTest> garbageIsAnsweredCleanly() {
        return FuzzCases.generated("garbage", GENERATED_GARBAGE, FuzzProtocolIT::garbage, body -> body, body -> {
            assertNeverInternal(body, post(body, session));
            count("generated garbage");
        });
    }

    /** JSON-RPC messages whose every member may be missing or of the wrong type. */
    @TestFactory
    Stream<DynamicTest> mistypedMessagesAreAnsweredCleanly() {
        return FuzzCases.generated("messages", GENERATED_MESSAGES, FuzzProtocolIT::message, JSON::writeValueAsString,
                message -> {
                    String body = JSON.writeValueAsString(message);
                    HttpResponse<String> response = post(body, session);
                    assertNeverInternal(body, response);
                    boolean request = message.get("id") instanceof Number || message.get("id") instanceof String;
                    if (request && response.statusCode() == 200) {
                        assertFalse(response.body().isBlank(), () -> "a request got an empty answer: " + body);
                    }
                    count("generated messages");
                });
    }

    static final String VALID_CALL = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{"
            + "\"name\":\"get_profile\",\"arguments\":{}}}";

    /** A valid tool call cut short, with a tail or with one character changed, or random text. */
    static String garbage(SplittableRandom random) {
        return Draw.oneOf(random,
                () -> VALID_CALL.substring(0, random.nextInt(VALID_CALL.length())),
                () -> VALID_CALL + Draw.text(random, 30),
                () -> Draw.text(random, 200),
                () -> Draw.textOf(random, "{}[]\":,0123456789.-+eEtrufalsn \\u", 60),
                () -> {
                    int at = random.nextInt(VALID_CALL.length());
                    return VALID_CALL.substring(0, at) + Draw.character(random) + VALID_CALL.substring(at + 1);
                });
    }

    static final List<Object> JSONRPC = List.of("2.0", "2.0", "1.0", 2, "", Absent.VALUE);
    static final List<Object> IDS = List.of(1, 1, "a", "", -1, Long.MAX_VALUE, 1.5, true, Map.of(), List.of(1),
            "x".repeat(10_000), Absent.VALUE);
    static final List<Object> METHODS = List.of("ping", "tools/list", "tools/call", "prompts/list", "prompts/get",
            "initialize", "logging/setLevel", "resources/list", "completion/complete", "notifications/initialized",
            "notifications/cancelled", "no/such", "", "TOOLS/LIST", "tools/call\u0000", 42, List.of(), Absent.VALUE);
    static final List<Object> NAMES = List.of("get_profile", "get_holdings", "portfolio_review", "no_such", "", 42,
            Map.of(), "\u202E\uD83D\uDCA9", Absent.VALUE);
    static final List<Object> ARGUMENTS = List.of(Map.of(), Map.of("limit", "x"), Map.of("x", List.of()), List.of(),
            "x", 7, Absent.VALUE);
    static final List<Object> PARAMS = List.of(Map.of(), List.of(), "x", 42, Map.of("cursor", 42),
            Map.of("level", "LOUD"), Map.of("protocolVersion", 42), Absent.VALUE);

    /** A JSON-RPC message whose members are each of the right type, of a wrong one, or missing. */
    static Map<String, Object> message(SplittableRandom random) {
        Object jsonrpc = Draw.one(random, JSONRPC);
        Object id = Draw.one(random, IDS);
        Object method = Draw.one(random, METHODS);
        Object params = random.nextBoolean() ? Draw.one(random, PARAMS)
                : object("name", Draw.one(random, NAMES), "arguments", Draw.one(random, ARGUMENTS));
        return object("jsonrpc", jsonrpc, "id", id, "method", method, "params", params);
    }

    /** A JSON object of the members that are not {@link Absent}. */
    private static Map<String, Object> object(Object... members) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            if (members[i + 1] != Absent.VALUE) object.put((String) members[i], members[i + 1]);
        }
        return object;
    }

    /** A member left out of a generated message. */
    private enum Absent { VALUE }

    static void assertAnswer(String name, HttpResponse<String> response, int status, Integer code) throws Exception {
        assertEquals(status, response.statusCode(), () -> name + ": " + abbreviate(response.body()));
        Leaks.assertNone(response.body());
        if (status == 202) {
            assertEquals("", response.body(), name);
            return;
        }
        JsonNode answer = message(response);
        assertEquals("2.0", answer.path("jsonrpc").asString(""), () -> name + ": " + abbreviate(response.body()));
        if (code == null) {
            assertTrue(answer.has("result"), () -> name + ": " + abbreviate(response.body()));
        } else {
            assertEquals(code.intValue(), answer.path("error").path("code").asInt(), () -> name + ": "
                    + abbreviate(response.body()));
            assertTrue(answer.path("error").path("message").asString("").length() <= 300, name);
        }
        if (status == 200 && response.statusCode() == 200) {
            assertEquals(3, answer.path("id").asInt(), () -> name + " answers its request's id: " + response.body());
        } else {
            assertTrue(answer.path("id").isNull(), () -> name + ": " + response.body());
        }
    }

    static void assertNeverInternal(String body, HttpResponse<String> response) {
        assertTrue(Set.of(200, 202, 400, 404).contains(response.statusCode()), () -> response.statusCode() + " for "
                + abbreviate(body) + ": " + abbreviate(response.body()));
        Leaks.assertNone(response.body());
        if (response.body().isBlank()) return;
        JsonNode answer = message(response);
        assertNotEquals(-32603, answer.path("error").path("code").asInt(), () -> "internal error for "
                + abbreviate(body) + ": " + response.body());
    }

    /** The JSON-RPC message of a plain JSON or a one-event SSE answer. */
    static JsonNode message(HttpResponse<String> response) {
        String body = response.body();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            List<String> data = new ArrayList<>();
            body.lines().filter(line -> line.startsWith("data:")).forEach(line -> data.add(line.substring(5)));
            body = String.join("\n", data);
        }
        return JSON.readTree(body);
    }

    static String newSession() throws Exception {
        HttpResponse<String> response = post(McpTransportIT.INITIALIZE, null);
        assertEquals(200, response.statusCode(), response::body);
        String id = response.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertEquals(202, post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", id).statusCode());
        return id;
    }

    static HttpResponse<String> post(String body, String sessionId) throws Exception {
        HttpRequest.Builder request = request().header("Content-Type", "application/json").POST(body(body));
        if (sessionId != null) request.header("Mcp-Session-Id", sessionId);
        return send(request);
    }

    static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json, text/event-stream");
    }

    private static HttpRequest.Builder withSession() {
        return request().header("Mcp-Session-Id", session);
    }

    private static URI endpoint() {
        return URI.create(TestServers.sandboxUrl() + "/mcp");
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return TestServers.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String before, int first, int second, String after) {
        return bytes(before, new int[] {first, second}, after);
    }

    private static byte[] bytes(String before, int first, int second, int third, String after) {
        return bytes(before, new int[] {first, second, third}, after);
    }

    private static byte[] bytes(String before, int[] raw, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < raw.length; i++) all[head.length + i] = (byte) raw[i];
        System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
        return all;
    }

    private static void count(String group) {
        CASES.computeIfAbsent(group, key -> new AtomicInteger()).incrementAndGet();
    }

    private static String abbreviate(String text) {
        return FuzzCases.abbreviate(text, 300);
    }
}
