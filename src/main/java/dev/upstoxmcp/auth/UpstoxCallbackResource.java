package dev.upstoxmcp.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Where Upstox sends the browser after the login ({@code upstox.auth.redirect-url}, registered in the Upstox app): the
 * code is exchanged server-side and the browser continues to the MCP client with this server's one-time code.
 */
@Path("/auth/upstox/callback")
@ApplicationScoped
public class UpstoxCallbackResource {

    @Inject
    OAuthServer oauth;

    @GET
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error) {
        if (!oauth.enabled()) return Response.status(Response.Status.NOT_FOUND).build();
        try {
            return Response.status(Response.Status.FOUND).location(oauth.completeLogin(state, code, error))
                    .header("Cache-Control", "no-store").build();
        } catch (OAuthException refused) {
            return OAuthResource.page(refused);
        }
    }
}
