package dev.upstoxmcp.upstox;

import java.io.Serial;

/** Upstox answered with a client error (400, 404, 422) that is not about the login. */
public final class UpstoxRejectedException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;

    UpstoxRejectedException(int status, String errorCode) {
        super("Upstox rejected the request" + detail(status, errorCode) + ". Check the values you asked for and try "
                + "again.", errorCode);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
