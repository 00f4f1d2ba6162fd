package dev.upstoxmcp.upstox;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upstox settings. The mode only labels answers; which base URL and token go with it is decided in
 * {@code META-INF/microprofile-config.properties}, so no code branches on it.
 */
@ApplicationScoped
public class UpstoxConfig {

    private static final Logger LOG = Logger.getLogger(UpstoxConfig.class.getName());

    @Inject
    @ConfigProperty(name = "upstox.mode")
    String mode;

    /** The token for the selected mode: the fixed sandbox token, or {@code UPSTOX_ACCESS_TOKEN} in live mode. */
    @Inject
    @ConfigProperty(name = "upstox.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "upstox.user-agent")
    String userAgent;

    @Inject
    @ConfigProperty(name = "upstox/mp-rest/url")
    String baseUrl;

    private DataSource source;

    @PostConstruct
    void validate() {
        source = DataSource.parse(mode);
    }

    /** Says at start-up which Upstox the server talks to; the base URL has no query and no secret. */
    void announce(@Observes Startup startup) {
        LOG.info(() -> "Upstox mode " + source.name().toLowerCase(Locale.ROOT) + ": API at " + baseUrl
                + (configuredToken().isPresent() ? "" : "; no access token configured (set UPSTOX_ACCESS_TOKEN)"));
    }

    public DataSource source() {
        return source;
    }

    public Optional<AccessToken> configuredToken() {
        return token.filter(value -> !value.isBlank()).map(AccessToken::new);
    }

    String userAgent() {
        return userAgent;
    }
}
