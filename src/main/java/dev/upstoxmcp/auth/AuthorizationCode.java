package dev.upstoxmcp.auth;

import java.time.Instant;

/**
 * A one-time authorization code (stored by its SHA-256 only) and everything it is bound to: client, redirect URI,
 * PKCE challenge, resource, the linked Upstox user and link.
 */
record AuthorizationCode(String codeHash, String clientId, String redirectUri, String codeChallenge, String resource,
                         String scope, String userId, String linkId, Instant expiresAt) {}
