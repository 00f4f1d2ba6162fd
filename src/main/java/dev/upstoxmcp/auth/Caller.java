package dev.upstoxmcp.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/** The linked Upstox account on whose behalf the current MCP request runs (oauth mode), set by {@link BearerFilter}. */
@RequestScoped
public class Caller {

    private UpstoxLink link;

    void authenticated(UpstoxLink verified) {
        this.link = verified;
    }

    Optional<UpstoxLink> link() {
        return Optional.ofNullable(link);
    }
}
