package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;

class McpTokensTest {

    static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    static final Instant EXPIRY = Instant.parse("2026-12-06T22:00:00Z");   // 03:30 IST on 7 Dec
    static final String ISSUER = "https://mcp.example.com";
    static final String RESOURCE = "https://mcp.example.com/mcp";
    static final SigningKey KEY = SigningKey.generate();

    static McpTokens tokens(SigningKey key, String issuer, String audience, Instant now) {
        return new McpTokens(key, issuer, audience, Clock.fixed(now, ZoneOffset.UTC));
    }

    static final McpTokens TOKENS = tokens(KEY, ISSUER, RESOURCE, NOW);

    @Test
    void anIssuedTokenVerifiesWithItsClaims() {
        String jwt = TOKENS.issue("USER1", "link-1", "client-1", "upstox:read", EXPIRY);
        McpTokens.Verified verified = TOKENS.verify(jwt);
        assertEquals("USER1", verified.userId());
        assertEquals("link-1", verified.linkId());
        assertEquals("client-1", verified.clientId());
        assertEquals(EXPIRY, verified.expiresAt());
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"aud\":\"" + RESOURCE + "\""), payload);
        assertTrue(payload.contains("\"iss\":\"" + ISSUER + "\""), payload);
    }

    @Test
    void aTokenIsRejectedFromItsExpiryOn() {
        String jwt = TOKENS.issue("USER1", "link-1", "client-1", null, EXPIRY);
        var expired = assertThrows(McpTokens.InvalidTokenException.class,
                () -> tokens(KEY, ISSUER, RESOURCE, EXPIRY).verify(jwt));
        assertEquals("the access token has expired", expired.getMessage());
        tokens(KEY, ISSUER, RESOURCE, EXPIRY.minusSeconds(1)).verify(jwt);
    }

    @Test
    void anotherIssuerOrAudienceIsRejected() {
        String jwt = TOKENS.issue("USER1", "link-1", "client-1", null, EXPIRY);
        McpTokens otherIssuer = tokens(KEY, "https://other.example.com", RESOURCE, NOW);
        assertEquals("the access token was issued by another server", assertThrows(
                McpTokens.InvalidTokenException.class, () -> otherIssuer.verify(jwt)).getMessage());
        assertEquals("the access token is for another resource", assertThrows(McpTokens.InvalidTokenException.class,
                () -> tokens(KEY, ISSUER, "https://mcp.example.com/other", NOW).verify(jwt)).getMessage());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        String forged = tokens(SigningKey.generate(), ISSUER, RESOURCE, NOW)
                .issue("USER1", "link-1", "c", null, EXPIRY);
        assertEquals("the access token's signature is invalid",
                assertThrows(McpTokens.InvalidTokenException.class, () -> TOKENS.verify(forged)).getMessage());
    }

    @Test
    void anAlteredPayloadOrTheNoneAlgorithmIsRejected() {
        String[] parts = TOKENS.issue("USER1", "link-1", "client-1", null, EXPIRY).split("\\.");
        String otherUser = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("USER1", "USER2");
        String altered = parts[0] + "." + base64(otherUser) + "." + parts[2];
        assertThrows(McpTokens.InvalidTokenException.class, () -> TOKENS.verify(altered));
        String unsigned = base64("{\"alg\":\"none\"}") + "." + base64(otherUser) + ".";
        assertThrows(McpTokens.InvalidTokenException.class, () -> TOKENS.verify(unsigned));
        assertThrows(McpTokens.InvalidTokenException.class, () -> TOKENS.verify("not-a-jwt"));
    }

    @Test
    void es256KeysFromAJwkWork() throws Exception {
        var ec = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        SigningKey key = SigningKey.parse(ec.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
        assertEquals("ES256", key.algorithm());
        McpTokens es = tokens(key, ISSUER, RESOURCE, NOW);
        assertEquals("USER1", es.verify(es.issue("USER1", "l", "c", null, EXPIRY)).userId());
        assertFalse(key.publicJwks().contains("\"d\""), "the JWKS must not publish the private part");
    }

    @Test
    void aPublicOnlyKeyOrGarbageIsRefusedWithoutEchoingIt() {
        var publicOnly = KEY.publicJwks().replaceAll("^\\{\"keys\":\\[|\\]\\}$", "");
        assertThrows(IllegalArgumentException.class, () -> SigningKey.parse(publicOnly));
        var garbage = assertThrows(IllegalArgumentException.class, () -> SigningKey.parse("s3cr3t-garbage"));
        assertFalse(garbage.getMessage().contains("s3cr3t"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
