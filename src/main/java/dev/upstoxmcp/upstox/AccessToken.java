package dev.upstoxmcp.upstox;

/** An Upstox bearer token. Its {@code toString} never shows the value, so it cannot leak into a log or message. */
public record AccessToken(String value) {

    public AccessToken {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("an access token needs a value");
    }

    /** The Authorization header value. */
    String bearer() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
