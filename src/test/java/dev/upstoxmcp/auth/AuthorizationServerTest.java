package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.upstoxmcp.upstox.AccessToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AuthorizationServerTest {

    static final String ISSUER = "https://mcp.example.com";
    static final String RESOURCE = ISSUER + "/mcp";
    static final String REDIRECT = "http://localhost:7191/oauth/callback";
    static final String VERIFIER = PkceTest.VERIFIER;
    static final String CHALLENGE = PkceTest.CHALLENGE;

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T06:00:00Z"));
    final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    final StoreConnections db = new StoreConnections("jdbc:h2:mem:" + McpTokens.randomId() + ";DB_CLOSE_DELAY=-1",
            null, null);
    final JdbcAuthStore store = new JdbcAuthStore(db, TokenCipher.random()).createSchema();
    final McpTokens tokens = new McpTokens(SigningKey.generate(), ISSUER, RESOURCE, clock);
    final Map<String, String> upstoxUsers = new HashMap<>(Map.of("code-of-asha", "ASHA", "code-of-ravi", "RAVI"));
    final UpstoxLogin upstox = new UpstoxLogin("https://api.upstox.com/v2/login/authorization/dialog", "unused",
            "our-upstox-app", new Secret("our-secret"), ISSUER + "/auth/upstox/callback") {
        @Override
        UpstoxGrant exchange(String code) {
            String user = upstoxUsers.remove(code);   // Upstox codes are single-use too
            if (user == null) throw new UpstoxLoginException("Upstox refused the login (HTTP 401)");
            return new UpstoxGrant(user, user.toLowerCase(), new AccessToken("upstox-token-of-" + user));
        }
    };
    final AuthorizationServer server = new AuthorizationServer(store, upstox, tokens, ISSUER, RESOURCE,
            Duration.ofMinutes(1), Duration.ofMinutes(10), clock);

    RegisteredClient client() {
        return server.register("test client", List.of(REDIRECT), "none");
    }

    AuthorizeRequest authorizeRequest(RegisteredClient client, String redirect) {
        return new AuthorizeRequest("code", client.clientId(), redirect, CHALLENGE, "S256", RESOURCE, null, "xyz");
    }

    /** Drives authorize and the Upstox callback; returns the query the client's redirect URI receives. */
    Map<String, String> login(RegisteredClient client, String redirect, String upstoxCode) {
        URI upstoxDialog = server.authorize(authorizeRequest(client, redirect));
        Map<String, String> dialog = query(upstoxDialog);
        assertEquals("our-upstox-app", dialog.get("client_id"));
        assertEquals(ISSUER + "/auth/upstox/callback", dialog.get("redirect_uri"));
        URI back = server.completeLogin(dialog.get("state"), upstoxCode, null);
        assertTrue(back.toString().startsWith(redirect + "?"), back::toString);
        return query(back);
    }

    TokenRequest tokenRequest(RegisteredClient client, String code, String redirect, String verifier) {
        return new TokenRequest("authorization_code", code, redirect, client.clientId(), verifier, RESOURCE);
    }

    @Test
    void theWholeFlowIssuesATokenForTheUpstoxUserUntil0330Ist() {
        RegisteredClient client = client();
        Map<String, String> answer = login(client, "http://localhost:55555/oauth/callback", "code-of-asha");
        assertEquals("xyz", answer.get("state"));
        assertEquals(ISSUER, answer.get("iss"));
        IssuedToken issued = server.token(tokenRequest(client, answer.get("code"),
                "http://localhost:55555/oauth/callback", VERIFIER));
        McpTokens.Verified verified = tokens.verify(issued.accessToken());
        assertEquals("ASHA", verified.userId());
        assertEquals(Instant.parse("2026-12-06T22:00:00Z"), verified.expiresAt());   // 03:30 IST, 7 Dec
        assertEquals(Duration.ofHours(16).toSeconds(), issued.expiresIn());
        assertEquals("upstox-token-of-ASHA", store.findLink("ASHA").orElseThrow().token().value());
    }

    @Test
    void aReusedCodeIsRefused() {
        RegisteredClient client = client();
        String code = login(client, REDIRECT, "code-of-asha").get("code");
        server.token(tokenRequest(client, code, REDIRECT, VERIFIER));
        assertGrantRefused(() -> server.token(tokenRequest(client, code, REDIRECT, VERIFIER)));
    }

    @Test
    void aWrongVerifierChangesNothingAndTheRightOneStillWorks() {
        RegisteredClient client = client();
        String code = login(client, REDIRECT, "code-of-asha").get("code");
        assertGrantRefused(() -> server.token(tokenRequest(client, code, REDIRECT, VERIFIER.replace('d', 'e'))));
        assertGrantRefused(() -> server.token(tokenRequest(client, code, REDIRECT, null)));
        assertTrue(store.findCode(AuthorizationServer.hash(code)).isPresent());
        server.token(tokenRequest(client, code, REDIRECT, VERIFIER));
    }

    @Test
    void anotherClientCannotRedeemTheCode() {
        RegisteredClient clientA = client();
        RegisteredClient clientB = client();
        String code = login(clientA, REDIRECT, "code-of-asha").get("code");
        assertGrantRefused(() -> server.token(tokenRequest(clientB, code, REDIRECT, VERIFIER)));
        assertTrue(store.findCode(AuthorizationServer.hash(code)).isPresent());
    }

    @Test
    void theRedirectUriMustBeTheOneOfTheAuthorizationRequest() {
        RegisteredClient client = client();
        String code = login(client, "http://localhost:40000/oauth/callback", "code-of-asha").get("code");
        assertGrantRefused(() -> server.token(tokenRequest(client, code, REDIRECT, VERIFIER)));
        assertTrue(store.findCode(AuthorizationServer.hash(code)).isPresent());
    }

    @Test
    void anExpiredCodeIsRefused() {
        RegisteredClient client = client();
        String code = login(client, REDIRECT, "code-of-asha").get("code");
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertGrantRefused(() -> server.token(tokenRequest(client, code, REDIRECT, VERIFIER)));
    }

    @Test
    void anUnknownClientOrGrantTypeIsRefused() {
        RegisteredClient client = client();
        String code = login(client, REDIRECT, "code-of-asha").get("code");
        var unknown = assertThrows(OAuthException.class, () -> server.token(
                new TokenRequest("authorization_code", code, REDIRECT, "nobody", VERIFIER, RESOURCE)));
        assertEquals(401, unknown.status());
        assertEquals("invalid_client", unknown.error());
        assertEquals("unsupported_grant_type", assertThrows(OAuthException.class, () -> server.token(
                new TokenRequest("password", code, REDIRECT, client.clientId(), VERIFIER, RESOURCE))).error());
        assertEquals("invalid_target", assertThrows(OAuthException.class, () -> server.token(
                new TokenRequest("authorization_code", code, REDIRECT, client.clientId(), VERIFIER,
                        "https://other.example/mcp"))).error());
        server.token(tokenRequest(client, code, REDIRECT, VERIFIER));
    }

    @Test
    void unregisteredRedirectsAreRefusedWithoutRedirecting() {
        RegisteredClient client = client();
        for (String evil : new String[] {"https://evil.example.com/cb", "http://localhost:7191/other",
                "http://127.0.0.1:7191/oauth/callback", "http://localhost:7191/oauth/callback?x=https://evil.example",
                "//evil.example.com/cb", null}) {
            var refused = assertThrows(OAuthException.class, () -> server.authorize(authorizeRequest(client, evil)));
            assertEquals("invalid_request", refused.error());
        }
        assertThrows(OAuthException.class, () -> server.authorize(new AuthorizeRequest("code", "nobody", REDIRECT,
                CHALLENGE, "S256", RESOURCE, null, "s")));
    }

    @Test
    void requestsWithoutS256PkceOrForAnotherResourceGoBackWithAnError() {
        RegisteredClient client = client();
        Map<String, String> noPkce = query(server.authorize(new AuthorizeRequest("code", client.clientId(), REDIRECT,
                null, null, RESOURCE, null, "s1")));
        assertEquals("invalid_request", noPkce.get("error"));
        assertEquals("s1", noPkce.get("state"));
        Map<String, String> plain = query(server.authorize(new AuthorizeRequest("code", client.clientId(), REDIRECT,
                VERIFIER, "plain", RESOURCE, null, "s2")));
        assertEquals("invalid_request", plain.get("error"));
        Map<String, String> otherResource = query(server.authorize(new AuthorizeRequest("code", client.clientId(),
                REDIRECT, CHALLENGE, "S256", "https://other.example/mcp", null, "s3")));
        assertEquals("invalid_target", otherResource.get("error"));
        Map<String, String> token = query(server.authorize(new AuthorizeRequest("token", client.clientId(), REDIRECT,
                CHALLENGE, "S256", RESOURCE, null, "s4")));
        assertEquals("unsupported_response_type", token.get("error"));
    }

    @Test
    void anUnknownOrReplayedLoginStateIsRefused() {
        RegisteredClient client = client();
        Map<String, String> dialog = query(server.authorize(authorizeRequest(client, REDIRECT)));
        assertThrows(OAuthException.class, () -> server.completeLogin("forged-state", "code-of-asha", null));
        assertTrue(store.findLink("ASHA").isEmpty());
        server.completeLogin(dialog.get("state"), "code-of-asha", null);
        assertThrows(OAuthException.class, () -> server.completeLogin(dialog.get("state"), "code-of-ravi", null));
        assertTrue(store.findLink("RAVI").isEmpty());
    }

    @Test
    void aFailedOrRefusedUpstoxLoginGoesBackToTheClientWithAnError() {
        RegisteredClient client = client();
        Map<String, String> refused = query(server.completeLogin(
                query(server.authorize(authorizeRequest(client, REDIRECT))).get("state"), null, "access_denied"));
        assertEquals("access_denied", refused.get("error"));
        assertEquals("xyz", refused.get("state"));
        Map<String, String> failed = query(server.completeLogin(
                query(server.authorize(authorizeRequest(client, REDIRECT))).get("state"), "bad-code", null));
        assertEquals("temporarily_unavailable", failed.get("error"));
        assertFalse(failed.containsKey("code"));
    }

    @Test
    void relinkingRevokesTheCodesOfTheEarlierLink() {
        RegisteredClient client = client();
        String first = login(client, REDIRECT, "code-of-asha").get("code");
        upstoxUsers.put("second-code-of-asha", "ASHA");
        String second = login(client, REDIRECT, "second-code-of-asha").get("code");
        assertGrantRefused(() -> server.token(tokenRequest(client, first, REDIRECT, VERIFIER)));
        server.token(tokenRequest(client, second, REDIRECT, VERIFIER));
    }

    @Test
    void registrationAcceptsOnlyPublicClientsWithSafeRedirects() {
        assertEquals("invalid_redirect_uri", assertThrows(OAuthException.class,
                () -> server.register("x", List.of("http://evil.example.com/cb"), null)).error());
        assertEquals("invalid_redirect_uri", assertThrows(OAuthException.class,
                () -> server.register("x", List.of(), null)).error());
        assertEquals("invalid_client_metadata", assertThrows(OAuthException.class,
                () -> server.register("x", List.of(REDIRECT), "client_secret_basic")).error());
        RegisteredClient client = server.register(null, List.of(REDIRECT, "https://app.example/cb"), null);
        assertEquals(2, store.findClient(client.clientId()).orElseThrow().redirectUris().size());
    }

    static void assertGrantRefused(Executable call) {
        OAuthException refused = assertThrows(OAuthException.class, call);
        assertEquals("invalid_grant", refused.error());
        assertEquals(400, refused.status());
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> fields = new HashMap<>();
        if (uri.getRawQuery() == null) return fields;
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }
}
