package dev.upstoxmcp.auth;

import java.time.Instant;
import java.util.List;

/** An MCP client registered by dynamic client registration (RFC 7591): public, identified by its id only. */
record RegisteredClient(String clientId, String clientName, List<String> redirectUris, Instant registeredAt) {

    RegisteredClient {
        redirectUris = List.copyOf(redirectUris);
    }
}
