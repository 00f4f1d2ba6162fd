package dev.upstoxmcp.auth;

import java.time.Instant;
import java.util.Optional;

/** Where registered clients, pending logins, authorization codes and Upstox links live between requests. */
interface AuthStore {

    void saveClient(RegisteredClient client);

    Optional<RegisteredClient> findClient(String clientId);

    void savePendingLogin(PendingLogin login);

    /** Removes and returns the pending login (each can complete once), if it exists. */
    Optional<PendingLogin> takePendingLogin(String loginState);

    void saveCode(AuthorizationCode code);

    Optional<AuthorizationCode> findCode(String codeHash);

    /** Deletes the code; true only for the one caller that deleted it (a code is redeemed once). */
    boolean redeemCode(String codeHash);

    /** Replaces the user's link. */
    void saveLink(UpstoxLink link);

    Optional<UpstoxLink> findLink(String userId);

    /** True if a link was deleted. */
    boolean deleteLink(String userId);

    /** Deletes what expired before {@code now}: pending logins, codes, links. Returns how many rows went. */
    int purgeExpired(Instant now);
}
