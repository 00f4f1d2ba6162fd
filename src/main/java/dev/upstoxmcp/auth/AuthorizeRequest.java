package dev.upstoxmcp.auth;

/** The query of {@code GET /oauth/authorize} (RFC 6749 4.1.1 with PKCE and RFC 8707 {@code resource}). */
record AuthorizeRequest(String responseType, String clientId, String redirectUri, String codeChallenge,
                        String codeChallengeMethod, String resource, String scope, String state) {}
