package dev.upstoxmcp.upstox;

import java.io.Serial;

/** A failure that usually goes away on its own: connection reset or refused, HTTP 502, 503 or 504. Retried. */
public final class TransientUpstoxException extends UpstoxUnavailableException {

    @Serial
    private static final long serialVersionUID = 1L;

    TransientUpstoxException(String what, String errorCode) {
        super(what, errorCode);
    }
}
