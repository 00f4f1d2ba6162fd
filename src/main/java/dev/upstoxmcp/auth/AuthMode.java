package dev.upstoxmcp.auth;

import java.util.Locale;

/** How MCP clients are authenticated and whose Upstox token a request uses. */
enum AuthMode {
    /** No authentication; the configured token (the sandbox's demo token) for everyone. For local development. */
    NONE,
    /** One user on their own machine: the configured {@code UPSTOX_ACCESS_TOKEN}, server bound to localhost. */
    PERSONAL,
    /** OAuth 2.1 for MCP clients; each user links their own Upstox account, stored encrypted. */
    OAUTH;

    static AuthMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("upstox.auth.mode must be none, personal or oauth");
        }
    }
}
