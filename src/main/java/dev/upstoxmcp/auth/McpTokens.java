package dev.upstoxmcp.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * The access tokens this server issues to MCP clients: JWS-signed JWTs (RS256 or ES256) with {@code iss} = this
 * server, {@code aud} = the MCP endpoint URL, {@code sub} = the Upstox user id, {@code exp} = when the user's Upstox
 * token dies, and {@code lid} = the Upstox link they were issued for (unlinking or re-linking revokes them).
 */
final class McpTokens {

    static final String LINK_CLAIM = "lid";
    static final String CLIENT_CLAIM = "client_id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    McpTokens(SigningKey key, String issuer, String audience, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    String issue(String userId, String linkId, String clientId, String scope, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(userId);
        claims.setIssuedAt(NumericDate.fromMilliseconds(clock.millis()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(randomId());
        claims.setClaim(LINK_CLAIM, linkId);
        claims.setClaim(CLIENT_CLAIM, clientId);
        if (scope != null && !scope.isBlank()) claims.setClaim("scope", scope);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setAlgorithmHeaderValue(key.algorithm());
        jws.setHeader("typ", "at+jwt");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException impossible) {
            throw new IllegalStateException("cannot sign an access token", impossible);
        }
    }

    /** @throws InvalidTokenException saying (without quoting the token) why it is not valid here and now */
    Verified verify(String token) {
        var consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setVerificationKey(key.publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, key.algorithm())
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setAllowedClockSkewInSeconds(0)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return new Verified(claims.getSubject(), claims.getStringClaimValue(LINK_CLAIM),
                    claims.getStringClaimValue(CLIENT_CLAIM),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
        } catch (InvalidJwtException invalid) {
            throw new InvalidTokenException(reason(invalid));
        } catch (MalformedClaimException malformed) {
            throw new InvalidTokenException("the access token's claims are malformed");
        }
    }

    private static String reason(InvalidJwtException invalid) {
        if (invalid.hasExpired()) return "the access token has expired";
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) return "the access token's signature is invalid";
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID)) return "the access token was issued by another server";
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)) return "the access token is for another resource";
        return "the access token is not valid here";
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What a valid token says. */
    record Verified(String userId, String linkId, String clientId, Instant expiresAt) {}

    /** The token is missing a valid signature, issuer, audience or lifetime; the message is safe to show. */
    static final class InvalidTokenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidTokenException(String reason) {
            super(reason);
        }
    }
}
