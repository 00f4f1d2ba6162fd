package dev.upstoxmcp.auth;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dev.upstoxmcp.upstox.Ist;
import dev.upstoxmcp.upstox.UpstoxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds {@link AuthStatus} for the caller from the mode, the configuration and the caller's link. */
@ApplicationScoped
public class AuthStatusService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'IST'", Locale.ENGLISH);

    @Inject
    OAuthServer oauth;

    @Inject
    AuthConfig config;

    @Inject
    UpstoxConfig upstox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    AuthStatus current() {
        String mode = config.mode().name().toLowerCase(Locale.ROOT);
        if (!oauth.enabled()) {
            boolean configured = upstox.configuredToken().isPresent();
            return new AuthStatus(mode, configured, null, null, null, null,
                    "Remove UPSTOX_ACCESS_TOKEN from the server's environment and restart it.",
                    configured ? "This server uses one Upstox token from its configuration (" + mode + " mode)."
                            : "No Upstox token is configured; set UPSTOX_ACCESS_TOKEN.");
        }
        Optional<UpstoxLink> link = caller.link().filter(found -> found.isLiveAt(clock.instant()));
        String unlink = "Log out of this server in your MCP client (it revokes its token at " + config.issuer()
                + OAuthResource.REVOKE + ", which deletes the stored Upstox token); otherwise the link ends at "
                + "03:30 IST.";
        if (link.isEmpty()) {
            return new AuthStatus(mode, false, null, null, null, null, unlink, CallerTokenSource.RECONNECT);
        }
        UpstoxLink linked = link.get();
        OffsetDateTime expires = linked.expiresAt().atZone(Ist.ZONE).toOffsetDateTime();
        return new AuthStatus(mode, true, linked.userId(), linked.userName(),
                linked.linkedAt().atZone(Ist.ZONE).toOffsetDateTime(), expires, unlink,
                "Linked to Upstox as " + linked.userName() + " (" + linked.userId() + ") until "
                        + WHEN.format(expires) + ".");
    }
}
