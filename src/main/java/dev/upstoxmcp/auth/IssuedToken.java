package dev.upstoxmcp.auth;

/** A successful token answer (RFC 6749 5.1); no refresh token: Upstox logins last one day. */
record IssuedToken(String accessToken, long expiresIn, String scope) {

    @Override
    public String toString() {
        return "IssuedToken[****, expiresIn=" + expiresIn + "]";
    }
}
