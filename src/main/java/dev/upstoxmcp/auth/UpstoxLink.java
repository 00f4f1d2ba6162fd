package dev.upstoxmcp.auth;

import java.time.Instant;

import dev.upstoxmcp.upstox.AccessToken;

/**
 * A user's linked Upstox account: their Upstox access token (stored encrypted) until it dies at 03:30 IST. The link
 * id changes with every login, so access tokens issued for an earlier link stop working.
 */
record UpstoxLink(String userId, String userName, String linkId, AccessToken token, Instant linkedAt,
                  Instant expiresAt) {

    boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
