package dev.upstoxmcp.sandbox;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upstox's login endpoints in the sandbox ({@code /v2/login/authorization/dialog} and {@code .../token}), so the
 * whole OAuth flow of an MCP client works offline for the demo user.
 */
@Path("/sandbox/v2/login/authorization")
@ApplicationScoped
public class SandboxLoginResource {

    private static final String INVALID_CREDENTIALS = """
            {"status":"error","errors":[{"errorCode":"UDAPI100016","error_code":"UDAPI100016",\
            "message":"Invalid Credentials","propertyPath":null,"invalidValue":null}]}""";

    @Inject
    @ConfigProperty(name = "upstox.sandbox.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "upstox.sandbox.auth-client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "upstox.sandbox.auth-client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "upstox.auth.redirect-url")
    String redirectUrl;

    @Inject
    @ConfigProperty(name = "upstox.sandbox.token")
    String demoToken;

    private SandboxLogin login;

    @PostConstruct
    void create() {
        login = new SandboxLogin(clientId, SandboxLogin.digest(clientSecret), redirectUrl, Clock.systemUTC());
    }

    @GET
    @Path("dialog")
    @Produces(MediaType.TEXT_HTML)
    public Response dialog(@QueryParam("response_type") String responseType, @QueryParam("client_id") String client,
                           @QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state) {
        if (!enabled) return Response.status(Response.Status.NOT_FOUND).build();
        if (!"code".equals(responseType) || !login.isRegistered(client, redirectUri)) return invalidCredentials();
        return Response.ok(SandboxLogin.page(client, redirectUri, state), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("dialog")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logIn(@FormParam("client_id") String client, @FormParam("redirect_uri") String redirectUri,
                          @FormParam("state") String state) {
        if (!enabled) return Response.status(Response.Status.NOT_FOUND).build();
        if (!login.isRegistered(client, redirectUri)) return invalidCredentials();
        return Response.seeOther(login.loggedIn(state)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("code") String code, @FormParam("client_id") String client,
                          @FormParam("client_secret") String secret, @FormParam("redirect_uri") String redirectUri,
                          @FormParam("grant_type") String grantType) {
        if (!enabled) return Response.status(Response.Status.NOT_FOUND).build();
        if (!"authorization_code".equals(grantType)) return invalidCredentials();
        if (!login.redeem(code, client, secret, redirectUri)) return invalidCredentials();
        return Response.ok(SandboxLogin.tokenAnswer(demoToken), MediaType.APPLICATION_JSON).build();
    }

    private static Response invalidCredentials() {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                .entity(INVALID_CREDENTIALS).build();
    }
}
