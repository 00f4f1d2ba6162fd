package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What an MCP client and its user's browser do in the OAuth flow, step by step and without following redirects, so
 * each hop can be checked. Every exchange is recorded (method, path, status; never a query or body), and every token,
 * code and verifier seen is remembered for the log scan.
 */
final class OAuthClient {

    static final String UPSTOX_CLIENT_ID = "it-upstox-app-5d2c81";
    static final String UPSTOX_CLIENT_SECRET = "it-upstox-secret-9b41e7c0";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final List<String> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    OAuthClient(String base) {
        this.base = base;
    }

    record Registration(String clientId, String redirectUri) {}

    record Authorized(String code, String redirectUri, String verifier, String loginState) {}

    record Session(String clientId, String accessToken) {}

    String base() {
        return base;
    }

    String mcpUrl() {
        return base + "/mcp";
    }

    List<String> exchanges() {
        return List.copyOf(exchanges);
    }

    Set<String> secretsUsed() {
        return Set.copyOf(secrets);
    }

    /** Exchanges another client reported, one per line. */
    void record(String lines) {
        lines.lines().filter(line -> !line.isBlank()).forEach(exchanges::add);
    }

    void rememberSecret(String secret) {
        secrets.add(secret);
    }

    /** DCR as mcp-remote does it: a public client with a loopback redirect on a port of its choosing. */
    Registration register() {
        String redirect = "http://localhost:" + (20000 + RANDOM.nextInt(20000)) + "/oauth/callback";
        HttpResponse<String> answer = registerRaw("{\"client_name\":\"upstox-mcp IT\",\"redirect_uris\":[\"" + redirect
                + "\"],\"token_endpoint_auth_method\":\"none\",\"grant_types\":[\"authorization_code\","
                + "\"refresh_token\"],\"response_types\":[\"code\"]}");
        assertEquals(201, answer.statusCode(), answer::body);
        return new Registration(json(answer.body()).getString("client_id"), redirect);
    }

    HttpResponse<String> registerRaw(String body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> authorize(String clientId, String redirectUri, String challenge, String state) {
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                "code_challenge", challenge, "code_challenge_method", "S256", "resource", mcpUrl(),
                "scope", "upstox:read", "state", state)))).GET());
    }

    /**
     * authorize (on another loopback port than registered, as RFC 8252 allows) → Upstox's dialog (WireMock logs
     * {@code user} in) → our callback → the client's redirect URI with our code and the client's state.
     */
    Authorized authorizeThroughUpstox(Registration client, UpstoxUser user) {
        String verifier = randomText();
        String state = randomText().substring(0, 16);
        String redirect = client.redirectUri().replaceFirst(":\\d+/", ":" + (40001 + RANDOM.nextInt(9000)) + "/");
        HttpResponse<String> toUpstox = authorize(client.clientId(), redirect, challengeOf(verifier), state);
        assertEquals(302, toUpstox.statusCode(), toUpstox::body);
        URI dialog = URI.create(toUpstox.headers().firstValue("Location").orElseThrow());
        Map<String, String> dialogQuery = query(dialog);
        assertEquals(UPSTOX_CLIENT_ID, dialogQuery.get("client_id"));
        assertEquals(base + "/auth/upstox/callback", dialogQuery.get("redirect_uri"));
        assertEquals("code", dialogQuery.get("response_type"));
        HttpResponse<String> fromUpstox = send(HttpRequest.newBuilder(dialog).GET());
        assertEquals(302, fromUpstox.statusCode(), fromUpstox::body);
        URI callback = URI.create(fromUpstox.headers().firstValue("Location").orElseThrow());
        assertTrue(callback.toString().startsWith(base + "/auth/upstox/callback?code=" + user.upstoxCode()),
                callback::toString);
        HttpResponse<String> toClient = send(HttpRequest.newBuilder(callback).GET());
        assertEquals(302, toClient.statusCode(), toClient::body);
        URI back = URI.create(toClient.headers().firstValue("Location").orElseThrow());
        assertTrue(back.toString().startsWith(redirect + "?"), back::toString);
        Map<String, String> answer = query(back);
        assertEquals(state, answer.get("state"), "state round trip");
        assertEquals(base, answer.get("iss"));
        secrets.add(answer.get("code"));
        secrets.add(verifier);
        return new Authorized(answer.get("code"), redirect, verifier, dialogQuery.get("state"));
    }

    HttpResponse<String> callback(String loginState, String upstoxCode) {
        return send(HttpRequest.newBuilder(URI.create(base + "/auth/upstox/callback?" + form(Map.of(
                "state", loginState, "code", upstoxCode)))).GET());
    }

    HttpResponse<String> token(Registration client, String code, String redirectUri, String verifier) {
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", code, "redirect_uri", redirectUri, "client_id", client.clientId(),
                        "code_verifier", verifier, "resource", mcpUrl())))));
    }

    /** The access token of a successful token answer, remembered for the log scan. */
    String remember(String tokenAnswer) {
        JsonObject token = json(tokenAnswer);
        assertEquals("Bearer", token.getString("token_type"));
        assertTrue(token.getJsonNumber("expires_in").longValue() > 0);
        secrets.add(token.getString("access_token"));
        return token.getString("access_token");
    }

    Session logIn(Registration client, UpstoxUser user) {
        Authorized code = authorizeThroughUpstox(client, user);
        HttpResponse<String> issued = token(client, code.code(), code.redirectUri(), code.verifier());
        assertEquals(200, issued.statusCode(), issued::body);
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        return new Session(client.clientId(), remember(issued.body()));
    }

    int revoke(String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", accessToken))))).statusCode();
    }

    /** An MCP {@code initialize} POST with this bearer token (or none). */
    HttpResponse<String> mcpPost(String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mcpUrl()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"oauth-it\",\"version\":\"1\"}}}"));
        if (accessToken != null) request.header("Authorization", "Bearer " + accessToken);
        return send(request);
    }

    /** The MCP endpoint refuses {@code token} with 401 invalid_token, the challenge naming {@code reason}. */
    void assertInvalidToken(String token, String reason) {
        HttpResponse<String> refused = mcpPost(token);
        assertEquals(401, refused.statusCode(), refused::body);
        String challenge = refused.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertTrue(challenge.startsWith("Bearer resource_metadata=\"" + base), challenge);
        assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
        assertTrue(challenge.contains(reason), () -> "expected \"" + reason + "\" in " + challenge);
        assertFalse(refused.body().contains(token));
    }

    /** An MCP {@code notifications/initialized} POST in a session, with this bearer token. */
    HttpResponse<String> mcpNotify(String accessToken, String sessionId) {
        return send(HttpRequest.newBuilder(URI.create(mcpUrl()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-11-25")
                .header("Mcp-Session-Id", sessionId)
                .header("Authorization", "Bearer " + accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")));
    }

    /** The MCP Java SDK client, sending the access token on every request. */
    McpSyncClient mcp(String accessToken) {
        exchanges.add("MCP SDK client: initialize + tools/call on /mcp with Authorization: Bearer <our JWT>");
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(base).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + accessToken))
                        .build())
                .requestTimeout(Duration.ofSeconds(20)).build();
        client.initialize();
        return client;
    }

    JsonObject getJson(String url) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, answer.statusCode(), answer::body);
        return json(answer.body());
    }

    /** The claims of a JWT, unverified (for building variants of it). */
    Map<String, Object> claimsOf(String jwt) {
        JsonObject claims = json(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8));
        Map<String, Object> values = new HashMap<>();
        claims.forEach((name, value) -> values.put(name, switch (value.getValueType()) {
            case STRING -> claims.getString(name);
            case NUMBER -> claims.getJsonNumber(name).longValue();
            default -> value.toString();
        }));
        return values;
    }

    /** A value of the oauth test server's environment file. */
    String serverEnv(String name) {
        try {
            return Files.readAllLines(Path.of(System.getProperty("oauth.env.file",
                            "target/liberty-env/oauth-it.env"))).stream()
                    .filter(line -> line.startsWith(name + "="))
                    .map(line -> line.substring(name.length() + 1))
                    .findFirst().orElseThrow();
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read the oauth test server's environment", unreadable);
        }
    }

    String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String challengeOf(String verifier) {
        return Pkce.challengeOf(verifier);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<String> answer = http.send(built, HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").map(to -> " -> " + URI.create(to).getPath())
                    .orElse("");
            exchanges.add(built.method() + " " + hostOf(built.uri()) + built.uri().getPath() + " " + answer.statusCode()
                    + location);
            return answer;
        } catch (IOException | InterruptedException unreachable) {
            throw new AssertionError("cannot reach " + built.uri().getPath(), unreachable);
        }
    }

    private String hostOf(URI uri) {
        return uri.toString().startsWith(base) ? "" : "[upstox] ";
    }

    private static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder encoded = new StringBuilder();
        fields.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return encoded.toString();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> fields = new HashMap<>();
        if (uri.getRawQuery() == null) return fields;
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
