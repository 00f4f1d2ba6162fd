package dev.upstoxmcp.upstox;

/** Supplies the Upstox token of the user on whose behalf the current request runs. */
public interface TokenSource {

    /** @throws NotLinkedException when no Upstox account is linked for this user */
    AccessToken currentToken();

    /** Upstox rejected the current user's token (expired at 03:30 IST or revoked): forget it. */
    default void rejected() {}

    /**
     * Work that will run on another thread (e.g. a parallel fetch) but on behalf of the current user: the returned
     * task sees this user's token there too.
     */
    default Runnable forCurrentUser(Runnable work) {
        return work;
    }

    /** True when this server can obtain tokens at all: one is configured, or users link their own accounts. */
    default boolean available() {
        return true;
    }
}
