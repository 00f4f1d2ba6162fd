package dev.upstoxmcp.upstox;

import java.io.Serial;

/**
 * Upstox did not give a usable answer: a server error, no answer in time, a broken connection or a body that is not
 * the documented JSON. Gateway errors (502, 503, 504) are retried before this reaches the user.
 */
public sealed class UpstoxUnavailableException extends UpstoxException permits TransientUpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    UpstoxUnavailableException(String what, Integer status, String errorCode) {
        super(what + detail(status, errorCode) + ". Nothing was changed. Try again in a minute; if it persists, "
                + "Upstox may be having an outage.", errorCode);
    }
}
