package dev.upstoxmcp.auth;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Discovery for MCP clients in oauth mode: protected-resource metadata (RFC 9728) at the root and the MCP-suffixed
 * well-known path, authorization-server metadata (RFC 8414) and the public signing key (JWKS). 404 in other modes.
 */
@Path("/.well-known")
@ApplicationScoped
public class WellKnownResource {

    static final String PROTECTED_RESOURCE_PATH = "/.well-known/oauth-protected-resource";
    static final String MCP_SUFFIX = "/mcp";

    @Inject
    OAuthServer oauth;

    @GET
    @Path("oauth-protected-resource")
    @Produces(MediaType.APPLICATION_JSON)
    public Response protectedResource() {
        return json(() -> Json.createObjectBuilder()
                .add("resource", oauth.config().resource())
                .add("authorization_servers", Json.createArrayBuilder().add(oauth.config().issuer()))
                .add("scopes_supported", Json.createArrayBuilder().add(AuthorizationServer.SCOPE))
                .add("bearer_methods_supported", Json.createArrayBuilder().add("header"))
                .add("resource_name", "Upstox (read-only) MCP server")
                .build());
    }

    @GET
    @Path("oauth-protected-resource/mcp")
    @Produces(MediaType.APPLICATION_JSON)
    public Response protectedResourceOfMcp() {
        return protectedResource();
    }

    @GET
    @Path("oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    public Response authorizationServer() {
        return json(() -> {
            String issuer = oauth.config().issuer();
            return Json.createObjectBuilder()
                    .add("issuer", issuer)
                    .add("authorization_endpoint", issuer + OAuthResource.AUTHORIZE)
                    .add("token_endpoint", issuer + OAuthResource.TOKEN)
                    .add("registration_endpoint", issuer + OAuthResource.REGISTER)
                    .add("jwks_uri", issuer + OAuthResource.JWKS)
                    .add("revocation_endpoint", issuer + OAuthResource.REVOKE)
                    .add("revocation_endpoint_auth_methods_supported", Json.createArrayBuilder().add("none"))
                    .add("scopes_supported", Json.createArrayBuilder().add(AuthorizationServer.SCOPE))
                    .add("response_types_supported", Json.createArrayBuilder().add("code"))
                    .add("grant_types_supported", Json.createArrayBuilder().add("authorization_code"))
                    .add("code_challenge_methods_supported", Json.createArrayBuilder().add(Pkce.METHOD))
                    .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("none"))
                    .add("authorization_response_iss_parameter_supported", true)
                    .build();
        });
    }

    private Response json(Supplier<JsonObject> document) {
        if (!oauth.enabled()) return Response.status(Response.Status.NOT_FOUND).build();
        return Response.ok(document.get().toString(), MediaType.APPLICATION_JSON).build();
    }
}
