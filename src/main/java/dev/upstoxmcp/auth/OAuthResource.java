package dev.upstoxmcp.auth;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The OAuth endpoints MCP clients call in oauth mode: registration (RFC 7591), authorization, token, JWKS and
 * revocation (RFC 7009), which unlinks the Upstox account. 404 in other modes.
 */
@Path("/oauth")
@ApplicationScoped
public class OAuthResource {

    static final String REGISTER = "/oauth/register";
    static final String AUTHORIZE = "/oauth/authorize";
    static final String TOKEN = "/oauth/token";
    static final String JWKS = "/oauth/jwks";
    static final String REVOKE = "/oauth/revoke";

    @Inject
    OAuthServer oauth;

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        if (!oauth.enabled()) return notFound();
        try {
            JsonObject request = parse(body);
            RegisteredClient client = oauth.register(request.getString("client_name", null),
                    strings(request.get("redirect_uris")), request.getString("token_endpoint_auth_method", null));
            var answer = Json.createObjectBuilder()
                    .add("client_id", client.clientId())
                    .add("client_id_issued_at", client.registeredAt().getEpochSecond())
                    .add("redirect_uris", Json.createArrayBuilder(client.redirectUris()))
                    .add("token_endpoint_auth_method", "none")
                    .add("grant_types", Json.createArrayBuilder().add("authorization_code"))
                    .add("response_types", Json.createArrayBuilder().add("code"));
            if (client.clientName() != null) answer.add("client_name", client.clientName());
            return Response.status(Response.Status.CREATED).entity(answer.build().toString())
                    .type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
        } catch (OAuthException refused) {
            return error(refused);
        }
    }

    @GET
    @Path("authorize")
    public Response authorize(@QueryParam("response_type") String responseType,
                              @QueryParam("client_id") String clientId,
                              @QueryParam("redirect_uri") String redirectUri,
                              @QueryParam("code_challenge") String codeChallenge,
                              @QueryParam("code_challenge_method") String codeChallengeMethod,
                              @QueryParam("resource") String resource,
                              @QueryParam("scope") String scope,
                              @QueryParam("state") String state) {
        if (!oauth.enabled()) return notFound();
        try {
            return Response.status(Response.Status.FOUND).location(oauth.authorize(new AuthorizeRequest(responseType,
                    clientId, redirectUri, codeChallenge, codeChallengeMethod, resource, scope, state)))
                    .header("Cache-Control", "no-store").build();
        } catch (OAuthException refused) {
            return page(refused);
        }
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
                          @FormParam("redirect_uri") String redirectUri, @FormParam("client_id") String clientId,
                          @FormParam("code_verifier") String codeVerifier, @FormParam("resource") String resource) {
        if (!oauth.enabled()) return notFound();
        try {
            IssuedToken issued = oauth.token(new TokenRequest(grantType, code, redirectUri, clientId, codeVerifier,
                    resource));
            return Response.ok(Json.createObjectBuilder()
                            .add("access_token", issued.accessToken())
                            .add("token_type", "Bearer")
                            .add("expires_in", issued.expiresIn())
                            .add("scope", issued.scope())
                            .build().toString(), MediaType.APPLICATION_JSON)
                    .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
        } catch (OAuthException refused) {
            return error(refused);
        }
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        if (!oauth.enabled()) return notFound();
        return Response.ok(oauth.jwks(), MediaType.APPLICATION_JSON).build();
    }

    /**
     * Token revocation (RFC 7009) doubling as unlinking: revoking one of this server's access tokens deletes the
     * stored Upstox token of its link, so every access token issued for that link stops working at once. As the RFC
     * asks, an unknown or invalid token is answered 200 as well.
     */
    @POST
    @Path("revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("token") String token) {
        if (!oauth.enabled()) return notFound();
        if (token == null || token.isBlank()) return error(OAuthException.invalidRequest("token is required"));
        try {
            oauth.unlink(oauth.authenticate(token.strip()).userId());
        } catch (McpTokens.InvalidTokenException alreadyUnusable) {
            // nothing to revoke
        }
        return Response.ok().header("Cache-Control", "no-store").build();
    }

    static Response error(OAuthException refused) {
        return Response.status(refused.status()).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Json.createObjectBuilder().add("error", refused.error())
                        .add("error_description", refused.getMessage()).build().toString())
                .build();
    }

    /** An authorization request that cannot be sent back to the client is answered here, in the browser. */
    static Response page(OAuthException refused) {
        return Response.status(refused.status()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity("Cannot continue the Upstox login (" + refused.error() + "): " + refused.getMessage() + ".\n")
                .build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new OAuthException(400, "invalid_client_metadata", "the registration must be a JSON object");
        }
    }

    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) return List.of();
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new OAuthException(400, "invalid_redirect_uri", "redirect_uris must be strings");
            }
            strings.add(text.getString());
        }
        return strings;
    }
}
