package dev.upstoxmcp.upstox;

import java.io.Serial;

/**
 * This server held a call back because it would exceed Upstox's limit for this account and API; nothing was sent.
 * Unlike {@link RateLimitedException} (Upstox's own 429) it is not retried: waiting is the only remedy.
 */
public final class RequestBudgetExceededException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    RequestBudgetExceededException(long waitSeconds) {
        super("Upstox allows this account only so many requests a second, minute and half hour for each kind of "
                + "data, and that budget is used up. Wait " + waitSeconds + " seconds and ask again.", null);
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }

    /** The user's own request budget is spent; nothing was sent, nothing failed. */
    @Override
    public boolean reportable() {
        return false;
    }
}
