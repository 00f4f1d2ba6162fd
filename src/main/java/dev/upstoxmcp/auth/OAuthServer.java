package dev.upstoxmcp.auth;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The oauth mode's parts, built once at start-up from {@link AuthConfig}: signing key, token cipher, token store,
 * Upstox login and the {@link AuthorizationServer}. In the other modes nothing is built and {@link #enabled()} is
 * false. Expired rows are purged at most once per {@code upstox.auth.purge-interval}, by the requests that use them.
 */
@ApplicationScoped
public class OAuthServer {

    private static final Logger LOG = Logger.getLogger(OAuthServer.class.getName());
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Inject
    AuthConfig config;

    @Inject
    Clock clock;

    /** The interface Liberty listens on (server.xml variable {@code http.host}). */
    @Inject
    @ConfigProperty(name = "http.host", defaultValue = "localhost")
    String httpHost;

    private boolean enabled;
    private SigningKey signingKey;
    private StoreConnections connections;
    private JdbcAuthStore store;
    private McpTokens tokens;
    private AuthorizationServer server;
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    @PostConstruct
    void build() {
        enabled = config.mode() == AuthMode.OAUTH;
        if (!enabled) return;
        signingKey = config.signingKey().map(SigningKey::parse).orElseGet(() -> {
            LOG.warning("upstox.auth.signing-key is not set: generated a signing key for this run; access tokens stop "
                    + "working when the server restarts. Set UPSTOX_AUTH_SIGNING_KEY outside the sandbox.");
            return SigningKey.generate();
        });
        TokenCipher cipher = config.encryptionKey().map(TokenCipher::fromBase64).orElseGet(() -> {
            LOG.warning("upstox.auth.encryption-key is not set: generated one for this run; stored Upstox links become "
                    + "unreadable when the server restarts. Set UPSTOX_AUTH_ENCRYPTION_KEY outside the sandbox.");
            return TokenCipher.random();
        });
        connections = new StoreConnections(config.storeUrl(), config.storeUser(), config.storePassword());
        store = new JdbcAuthStore(connections, cipher).createSchema();
        tokens = new McpTokens(signingKey, config.issuer(), config.resource(), clock);
        UpstoxLogin upstox = new UpstoxLogin(config.upstoxDialogUrl(), config.upstoxTokenUrl(),
                config.upstoxClientId(), config.upstoxClientSecret(), config.upstoxRedirectUrl());
        server = new AuthorizationServer(store, upstox, tokens, config.issuer(), config.resource(), config.codeTtl(),
                config.loginTtl(), clock);
    }

    /** Builds (and so validates) everything at start-up rather than at the first request. */
    void start(@Observes Startup startup) {
        LOG.info(() -> "Authentication mode " + config.mode().name().toLowerCase(Locale.ROOT)
                + (enabled ? ": OAuth issuer " + config.issuer() + ", tokens signed with " + signingKey
                + ", token store " + storeKind() : ""));
        if (config.mode() != AuthMode.OAUTH && !LOCAL_HOSTS.contains(httpHost)) {
            LOG.warning(() -> "Authentication mode " + config.mode().name().toLowerCase(Locale.ROOT)
                    + " lets anyone who reaches this server use its Upstox token, but it listens on " + httpHost
                    + ", not only on localhost. Use upstox.auth.mode=oauth for a shared server.");
        }
    }

    /** Closes an embedded H2 database so a redeployed application can open its file again. */
    @PreDestroy
    void close() {
        if (!enabled || !config.storeUrl().startsWith("jdbc:h2:")) return;
        try (Connection db = connections.open(); Statement sql = db.createStatement()) {
            sql.execute("SHUTDOWN");
        } catch (SQLException alreadyClosed) {
            LOG.fine("the embedded token store was already closed");
        }
    }

    boolean enabled() {
        return enabled;
    }

    AuthConfig config() {
        return config;
    }

    String jwks() {
        return signingKey.publicJwks();
    }

    RegisteredClient register(String clientName, List<String> redirectUris, String authMethod) {
        purgeIfDue();
        return server.register(clientName, redirectUris, authMethod);
    }

    URI authorize(AuthorizeRequest request) {
        purgeIfDue();
        return server.authorize(request);
    }

    URI completeLogin(String loginState, String upstoxCode, String upstoxError) {
        return server.completeLogin(loginState, upstoxCode, upstoxError);
    }

    IssuedToken token(TokenRequest request) {
        return server.token(request);
    }

    /**
     * The live link a bearer token stands for.
     *
     * @throws McpTokens.InvalidTokenException if the token is invalid, or its link was removed, replaced or expired
     */
    UpstoxLink authenticate(String bearerToken) {
        McpTokens.Verified verified = tokens.verify(bearerToken);
        Instant now = clock.instant();
        return store.findLink(verified.userId())
                .filter(link -> link.linkId().equals(verified.linkId()))
                .filter(link -> link.isLiveAt(now))
                .orElseThrow(() -> new McpTokens.InvalidTokenException("your Upstox link expired at 03:30 IST or was "
                        + "removed; reconnect to Upstox"));
    }

    /** Deletes the user's stored Upstox token; every access token issued for it stops working. */
    boolean unlink(String userId) {
        return store.deleteLink(userId);
    }

    Optional<UpstoxLink> linkOf(String userId) {
        return store.findLink(userId);
    }

    private void purgeIfDue() {
        Instant now = clock.instant();
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(config.purgeInterval()))) return;
        int purged = store.purgeExpired(now);
        if (purged > 0) LOG.fine(() -> "purged " + purged + " expired rows from the token store");
    }

    private String storeKind() {
        return config.storeUrl().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "embedded H2";
    }
}
