package dev.upstoxmcp.auth;

/** The token store failed; the message names the action and SQL state, never a value. */
final class TokenStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TokenStoreException(String message) {
        super(message);
    }
}
