package dev.upstoxmcp.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The OAuth 2.1 authorization server MCP clients use: dynamic registration of public clients, authorization with PKCE
 * (S256) delegated to the Upstox login, and one-time codes exchanged for this server's access tokens. Every check
 * that fails leaves the store as it was.
 */
final class AuthorizationServer {

    static final String SCOPE = "upstox:read";

    private final AuthStore store;
    private final UpstoxLogin upstox;
    private final McpTokens tokens;
    private final String issuer;
    private final String resource;
    private final Duration codeTtl;
    private final Duration loginTtl;
    private final Clock clock;

    AuthorizationServer(AuthStore store, UpstoxLogin upstox, McpTokens tokens, String issuer, String resource,
                        Duration codeTtl, Duration loginTtl, Clock clock) {
        this.store = store;
        this.upstox = upstox;
        this.tokens = tokens;
        this.issuer = issuer;
        this.resource = resource;
        this.codeTtl = codeTtl;
        this.loginTtl = loginTtl;
        this.clock = clock;
    }

    /** RFC 7591: registers a public client with https or loopback redirect URIs. */
    RegisteredClient register(String clientName, List<String> redirectUris, String authMethod) {
        if (redirectUris == null || redirectUris.isEmpty() || redirectUris.size() > 10) {
            throw new OAuthException(400, "invalid_redirect_uri", "redirect_uris needs 1 to 10 URIs");
        }
        for (String uri : redirectUris) {
            String problem = uri == null || uri.length() > 2000 ? "is missing or too long"
                    : RedirectUris.problemWith(uri);
            if (problem != null) throw new OAuthException(400, "invalid_redirect_uri", "a redirect URI " + problem);
        }
        if (authMethod != null && !"none".equals(authMethod)) {
            throw new OAuthException(400, "invalid_client_metadata",
                    "only public clients are supported: token_endpoint_auth_method must be none");
        }
        String name = clientName == null ? null : clientName.substring(0, Math.min(clientName.length(), 200));
        RegisteredClient client = new RegisteredClient(McpTokens.randomId(), name, redirectUris, clock.instant());
        store.saveClient(client);
        return client;
    }

    /**
     * Starts a login: the browser is sent to Upstox, or back to the client with an error. A request whose client or
     * redirect URI is not registered is refused here, never redirected (no open redirect).
     */
    URI authorize(AuthorizeRequest request) {
        RegisteredClient client = store.findClient(Objects.requireNonNullElse(request.clientId(), ""))
                .orElseThrow(() -> OAuthException.invalidRequest("unknown client_id"));
        if (!RedirectUris.matchesAny(request.redirectUri(), client.redirectUris())) {
            throw OAuthException.invalidRequest("redirect_uri is not registered for this client");
        }
        String problem = problemWith(request);
        if (problem != null) {
            String error = problem.startsWith("resource") ? "invalid_target"
                    : problem.startsWith("scope") ? "invalid_scope"
                    : problem.startsWith("response_type") ? "unsupported_response_type" : "invalid_request";
            return redirect(request.redirectUri(), error(error, problem, request.state()));
        }
        String loginState = McpTokens.randomId();
        store.savePendingLogin(new PendingLogin(loginState, client.clientId(), request.redirectUri(),
                request.codeChallenge(), resource, request.scope(), request.state(),
                clock.instant().plus(loginTtl)));
        return upstox.dialog(loginState);
    }

    private String problemWith(AuthorizeRequest request) {
        if (!"code".equals(request.responseType())) return "response_type must be code";
        if (!Pkce.METHOD.equals(request.codeChallengeMethod()) || !Pkce.isChallenge(request.codeChallenge())) {
            return "PKCE is required: code_challenge with code_challenge_method=S256";
        }
        if (request.resource() != null && !resource.equals(request.resource())) {
            return "resource must be this server's MCP endpoint " + resource;
        }
        if (request.scope() != null && !request.scope().isBlank()
                && !List.of(request.scope().strip().split("\\s+")).stream().allMatch(SCOPE::equals)) {
            return "scope may only be " + SCOPE;
        }
        return null;
    }

    /**
     * Upstox sent the browser back. Exchanges Upstox's code for the user's token, stores it, and sends the browser to
     * the client with a one-time code. An unknown or reused {@code state} is refused (it may be forged).
     */
    URI completeLogin(String loginState, String upstoxCode, String upstoxError) {
        PendingLogin login = store.takePendingLogin(Objects.requireNonNullElse(loginState, ""))
                .filter(found -> clock.instant().isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.invalidRequest("this login is unknown, expired or already "
                        + "completed; start again from your MCP client"));
        if (upstoxError != null || upstoxCode == null || upstoxCode.isBlank()) {
            return redirect(login.redirectUri(), error("access_denied", "the Upstox login was not completed",
                    login.clientState()));
        }
        UpstoxLogin.UpstoxGrant grant;
        try {
            grant = upstox.exchange(upstoxCode);
        } catch (UpstoxLogin.UpstoxLoginException failed) {
            return redirect(login.redirectUri(), error("temporarily_unavailable", failed.getMessage(),
                    login.clientState()));
        }
        Instant now = clock.instant();
        String linkId = McpTokens.randomId();
        store.saveLink(new UpstoxLink(grant.userId(), grant.userName(), linkId, grant.token(), now,
                UpstoxDay.expiryAfter(now)));
        String code = McpTokens.randomId();
        store.saveCode(new AuthorizationCode(hash(code), login.clientId(), login.redirectUri(), login.codeChallenge(),
                login.resource(), login.scope(), grant.userId(), linkId, now.plus(codeTtl)));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("code", code);
        if (login.clientState() != null) query.put("state", login.clientState());
        query.put("iss", issuer);
        return redirect(login.redirectUri(), query);
    }

    /** RFC 6749 4.1.3 with PKCE: exchanges a one-time code for an access token. */
    IssuedToken token(TokenRequest request) {
        if (!"authorization_code".equals(request.grantType())) {
            throw new OAuthException(400, "unsupported_grant_type", "only authorization_code is supported");
        }
        if (request.clientId() == null || store.findClient(request.clientId()).isEmpty()) {
            throw new OAuthException(401, "invalid_client", "unknown client_id");
        }
        AuthorizationCode code = store.findCode(hash(Objects.requireNonNullElse(request.code(), "")))
                .orElseThrow(() -> OAuthException.invalidGrant("the code is unknown, expired or already used"));
        Instant now = clock.instant();
        if (!code.clientId().equals(request.clientId())) {
            throw OAuthException.invalidGrant("the code was issued to another client");
        }
        if (!now.isBefore(code.expiresAt())) throw OAuthException.invalidGrant("the code has expired");
        if (!code.redirectUri().equals(request.redirectUri())) {
            throw OAuthException.invalidGrant("redirect_uri differs from the authorization request's");
        }
        if (!Pkce.verifies(request.codeVerifier(), code.codeChallenge())) {
            throw OAuthException.invalidGrant("code_verifier does not match the code_challenge");
        }
        if (request.resource() != null && !code.resource().equals(request.resource())) {
            throw new OAuthException(400, "invalid_target", "resource must be " + code.resource());
        }
        if (!store.redeemCode(code.codeHash())) {
            throw OAuthException.invalidGrant("the code is unknown, expired or already used");
        }
        UpstoxLink link = store.findLink(code.userId()).filter(found -> found.linkId().equals(code.linkId()))
                .filter(found -> found.isLiveAt(now))
                .orElseThrow(() -> OAuthException.invalidGrant("the Upstox link of this code is gone; log in again"));
        String scope = code.scope() == null || code.scope().isBlank() ? SCOPE : code.scope();
        String accessToken = tokens.issue(link.userId(), link.linkId(), code.clientId(), scope, link.expiresAt());
        return new IssuedToken(accessToken, Duration.between(now, link.expiresAt()).toSeconds(), scope);
    }

    static String hash(String code) {
        return HexFormat.of().formatHex(Pkce.sha256(code));
    }

    private static Map<String, String> error(String error, String description, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("error", error);
        query.put("error_description", description);
        if (state != null) query.put("state", state);
        return query;
    }

    private static URI redirect(String redirectUri, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(redirectUri + (redirectUri.contains("?") ? "&" : "?") + encoded);
    }
}
