package dev.upstoxmcp.upstox;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upstox settings. The mode only labels answers; which base URL and token go with it is decided in
 * {@code META-INF/microprofile-config.properties}, so no code branches on it.
 */
@ApplicationScoped
public class UpstoxConfig {

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

    private DataSource source;

    @PostConstruct
    void validate() {
        source = DataSource.parse(mode);
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
