package dev.upstoxmcp.auth;

import java.time.Instant;

/**
 * A client's authorization request waiting for the user to log in to Upstox, found again by the {@code state} this
 * server sent to Upstox ({@code loginState}), never by the client's own {@code state}.
 */
record PendingLogin(String loginState, String clientId, String redirectUri, String codeChallenge, String resource,
                    String scope, String clientState, Instant expiresAt) {}
