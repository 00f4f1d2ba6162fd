package dev.upstoxmcp.auth;

/**
 * A secret from configuration (the Upstox app's client secret, the token store's password). Its {@code toString}
 * never shows the value, so passing it around cannot leak it into a log line or a message.
 */
record Secret(String value) {

    /** Whether there is no secret at all (absent or blank). */
    boolean isBlank() {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "Secret[****]";
    }
}
