package dev.upstoxmcp.upstox;

import java.io.Serial;

/** No Upstox token is available for this user, so nothing was sent to Upstox. */
public final class NotLinkedException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotLinkedException(String whatToDo) {
        super("No Upstox account is linked. " + whatToDo, null);
    }

    /** The user has not linked an account: nothing failed that an operator should look at. */
    @Override
    public boolean reportable() {
        return false;
    }
}
