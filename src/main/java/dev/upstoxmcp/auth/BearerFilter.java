package dev.upstoxmcp.auth;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In oauth mode, every request to {@code /mcp} (POST, GET and DELETE alike; never the session) needs a valid access
 * token of this server whose Upstox link is still live. Otherwise: 401 with {@code WWW-Authenticate: Bearer
 * resource_metadata="…"} (RFC 9728), plus {@code error="invalid_token"} when a token was sent (RFC 6750), so MCP
 * clients discover the authorization server and run the login again by themselves. A session belongs to the user who
 * opened it: the same session id with another user's token is answered 404, like an unknown session.
 */
@WebFilter(urlPatterns = "/mcp", asyncSupported = true)
public class BearerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";
    private static final String SESSION_HEADER = "Mcp-Session-Id";

    @Inject
    transient OAuthServer oauth;

    @Inject
    transient Caller caller;

    @Inject
    transient SessionOwners sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!oauth.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            challenge(response, null, "this MCP server needs an access token: connect your Upstox account");
            return;
        }
        UpstoxLink link;
        try {
            link = oauth.authenticate(header.substring(BEARER.length()).strip());
        } catch (McpTokens.InvalidTokenException invalid) {
            challenge(response, "invalid_token", invalid.getMessage());
            return;
        }
        String session = request.getHeader(SESSION_HEADER);
        if (session != null && sessions.ownerOf(session).filter(owner -> !owner.equals(link.userId())).isPresent()) {
            // another user's session: answered like an unknown one, which reveals nothing and makes clients start anew
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            response.getWriter().write("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Session not "
                    + "found\"}}");
            return;
        }
        caller.authenticated(link);
        chain.doFilter(request, response);
        String opened = response.getHeader(SESSION_HEADER);
        if (opened != null && session == null) sessions.opened(opened, link.userId());
        if (session != null && "DELETE".equals(request.getMethod())) sessions.closed(session);
    }

    private void challenge(HttpServletResponse response, String error, String description) throws IOException {
        String metadata = oauth.config().issuer() + WellKnownResource.PROTECTED_RESOURCE_PATH
                + WellKnownResource.MCP_SUFFIX;
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer resource_metadata=\"" + metadata + "\""
                + (error == null ? "" : ", error=\"" + error + "\", error_description=\"" + description + "\""));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("error", error == null ? "unauthorized" : error)
                .add("error_description", description).build().toString());
    }
}
