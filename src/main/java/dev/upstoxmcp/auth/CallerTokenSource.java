package dev.upstoxmcp.auth;

import java.time.Clock;
import java.util.Optional;

import dev.upstoxmcp.upstox.AccessToken;
import dev.upstoxmcp.upstox.NotLinkedException;
import dev.upstoxmcp.upstox.TokenSource;
import dev.upstoxmcp.upstox.UpstoxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * The Upstox token for the current request. Modes none and personal: one token for the whole server from
 * configuration (the sandbox's demo token, or {@code UPSTOX_ACCESS_TOKEN}). Mode oauth: the caller's own linked token,
 * looked up by the subject of their verified access token; a token Upstox rejects is deleted, so the caller's next
 * request gets 401 {@code invalid_token} and their MCP client runs the login again.
 */
@ApplicationScoped
public class CallerTokenSource implements TokenSource {

    static final String RECONNECT = "Your Upstox link expired at 03:30 IST; reconnect: your MCP client will ask you "
            + "to log in to Upstox again.";

    @Inject
    AuthConfig config;

    @Inject
    UpstoxConfig upstox;

    @Inject
    OAuthServer oauth;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The caller's link on a helper thread of a request (see {@link #forCurrentUser}). */
    private final ThreadLocal<UpstoxLink> carried = new ThreadLocal<>();

    @Override
    public AccessToken currentToken() {
        if (!oauth.enabled()) {
            return upstox.configuredToken().orElseThrow(() -> new NotLinkedException("Set UPSTOX_ACCESS_TOKEN to an "
                    + "access token or analytics token from the Upstox developer console and restart the server, or "
                    + "run in sandbox mode (UPSTOX_MODE=sandbox) to try the demo account."));
        }
        UpstoxLink link = callersLink();
        if (!link.isLiveAt(clock.instant())) throw new NotLinkedException(RECONNECT);
        return link.token();
    }

    @Override
    public void rejected() {
        if (oauth.enabled()) oauth.unlink(callersLink().userId());
    }

    @Override
    public Runnable forCurrentUser(Runnable work) {
        if (!oauth.enabled()) return work;
        UpstoxLink link = carried.get() != null ? carried.get() : requestLink().orElse(null);
        if (link == null) return work;
        return () -> {
            carried.set(link);
            try {
                work.run();
            } finally {
                carried.remove();
            }
        };
    }

    @Override
    public boolean available() {
        return oauth.enabled() || upstox.configuredToken().isPresent();
    }

    private UpstoxLink callersLink() {
        UpstoxLink onHelperThread = carried.get();
        if (onHelperThread != null) return onHelperThread;
        return requestLink().orElseThrow(() -> new NotLinkedException("Connect your Upstox account through your MCP "
                + "client (it opens the Upstox login)."));
    }

    private Optional<UpstoxLink> requestLink() {
        try {
            return caller.link();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
