package dev.upstoxmcp.upstox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An Upstox bearer token. Its {@code toString} never shows the value, so it cannot leak into a log or message. */
public record AccessToken(String value) {

    public AccessToken {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("an access token needs a value");
    }

    /** The Authorization header value. */
    String bearer() {
        return "Bearer " + value;
    }

    /** A short, stable, one-way identifier of the token's holder for per-user bookkeeping; reveals nothing. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
