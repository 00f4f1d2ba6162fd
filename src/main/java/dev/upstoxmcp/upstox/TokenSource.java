package dev.upstoxmcp.upstox;

/** Supplies the Upstox token of the user on whose behalf the current request runs. */
public interface TokenSource {

    /** @throws NotLinkedException when no Upstox account is linked for this user */
    AccessToken currentToken();
}
