package dev.upstoxmcp.upstox;

import java.io.Serial;

/** Upstox answered 429 (UDAPI10005): too many requests for this account. */
public final class RateLimitedException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    RateLimitedException(String errorCode, long waitSeconds) {
        super("Upstox is rate-limiting this account" + detail(null, errorCode) + ". Wait "
                + waitSeconds + " seconds and ask again.", errorCode);
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
