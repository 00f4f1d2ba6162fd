package dev.upstoxmcp.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's stand-in for Upstox's login: a page where the demo user logs in with one click, single-use codes,
 * and the code-for-token exchange, with Upstox's rules (registered app and redirect URL, codes used once, expiring
 * within minutes). The token handed out is the sandbox's demo token. The app's client secret is kept only as its
 * SHA-256 digest and compared in constant time, so nothing here holds a secret that could be printed.
 */
final class SandboxLogin {

    /** The demo account's user, as in {@code sandbox-fixtures/__files/user/profile.json}. */
    static final String DEMO_USER_ID = "SBX042";
    static final String DEMO_USER_NAME = "Asha Demo";
    private static final Duration CODE_TTL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final byte[] secretDigest;
    private final String redirectUrl;
    private final Clock clock;
    private final Map<String, Instant> codes = new ConcurrentHashMap<>();

    /** @param secretDigest {@link #digest} of the app's client secret */
    SandboxLogin(String clientId, byte[] secretDigest, String redirectUrl, Clock clock) {
        this.clientId = clientId;
        this.secretDigest = secretDigest.clone();
        this.redirectUrl = redirectUrl;
        this.clock = clock;
    }

    /** The SHA-256 digest a client secret is kept and compared as. */
    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }

    /** True for the app and redirect URL registered with the sandbox (Upstox answers UDAPI100016 otherwise). */
    boolean isRegistered(String requestClientId, String requestRedirectUri) {
        return clientId.equals(requestClientId) && redirectUrl.equals(requestRedirectUri);
    }

    /** The demo user logged in: where Upstox sends the browser back, with a fresh code and the state. */
    URI loggedIn(String state) {
        codes.entrySet().removeIf(code -> !clock.instant().isBefore(code.getValue()));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(code, clock.instant().plus(CODE_TTL));
        return URI.create(redirectUrl + "?code=" + code
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
    }

    /** Whether the exchange is valid: the registered app, secret and redirect, and a live code (used up here). */
    boolean redeem(String code, String requestClientId, String requestSecret, String requestRedirectUri) {
        if (!clientId.equals(requestClientId) || requestSecret == null
                || !MessageDigest.isEqual(secretDigest, digest(requestSecret))
                || !redirectUrl.equals(requestRedirectUri) || code == null) {
            return false;
        }
        Instant expiry = codes.remove(code);   // single use, whether or not the rest succeeds
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Upstox's token answer (not enveloped) for a redeemed code: the demo user with the sandbox's demo token. */
    static String tokenAnswer(String demoToken) {
        return "{\"email\":\"asha.demo@example.com\",\"exchanges\":[\"NSE\",\"BSE\"],"
                + "\"products\":[\"D\",\"I\"],\"broker\":\"UPSTOX\",\"user_id\":\"" + DEMO_USER_ID + "\","
                + "\"user_name\":\"" + DEMO_USER_NAME + "\","
                + "\"order_types\":[\"MARKET\",\"LIMIT\",\"SL\",\"SL-M\"],\"user_type\":\"individual\",\"poa\":false,"
                + "\"is_active\":true,\"access_token\":\"" + demoToken + "\",\"extended_token\":null}";
    }

    /** The login page: one button, the state and redirect carried in hidden fields (escaped). */
    static String page(String clientId, String redirectUri, String state) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Upstox sandbox login</title></head>
                <body style="font-family: sans-serif; max-width: 32em; margin: 4em auto">
                <h1>Upstox sandbox login</h1>
                <p>This offline sandbox stands in for Upstox's login. Log in as the demo user
                <strong>%s</strong> (%s) to link the demo account.</p>
                <form method="post" action="dialog">
                <input type="hidden" name="client_id" value="%s">
                <input type="hidden" name="redirect_uri" value="%s">
                <input type="hidden" name="state" value="%s">
                <button type="submit">Log in as the demo user</button>
                </form></body></html>
                """.formatted(DEMO_USER_NAME, DEMO_USER_ID, escape(clientId), escape(redirectUri), escape(state));
    }

    static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
