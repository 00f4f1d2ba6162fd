package dev.upstoxmcp.auth;

import dev.upstoxmcp.mcp.Tool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who is linked to Upstox on this connection, and until when. */
@ApplicationScoped
public class AuthTools {

    @Inject
    AuthStatusService status;

    @Tool(name = "get_auth_status", title = "Upstox link status", description = """
            Which Upstox account this connection uses and until when: the user id and name, when the account was \
            linked and when the link expires (Upstox logins end every day at 03:30 IST, after which the MCP client \
            asks you to log in again). Also says how to unlink. Never shows any token.""")
    public AuthStatus getAuthStatus() {
        return status.current();
    }
}
