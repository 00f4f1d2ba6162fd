package dev.upstoxmcp.auth;

/** The form of {@code POST /oauth/token} for the authorization-code grant of a public client. */
record TokenRequest(String grantType, String code, String redirectUri, String clientId, String codeVerifier,
                    String resource) {}
