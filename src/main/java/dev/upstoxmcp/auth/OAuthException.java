package dev.upstoxmcp.auth;

/** An OAuth error answer (RFC 6749 section 5.2): HTTP status, error code and a description safe to show. */
final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    OAuthException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description);
    }

    static OAuthException invalidGrant(String description) {
        return new OAuthException(400, "invalid_grant", description);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
