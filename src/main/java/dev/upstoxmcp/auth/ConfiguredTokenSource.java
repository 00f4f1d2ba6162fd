package dev.upstoxmcp.auth;

import dev.upstoxmcp.upstox.AccessToken;
import dev.upstoxmcp.upstox.NotLinkedException;
import dev.upstoxmcp.upstox.TokenSource;
import dev.upstoxmcp.upstox.UpstoxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One token for the whole server, from configuration: the fixed sandbox token in sandbox mode, or
 * {@code UPSTOX_ACCESS_TOKEN} (a daily access token or a long-lived analytics token) in live mode.
 */
@ApplicationScoped
public class ConfiguredTokenSource implements TokenSource {

    @Inject
    UpstoxConfig config;

    @Override
    public AccessToken currentToken() {
        return config.configuredToken().orElseThrow(() -> new NotLinkedException("Set UPSTOX_ACCESS_TOKEN to an "
                + "access token or analytics token from the Upstox developer console and restart the server, or run "
                + "in sandbox mode (UPSTOX_MODE=sandbox) to try the demo account."));
    }
}
